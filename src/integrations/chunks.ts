/**
 * How the browser build groups shared modules into chunks (Rolldown's `output.codeSplitting`).
 * Left to itself the bundler made one chunk per shared module, so a lesson fetched 18 scripts,
 * some under 100 bytes gzip (each a request, each with its own gzip header and import lines).
 * Groups here follow what pages load together; a module only some of a group's pages need stays
 * out of it (the deck loads the storage keys but none of the stores, so they are apart).
 */
import type { CodeSplittingGroup } from 'rolldown';
import { HELPER_CHUNK, PRELOAD_HELPER_ID } from './preload-helper.ts';

const inSrc = (path: string) => new RegExp(`[\\\\/]src[\\\\/]${path.replace(/\//g, '[\\\\/]')}\\.ts$`);

export const clientChunkGroups: CodeSplittingGroup[] = [
  // What the site chrome of nearly every page shares, each under 0.3 KB gzip: the dynamic-import
  // helper, the typing check of the keyboard shortcuts, the storage keys and guarded storage access
  // (the deck's too), URLs, number formatting (the presenter's too).
  // First (highest priority), so the stores' group below does not pull the keys in with it.
  {
    name: HELPER_CHUNK,
    priority: 3,
    test: (id) =>
      id === PRELOAD_HELPER_ID ||
      [
        'client/typing',
        'lib/storage/storage-keys',
        'lib/storage/browser-storage',
        'lib/url',
        'lib/format',
        'client/el',
      ].some((m) => inSrc(m).test(id)),
  },
  // Preact and its hooks: every island uses both; with them the islands' own hydration hook (0.2 KB
  // gzip), which four islands share and which otherwise costs a request of its own.
  {
    name: 'preact',
    priority: 2,
    test: (id) => /[\\/]node_modules[\\/]preact[\\/]/.test(id) || /[\\/]src[\\/]islands[\\/]use-hydrated\.ts$/.test(id),
  },
  // The persisted stores and the records they decode: the home page, lessons, quizzes, progress,
  // certificate and plan pages all load them together. With them the percent of a score (under
  // 0.1 KB gzip), which the best-score line above a lesson's quiz shares with the quiz island.
  {
    name: 'stores',
    priority: 1,
    test: (id) =>
      /[\\/]node_modules[\\/](nanostores|@nanostores)[\\/]/.test(id) ||
      [
        'stores/storage',
        'stores/progress',
        'lib/progress/progress-records',
        'lib/template',
        'lib/today',
        'lib/quiz/percent',
      ].some((m) => inSrc(m).test(id)),
  },
];
