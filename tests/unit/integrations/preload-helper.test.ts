// The dynamic-import helper that replaces Vite's: run as the browser would, against a small fake
// document, it asks for each dependency once (modulepreload for chunks, an awaited stylesheet for
// CSS), resolves paths against the base or the importing chunk, and passes the import's own
// result or failure through.
import { describe, expect, it } from 'vitest';
import { preloadDependencies, preloadHelperSource } from '../../../src/integrations/preload-helper';

interface FakeLink {
  rel: string;
  href: string;
  onload?: () => void;
  onerror?: (e: unknown) => void;
}

/** Loads the helper's source as a module with a fake `document`; returns it and the links added. */
async function helper(base: string, sheets: string[] = []) {
  const links: FakeLink[] = [];
  const document = {
    styleSheets: sheets.map((href) => ({ href })),
    createElement: () => ({}) as FakeLink,
    head: { append: (l: FakeLink) => links.push(l) },
  };
  const source = preloadHelperSource(base).replace('export const __vitePreload', 'const __vitePreload');
  const make = new Function('document', `${source}\nreturn __vitePreload;`) as (
    d: typeof document,
  ) => (load: () => Promise<unknown>, deps?: string[], importer?: string) => Promise<unknown>;
  return { preload: make(document), links };
}

describe('preloadHelperSource', () => {
  it('preloads each chunk once, under the base, and returns what the import gives', async () => {
    const { preload, links } = await helper('/medias-sociaux/');
    const module = { startSearch: 'ok' };
    await expect(preload(async () => module, ['_astro/a.js', '_astro/b.js'])).resolves.toBe(module);
    await preload(async () => module, ['_astro/b.js']);
    expect(links.map((l) => [l.rel, l.href])).toEqual([
      ['modulepreload', '/medias-sociaux/_astro/a.js'],
      ['modulepreload', '/medias-sociaux/_astro/b.js'],
    ]);
  });

  it('resolves against the importing chunk when the base is relative (the SCORM package)', async () => {
    const { preload, links } = await helper('./');
    await preload(async () => ({}), ['a.js'], 'https://lms.exemple/cours/_astro/page.js');
    expect(links[0]?.href).toBe('https://lms.exemple/cours/_astro/a.js');
  });

  it('waits for a stylesheet dependency before importing, and skips one already on the page', async () => {
    const { preload, links } = await helper('/', ['/_astro/old.css']);
    let imported = false;
    const done = preload(async () => (imported = true), ['_astro/new.css', '_astro/old.css']);
    await Promise.resolve();
    expect(imported).toBe(false);
    expect(links.map((l) => [l.rel, l.href])).toEqual([['stylesheet', '/_astro/new.css']]);
    links[0]?.onload?.();
    await done;
    expect(imported).toBe(true);
  });

  it('lets a failed import reject, with or without dependencies', async () => {
    const { preload } = await helper('/');
    const failure = new Error('chunk missing');
    await expect(preload(() => Promise.reject(failure))).rejects.toBe(failure);
    await expect(preload(() => Promise.reject(failure), ['_astro/x.js'])).rejects.toBe(failure);
  });
});

describe('preloadDependencies', () => {
  it('leaves out the chunk that holds the helper, which the page has loaded already', () => {
    expect(
      preloadDependencies('_astro/deck-scenario.D7vbeDlm.js', [
        '_astro/deck-scenario.D7vbeDlm.js',
        '_astro/site.BFDF8eob.js',
        '_astro/scenario-path.CmN17oK8.js',
      ]),
    ).toEqual(['_astro/deck-scenario.D7vbeDlm.js', '_astro/scenario-path.CmN17oK8.js']);
  });
  it('asks for nothing when the module needs nothing but its own chunk', () => {
    expect(preloadDependencies('_astro/download.a1.js', ['_astro/download.a1.js', '_astro/site.b2.js'])).toEqual([]);
    expect(preloadDependencies('_astro/deck-overview.c3.js', [])).toEqual([]);
  });
  it('asks for nothing ahead of room mode’s projection, which only the room’s network loads', () => {
    const deps = ['_astro/room-deck.Cgt3tsvh.js', '_astro/preact.qA-w4yPi.js', '_astro/Bars.a1.js'];
    expect(preloadDependencies('_astro/room-deck.Cgt3tsvh.js', deps)).toEqual([]);
    // The phone's part keeps its list: the phone loads it at once, and waits for it.
    expect(
      preloadDependencies('_astro/room-participant.b2.js', ['_astro/room-participant.b2.js', ...deps]),
    ).toHaveLength(4);
  });
  it('keeps a chunk whose name only ends like the helper’s', () => {
    expect(
      preloadDependencies('_astro/search.c3.js', ['_astro/search.c3.js', '_astro/website.d4.js', '_astro/site.e5.js']),
    ).toEqual(['_astro/search.c3.js', '_astro/website.d4.js']);
  });
});
