/**
 * /simulations/<id>.<hash>.json: a branching simulation's graph as its player's props, which the
 * player's directive adds before it hydrates (src/client/directives/island-data.ts); the lesson
 * carries the graph only as the script drawn beside the player (src/components/ScenarioBlock.astro).
 * The name carries the simulation's fingerprint (src/build-time/island-data.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getScenario } from '../../data/scenarios';
import { islandDataPath, islandDataResponse } from '../../build-time/island-data';

export const getStaticPaths = (async () => {
  const entries = await getCollection('scenarios');
  return Promise.all(
    entries.map(async ({ id }) => {
      const { scenario, hash } = await getScenario(id, `/simulations/${id}.json`);
      return {
        params: { file: islandDataPath('simulations', id, hash).slice('/simulations/'.length, -'.json'.length) },
        props: { scenario },
      };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => islandDataResponse({ scenario: props.scenario }, 'ScenarioPlayer');
