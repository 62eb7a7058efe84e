/**
 * Island data kept out of the page: a lesson's quiz questions (14 KB in a lesson, 300 KB for the
 * final evaluation's bank) and its simulation's graph (60 KB) are not written in the island's
 * `props` but in a JSON file of their own, in Astro's props format (src/build-time/island-data.ts). The directive
 * that hydrates the island (interaction.ts) names that file and calls this first: the file is
 * fetched while the island's code loads, and its props are added to the island's before it
 * hydrates. Bundled into the directive, which is inlined in the pages: kept short.
 */

/**
 * Adds to `island`'s props what the file `src` holds; does nothing without a file. Throws when the
 * file cannot be had (offline before the cache was filled): the island is left as it was. Must run
 * before the island's code has loaded: once it has, a change of its props hydrates it at once.
 */
export async function addIslandData(island: HTMLElement, src: string | undefined): Promise<void> {
  if (!src) return;
  // Its code starts loading now, beside the file; the island's own import finds it under way.
  for (const name of ['component-url', 'renderer-url']) {
    const url = island.getAttribute(name);
    if (url) import(/* @vite-ignore */ url).catch(() => undefined);
  }
  const response = await fetch(src);
  if (!response.ok) throw new Error(src);
  const props = JSON.parse(island.getAttribute('props') ?? '{}') as object;
  island.setAttribute('props', JSON.stringify({ ...props, ...((await response.json()) as object) }));
}
