// The search-index integration on a tiny fixture site (a lesson, a quiz, a deck, a 404): the
// bundle is written, the index is French, what must stay out of it does, and real searches
// (through pagefind.js, loaded in Node) find French as people type it.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pagefindIndex, { buildSearchIndex } from '../../../src/integrations/pagefind';
import { excerptParts, runSearch } from '../../../src/lib/search/search-query';
import { VOCABULARY_FILE } from '../../../src/lib/search/search-index';
import { readVocabulary, suggestQuery } from '../../../src/lib/search/search-suggest';
import { loadPagefindBundle, type NodePagefind } from '../../support/pagefind-node';

const fixture = 'tests/fixtures/search-site';
const site = mkdtempSync(join(tmpdir(), 'msst-search-'));
let report: Awaited<ReturnType<typeof buildSearchIndex>>;
let pagefind: NodePagefind;

/** URLs of the pages found for what a reader types, as the site searches. */
async function urls(typed: string, filters = {}): Promise<string[]> {
  const hits = await runSearch(pagefind, typed, filters);
  return (await Promise.all(hits.map((h) => h.data()))).map((p) => p.url).sort();
}

beforeAll(async () => {
  cpSync(fixture, site, { recursive: true });
  report = await buildSearchIndex({ dir: site });
  pagefind = await loadPagefindBundle(site);
}, 60_000);

afterAll(async () => {
  await pagefind?.destroy();
  rmSync(site, { recursive: true, force: true });
});

describe('excerpts of pages that quote markup', () => {
  it('come back as text: the markup written in a page is shown, never parsed', async () => {
    const [hit] = await runSearch(pagefind, 'piégé', {});
    const page = await hit?.data();
    const parts = excerptParts(page?.excerpt ?? '');
    const text = parts.map((p) => p.text).join('');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(parts.some((p) => p.mark)).toBe(true);
  });
});

describe('buildSearchIndex', () => {
  it('writes the Pagefind bundle into the site, with one French index of the two indexed pages', () => {
    expect(report).toEqual({ pageCount: 4, outputPath: join(site, 'pagefind') });
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    expect(entry.languages['fr']?.page_count).toBe(2);
  });

  it('writes the vocabulary of the indexed pages beside the bundle, for spelling suggestions', () => {
    const vocabulary = readVocabulary(JSON.parse(readFileSync(join(site, 'pagefind', VOCABULARY_FILE), 'utf8')));
    const words = vocabulary.entries.map((e) => e.folded);
    expect(words).toContain('charrue');
    // Neither the deck nor the 404 page is indexed: their words are not suggested either.
    expect(words).not.toContain('projection');
    expect(words).not.toContain('introuvable');
    expect(suggestQuery('charue', vocabulary)).toBe('charrue');
  });

  it('leaves the served pages untouched', () => {
    expect(readFileSync(join(site, 'lecons/veille/index.html'), 'utf8')).toBe(
      readFileSync(join(fixture, 'lecons/veille/index.html'), 'utf8'),
    );
  });

  it('indexes the lesson and the quiz, never the deck nor the 404 page', async () => {
    expect(await urls('veille')).toEqual(['/lecons/veille/', '/quiz/veille/']);
    expect(await urls('projection')).toEqual([]);
    expect(await urls('introuvable')).toEqual([]);
  });

  it('keeps header, footer, menus, quiz feedback, scores and dates out of the index', async () => {
    // Words that share no beginning with indexed ones: Pagefind falls back to shorter prefixes
    // when a word is not found (« latéral » would find « la »).
    for (const word of ['Progression', 'JASP', 'Sommaire', 'Rétroaction', 'exact', 'Score', 'novembre']) {
      expect(await urls(word), word).toEqual([]);
    }
    const lesson = await (await runSearch(pagefind, 'veille'))[0]?.data();
    expect(lesson?.content).not.toMatch(/Leçon 3/);
  });

  it('indexes slides and trainer notes with the lesson', async () => {
    expect(await urls('charrue')).toEqual(['/lecons/veille/']);
    expect(await urls('strategie')).toEqual(['/lecons/veille/']);
  });

  it('gives each page its kind and its part as filters', async () => {
    expect(await pagefind.filters()).toEqual({
      type: { leçon: 1, quiz: 1 },
      partie: { "S'adapter aux plateformes": 2 },
    });
    expect(await urls('veille', { type: 'quiz' })).toEqual(['/quiz/veille/']);
    const lessonsOfPart = await urls('veille', { type: 'leçon', partie: 'S’adapter aux plateformes' });
    expect(lessonsOfPart).toEqual(['/lecons/veille/']);
  });

  it('finds French as people type it: no accents, elisions, hyphens, « oe »', async () => {
    expect(await urls('ecouter')).toEqual(['/lecons/veille/']);
    // « l’organisation » is in the page with a typographic apostrophe.
    expect(await urls('organisation')).toEqual(['/lecons/veille/']);
    expect(await urls("l'organisation")).toEqual(['/lecons/veille/']);
    expect(await urls('d’organisation')).toEqual(['/lecons/veille/']);
    expect(await urls('mot-clic')).toEqual(['/lecons/veille/']);
    expect(await urls('motclic')).toEqual(['/lecons/veille/']);
    expect(await urls('mot clic')).toEqual(['/lecons/veille/']);
    expect(await urls('boeufs')).toEqual(['/lecons/veille/']);
    expect(await urls('bœufs')).toEqual(['/lecons/veille/']);
  });

  it('links sub-results to the section anchors', async () => {
    const [hit] = await runSearch(pagefind, 'charrue');
    const page = await hit?.data();
    expect(page?.sub_results.map((r) => r.url)).toContain('/lecons/veille/#outils');
    expect(page?.excerpt).toMatch(/<mark>charrue<\/mark>/);
  });
});

describe('buildSearchIndex failures', () => {
  it('stops with Pagefind’s own message when Pagefind reports an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msst-search-bad-'));
    cpSync(fixture, dir, { recursive: true });
    await expect(buildSearchIndex({ dir, config: { rootSelector: '!!!' } })).rejects.toThrow(
      /L’index de recherche n’a pas pu être construit\. Pagefind \(addHTMLFile .*\) : .*EmptySelector/,
    );
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('stops, instead of hanging or passing silently, when Pagefind cannot write the bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msst-search-ro-'));
    cpSync(fixture, dir, { recursive: true });
    // A file where the bundle folder should go: Pagefind's binary panics and never answers.
    writeFileSync(join(dir, 'pagefind'), 'not a folder');
    await expect(buildSearchIndex({ dir, timeoutMs: 3_000 })).rejects.toThrow(/writeFiles/);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('names the missing folder when there is no built site', async () => {
    await expect(buildSearchIndex({ dir: join(site, 'nope') })).rejects.toThrow(/n’a pas pu être construit.*nope/);
  });
});

describe('the Astro integration', () => {
  it('runs on astro:build:done only', () => {
    const integration = pagefindIndex();
    expect(integration.name).toBe('msst:pagefind');
    expect(Object.keys(integration.hooks)).toEqual(['astro:build:done']);
  });
});
