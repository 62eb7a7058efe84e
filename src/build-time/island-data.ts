/**
 * The JSON file of an island's data kept out of the page (src/lib/server-only.ts): its props in
 * Astro's props format, written by Astro's own serialiser, which the island's directive adds to
 * the island's props before it hydrates (src/client/directives/island-data.ts). Served by
 * src/pages/quiz/[file].json.ts and src/pages/simulations/[file].json.ts. A file's name carries the
 * fingerprint of what it holds (the quiz's or the simulation's hash, also in the page): a page of
 * one edition never reads the data of another (a tab left open across a new deployment, a second
 * tab after « Mettre à jour » in the first); at worst it finds no file and says its part did not
 * load.
 */
import { serializeProps } from 'astro/runtime/server/serialize.js';

/** The file's response: `props` as `component`'s island would read them back. */
export function islandDataResponse(props: Record<string, unknown>, component: string): Response {
  return new Response(serializeProps(props, { displayName: component, astroStaticSlot: true }), {
    headers: { 'content-type': 'application/json' },
  });
}

/** Where the data of `id` at fingerprint `hash` is, from the site's root: « /quiz/veille.1a2b3c.json ». */
export function islandDataPath(folder: 'quiz' | 'simulations', id: string, hash: string): string {
  return `/${folder}/${id}.${hash}.json`;
}
