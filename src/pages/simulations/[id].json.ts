/**
 * /simulations/<id>.json: a branching simulation's graph as its player's props, which the player's
 * directive adds before it hydrates (src/client/directives/island-data.ts); the lesson carries the
 * graph only as the script drawn beside the player (src/components/ScenarioBlock.astro).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getScenario } from '../../data/scenarios';
import { islandDataResponse } from '../../build-time/island-data';

export const getStaticPaths = (async () => {
  const entries = await getCollection('scenarios');
  return Promise.all(
    entries.map(async ({ id }) => ({
      params: { id },
      props: { scenario: (await getScenario(id, `/simulations/${id}.json`)).scenario },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => islandDataResponse({ scenario: props.scenario }, 'ScenarioPlayer');
