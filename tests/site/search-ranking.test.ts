// The measured search (issue #29): the committed French queries of tests/support/search-queries.ts
// run against the built index, through the site's search (searchLikeSite, as the results page)
// and through Pagefind's default ranking (its plain search() with default options, what its
// default UI shows). Prints, for both, the share of queries whose expected page comes first and
// the mean rank, and names the queries that miss; docs/performance.md records the figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOCABULARY_FILE } from '../../src/lib/search/search-index';
import { searchLikeSite } from '../../src/lib/search/search-query';
import { readVocabulary, suggestQuery } from '../../src/lib/search/search-suggest';
import { defaultSite } from '../support/dist-files';
import { loadPagefindBundle, type NodePagefind } from '../support/pagefind-node';
import { RANKED_QUERIES, type RankedQuery } from '../support/search-queries';

/** Ranks past this count as « not on the first screen »: a miss costs DEPTH + 1. */
const DEPTH = 10;

interface Measure {
  share: number;
  meanRank: number;
  misses: string[];
}

let pagefind: NodePagefind;
beforeAll(async () => {
  pagefind = await loadPagefindBundle(defaultSite.dir);
});
afterAll(async () => {
  await pagefind?.destroy();
});

/** The 1-based rank of the expected page among the first DEPTH results, or DEPTH + 1. */
async function rankOf(hits: { data: () => Promise<{ url: string }> }[], query: RankedQuery): Promise<number> {
  const urls = await Promise.all(hits.slice(0, DEPTH).map(async (h) => (await h.data()).url));
  const at = urls.findIndex((u) => u.endsWith(`/${query.first}`));
  return at === -1 ? DEPTH + 1 : at + 1;
}

/** Runs every query with one way of searching and sums up. */
async function measure(search: (q: string) => Promise<{ data: () => Promise<{ url: string }> }[]>): Promise<Measure> {
  let firsts = 0;
  let total = 0;
  const misses: string[] = [];
  for (const query of RANKED_QUERIES) {
    const rank = await rankOf(await search(query.q), query);
    total += rank;
    if (rank === 1) firsts++;
    else misses.push(`« ${query.q} » (${query.kind}) : ${query.first} au rang ${rank > DEPTH ? `> ${DEPTH}` : rank}`);
  }
  return { share: firsts / RANKED_QUERIES.length, meanRank: total / RANKED_QUERIES.length, misses };
}

const percent = (n: number) => `${Math.round(n * 1000) / 10} %`;

describe('the measured search', () => {
  it('has at least 30 queries, each expecting a page the site has', () => {
    expect(RANKED_QUERIES.length).toBeGreaterThanOrEqual(30);
    for (const q of RANKED_QUERIES)
      expect(() => readFileSync(join(defaultSite.dir, q.first, 'index.html'))).not.toThrow();
  });

  it('suggests the course’s spelling from the built vocabulary', () => {
    const vocabulary = readVocabulary(
      JSON.parse(readFileSync(join(defaultSite.dir, 'pagefind', VOCABULARY_FILE), 'utf8')),
    );
    expect(suggestQuery('vacination', vocabulary)).toBe('vaccination');
    expect(suggestQuery('netiquete', vocabulary)).toBe('nétiquette');
    expect(suggestQuery('tik tok', vocabulary)).toBe('TikTok');
    expect(suggestQuery('rejoindre les jeunes', vocabulary)).toBeUndefined();
  });

  it('puts the right page first for at least 90 % of the queries, ahead of Pagefind’s default ranking', async () => {
    const vocabulary = readVocabulary(
      JSON.parse(readFileSync(join(defaultSite.dir, 'pagefind', VOCABULARY_FILE), 'utf8')),
    );
    expect(vocabulary.entries.length).toBeGreaterThan(100);
    const site = await measure(
      async (q) => (await searchLikeSite(pagefind, q, {}, async (typed) => suggestQuery(typed, vocabulary))).hits,
    );
    const plain = await measure(async (q) => (await pagefind.search(q, { filters: {} })).results);
    const report = (name: string, m: Measure) =>
      `${name} : ${percent(m.share)} en premier, rang moyen ${m.meanRank.toFixed(2)}` +
      (m.misses.length > 0 ? `\n  manqués :\n    ${m.misses.join('\n    ')}` : '');
    console.log(
      `Recherche mesurée (${RANKED_QUERIES.length} requêtes)\n${report('Recherche du site', site)}\n` +
        report('Pagefind par défaut', plain),
    );
    expect(site.share, site.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(site.share).toBeGreaterThan(plain.share);
    expect(site.meanRank).toBeLessThan(plain.meanRank);
  }, 120_000);
});
