/**
 * The JSON file of an island's data kept out of the page (src/lib/server-only.ts): its props in
 * Astro's props format, written by Astro's own serialiser, which the island's directive adds to
 * the island's props before it hydrates (src/client/directives/island-data.ts). Served by
 * src/pages/quiz/[id].json.ts and src/pages/simulations/[id].json.ts.
 */
import { serializeProps } from 'astro/runtime/server/serialize.js';

/** The file's response: `props` as `component`'s island would read them back. */
export function islandDataResponse(props: Record<string, unknown>, component: string): Response {
  return new Response(serializeProps(props, { displayName: component, astroStaticSlot: true }), {
    headers: { 'content-type': 'application/json' },
  });
}
