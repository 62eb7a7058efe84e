/**
 * Loads a written Pagefind bundle (dist/pagefind/pagefind.js) in Node, without a browser, to
 * search a test index exactly as the site does. pagefind.js fetches its index files relative to
 * its own URL: here that is a file: URL, which Node's fetch does not read, so fetch is taught to;
 * and the search runs on the main thread (no web worker in Node).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A loaded result, with the fields the tests look at. */
export interface NodeSearchPage {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: Array<{ url: string; title: string; excerpt: string }>;
}

/** The part of pagefind.js the tests use. */
export interface NodePagefind {
  search: (
    query: string,
    options: { filters: Record<string, string> },
  ) => Promise<{ results: Array<{ id: string; score: number; data: () => Promise<NodeSearchPage> }> }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  destroy: () => Promise<void>;
}

let fetchPatched = false;

/** Lets fetch() read file: URLs, as pagefind.js needs when it runs from disk. */
function patchFetch(): void {
  if (fetchPatched) return;
  fetchPatched = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (url.protocol !== 'file:') return networkFetch(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

/** Loads the Pagefind bundle written in `siteDir`/pagefind, for the French index. */
export async function loadPagefindBundle(siteDir: string): Promise<NodePagefind> {
  patchFetch();
  const api = (await import(pathToFileURL(join(siteDir, 'pagefind', 'pagefind.js')).href)) as NodePagefind & {
    options: (o: Record<string, unknown>) => Promise<void>;
    init: () => Promise<void>;
  };
  await api.options({ noWorker: true, language: 'fr', baseUrl: '/' });
  await api.init();
  return api;
}
