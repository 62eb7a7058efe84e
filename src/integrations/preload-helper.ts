/**
 * A lighter stand-in for Vite's dynamic-import helper (`__vitePreload`). Vite wraps every
 * `import()` of the browser code in it, so every page that defers anything (the search button,
 * the offline registration, the plan activity) fetched its 1.7 KB helper (0.9 KB gzip) as an extra
 * request, mostly for paths we never use: CSP nonces, `vite:preloadError` events, the `preload`
 * fallback for browsers without `modulepreload`, waiting on CSS that no deferred chunk of ours
 * imports. This one keeps what matters: the chunks a deferred module needs are requested at once,
 * in parallel (`modulepreload`), and a stylesheet dependency is added and awaited; then the module
 * is imported, and a failed import rejects as before. About 0.3 KB gzip, in the `site` chunk
 * (src/integrations/chunks.ts), so no request of its own. Tested in
 * tests/unit/integrations/preload-helper.test.ts.
 *
 * What each deferred import asks for comes from the plugin too (preloadDependencies): never the
 * chunk that holds this helper, which the page has loaded before any deferred import can start.
 */
import type { Plugin } from 'vite';

/** The id Vite gives its helper module (vite/dist/node: preloadHelperId). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/** The chunk the helper is grouped into (src/integrations/chunks.ts), so also every page's first. */
export const HELPER_CHUNK = 'site';

/** A file of the helper's chunk, as Vite names it in a preload list. */
const HELPER_CHUNK_FILE = new RegExp(`(?:^|/)${HELPER_CHUNK}\\.[\\w-]+\\.js$`);

/**
 * Room mode's projection (src/client/room/room-deck.ts): the deck imports it only where the room
 * server's flag is, once per talk, over the room's own network; every deck load anywhere else
 * would carry the names of its chunks for nothing.
 */
const ROOM_DECK_FILE = /(?:^|\/)room-deck\.[\w-]+\.js$/;

/**
 * The chunks a deferred import asks for at once (Vite's `modulePreload.resolveDependencies`; `deps`
 * lists the module's own chunk and every chunk it imports, as « _astro/name.hash.js »):
 * - never the helper's chunk: any chunk that defers an import calls the helper, so imports that
 *   chunk, so the page has it already;
 * - nothing when the module needs nothing but its own chunk, which its import fetches anyway;
 * - nothing for room mode's projection: its own chunk is fetched by its import and asks for the
 *   rest (one more round trip on the room's network, once per talk).
 * Each name left out is a file name the importing chunk no longer carries.
 */
export function preloadDependencies(file: string, deps: readonly string[]): string[] {
  if (ROOM_DECK_FILE.test(file)) return [];
  const needed = deps.filter((dep) => !HELPER_CHUNK_FILE.test(dep));
  return needed.every((dep) => dep === file) ? [] : needed;
}

/**
 * The helper's source. `deps` are paths relative to the base (or, with a relative base, to the
 * importing chunk, whose URL Vite passes as `importer`).
 */
export function preloadHelperSource(base: string): string {
  return `const seen = new Set();
export const __vitePreload = (load, deps, importer) => {
  const waits = [];
  for (const dep of deps ?? []) {
    const href = importer ? new URL(dep, importer).href : ${JSON.stringify(base)} + dep;
    if (seen.has(href)) continue;
    seen.add(href);
    const css = dep.endsWith('.css');
    if (css && [...document.styleSheets].some((s) => s.href === href)) continue;
    const link = document.createElement('link');
    link.rel = css ? 'stylesheet' : 'modulepreload';
    link.href = href;
    if (css) waits.push(new Promise((ok, ko) => { link.onload = ok; link.onerror = ko; }));
    document.head.append(link);
  }
  return waits.length ? Promise.all(waits).then(load) : load();
};
`;
}

/** The Vite plugin: serves the helper above in place of Vite's own, in the client build only. */
export function lightPreloadHelper(): Plugin {
  let base = '/';
  return {
    name: 'msst:light-preload-helper',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    // Per environment: Astro's own settings for the client build replace a `build.modulePreload`
    // given in the site's Vite config.
    configEnvironment(name) {
      if (name !== 'client') return null;
      return { build: { modulePreload: { polyfill: false, resolveDependencies: preloadDependencies } } };
    },
    resolveId(id) {
      return id === PRELOAD_HELPER_ID ? PRELOAD_HELPER_ID : null;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? preloadHelperSource(base) : null;
    },
  };
}
