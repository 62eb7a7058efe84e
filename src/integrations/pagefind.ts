/**
 * Builds the French search index after `astro build`, with Pagefind's Node API, so that
 * `npm run build` alone gives a searchable site. Same shape as Starlight's integration
 * (withastro/starlight, packages/starlight/integrations/pagefind.ts): create the index, add the
 * pages, write dist/pagefind, check every response, close the service in all cases. Two
 * differences: a failure stops the build with Pagefind's own message, and pages are added one by
 * one after a light rewrite (see src/lib/search/search-index.ts) instead of with addDirectory.
 *
 * What pages carry (Pagefind attributes, pagefind.app/docs/indexing/ and /docs/filtering/):
 * - Base.astro puts data-pagefind-body on <main> unless `indexed={false}` (decks, presenter view,
 *   progress, certificate, search, 404): once one page has it, pages without it are left out.
 * - Chrome inside <main> (menus, table of contents, pager) has data-pagefind-ignore="all"; lines
 *   that are not content (lesson number, duration, update date, quiz feedback and score) have
 *   data-pagefind-ignore.
 * - Quiz widgets (buttons, menus, « Question 3 sur 6 ») are left out with Pagefind's
 *   excludeSelectors (INDEX_EXCLUDE_SELECTORS), and the own page of a quiz that a lesson shows is
 *   not indexed: the quiz is found as a section of its lesson (see pagesToIndex).
 * - Filters: data-pagefind-filter="type:leçon" or "type:quiz" on the page's <article>, and
 *   data-pagefind-filter="partie" on the element that prints the part's name (parts in fr.ts).
 *   One inline « key:value » per attribute: Pagefind reads "type:quiz, partie:X" as a single
 *   value (an inline value runs to the end of the attribute).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import {
  INDEX_EXCLUDE_SELECTORS,
  isIndexablePage,
  pagesToIndex,
  prepareHtmlForIndex,
  VOCABULARY_FILE,
} from '../lib/search/search-index';
import { isScormBuild } from './scorm.ts';
import { vocabularyOf } from '../lib/search/search-suggest';

/** How to build the index. */
export interface SearchIndexOptions {
  /** The built site's folder (Astro's output directory). */
  dir: string;
  /** Language of every page (ISO 639-1): stemming follows it. Default « fr ». */
  language?: string;
  /** Where progress messages go. Default: nowhere. */
  log?: (message: string) => void;
  /** How long one call to Pagefind may take before the build gives up, in ms. Default 120 000. */
  timeoutMs?: number;
  /** Other options for Pagefind's createIndex. Default: the quiz widgets left out (INDEX_EXCLUDE_SELECTORS). */
  config?: Omit<pagefind.PagefindServiceConfig, 'forceLanguage'>;
}

/** What was indexed and where the bundle was written. */
export interface SearchIndexReport {
  pageCount: number;
  outputPath: string;
}

interface PagefindResponse {
  errors: string[];
}

/** Throws with Pagefind's messages when a response carries errors. */
function check<T extends PagefindResponse>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind (${step}) : ${response.errors.join(' ; ')}`);
  return response;
}

/**
 * Waits for a Pagefind call, but not forever: when the Pagefind binary panics (for instance on an
 * output folder it cannot write), its Node wrapper never settles the pending promise, and the
 * build would stop without an error or hang. A timer turns that into a failure that says so.
 */
async function withDeadline<T>(promise: Promise<T>, ms: number, step: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const message =
    `Pagefind (${step}) n’a pas répondu en ${Math.round(ms / 1000)} s : ` +
    'son service s’est probablement arrêté (voir son message plus haut).';
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  // The late rejection of an abandoned call must not surface as an unhandled rejection.
  promise.catch(() => undefined);
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Every file under `dir`, as paths relative to it with « / » separators. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Indexes the built site in `dir` and writes the search bundle to `dir`/pagefind. */
export async function buildSearchIndex({
  dir,
  language = 'fr',
  log = () => undefined,
  timeoutMs = 120_000,
  config = {},
}: SearchIndexOptions): Promise<SearchIndexReport> {
  const started = performance.now();
  try {
    const { index } = check(
      await withDeadline(
        pagefind.createIndex({
          excludeSelectors: [...INDEX_EXCLUDE_SELECTORS],
          ...config,
          forceLanguage: language,
        }),
        timeoutMs,
        'createIndex',
      ),
      'createIndex',
    );
    if (!index) throw new Error('Pagefind (createIndex) : aucun index créé.');

    const html = await Promise.all(
      (await listFiles(dir))
        .filter((path) => isIndexablePage(path))
        .map(async (path) => ({ path, html: await readFile(join(dir, path), 'utf8') })),
    );
    const pages = pagesToIndex(html);
    const byPath = new Map(html.map((p) => [p.path, p.html]));
    await Promise.all(
      pages.map(async (sourcePath) => {
        const content = prepareHtmlForIndex(byPath.get(sourcePath) ?? '');
        check(
          await withDeadline(
            index.addHTMLFile(indexedFile(sourcePath, content)),
            timeoutMs,
            `addHTMLFile ${sourcePath}`,
          ),
          `addHTMLFile ${sourcePath}`,
        );
      }),
    );

    const outputPath = join(dir, 'pagefind');
    check(await withDeadline(index.writeFiles({ outputPath }), timeoutMs, 'writeFiles'), 'writeFiles');
    // The words of the indexed pages, for the search's spelling suggestions (search-suggest.ts):
    // beside the bundle, fetched with it when search opens, never by a lesson page.
    const vocabulary = vocabularyOf(pages.map((path) => byPath.get(path) ?? ''));
    await writeFile(join(outputPath, VOCABULARY_FILE), JSON.stringify(vocabulary));
    const elapsed = Math.round(performance.now() - started);
    log(
      `Index de recherche : ${pages.length} pages lues, ${vocabulary.words.length} mots pour les suggestions, ` +
        `écrit dans ${outputPath} en ${elapsed} ms.`,
    );
    return { pageCount: pages.length, outputPath };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`L’index de recherche n’a pas pu être construit. ${message}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: runs buildSearchIndex on the output folder once the build is done. */
/**
 * A page as Pagefind indexes it. In the SCORM package (SCORM=1) its address names its file
 * (« /lecons/x/index.html »), as every link of that build does (src/lib/page-link.ts): an LMS
 * serves no folder. Elsewhere Pagefind makes the folder's address from the file's path.
 */
function indexedFile(
  sourcePath: string,
  content: string,
): { sourcePath: string; content: string } | { url: string; content: string } {
  if (!isScormBuild()) return { sourcePath, content };
  return { url: `/${sourcePath}`, content };
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'msst:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex({ dir: fileURLToPath(dir), log: (m) => logger.info(m) });
      },
    },
  };
}
