import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  mergeHits,
  normalizeQuery,
  pagefindFilters,
  phraseFirst,
  phraseQueries,
  queryVariants,
  readSearchParams,
  runSearch,
  typographicApostrophes,
  writeSearchParams,
  bestExcerpt,
  markedWordCount,
  highlightedParts,
  unmatchedTerms,
} from '../../../../src/lib/search/search-query';
import { readVocabulary, suggestQuery } from '../../../../src/lib/search/search-suggest';

describe('normalizeQuery', () => {
  it('drops elided words, with either apostrophe', () => {
    expect(normalizeQuery("l'organisation")).toBe('organisation');
    expect(normalizeQuery('d’organisation')).toBe('organisation');
    expect(normalizeQuery('L’Évaluation')).toBe('Évaluation');
    expect(normalizeQuery('qu’on dit de vous')).toBe('on dit de vous');
    expect(normalizeQuery('jusqu’à l’étape')).toBe('à étape');
    expect(normalizeQuery('s`adapter')).toBe('adapter');
  });

  it('keeps apostrophes inside words that are not elisions', () => {
    expect(normalizeQuery('aujourd’hui')).toBe("aujourd'hui");
  });

  it('drops an elided word still being typed, so « l’ » alone searches nothing', () => {
    expect(normalizeQuery('l’')).toBe('');
    expect(normalizeQuery("veille d'")).toBe('veille');
  });

  it('leaves accents, hyphens and case to Pagefind, and collapses spaces', () => {
    expect(normalizeQuery('  strategie ')).toBe('strategie');
    expect(normalizeQuery('mot-clic')).toBe('mot-clic');
    expect(normalizeQuery('mise   en\tœuvre')).toBe('mise en œuvre');
  });

  it('composes decomposed accents (NFC), as pasted text sometimes has them', () => {
    expect(normalizeQuery('e\u0301valuation')).toBe('évaluation');
  });
});

describe('queryVariants', () => {
  it('returns the query alone when no ligature applies', () => {
    expect(queryVariants('veille')).toEqual(['veille']);
    expect(queryVariants('')).toEqual([]);
  });

  it('adds the « œ » spelling of « oe », and the reverse', () => {
    expect(queryVariants('boeufs')).toEqual(['boeufs', 'bœufs']);
    expect(queryVariants('bœufs')).toEqual(['bœufs', 'boeufs']);
    expect(queryVariants('Oeuvre')).toEqual(['Oeuvre', 'Œuvre']);
  });

  it('varies each word on its own, so a real « oe » and a ligature can meet', () => {
    expect(queryVariants('coefficient boeufs')).toEqual([
      'coefficient boeufs',
      'coefficient bœufs',
      'cœfficient boeufs',
      'cœfficient bœufs',
    ]);
  });

  it('never returns more than eight spellings', () => {
    expect(queryVariants('oe oe oe oe oe').length).toBe(8);
  });
});

describe('mergeHits', () => {
  it('keeps each page once with its best score, best first', () => {
    const a = [
      { id: 'p1', score: 2 },
      { id: 'p2', score: 1 },
    ];
    const b = [
      { id: 'p2', score: 5 },
      { id: 'p3', score: 0.5 },
    ];
    expect(mergeHits([a, b])).toEqual([
      { id: 'p2', score: 5 },
      { id: 'p1', score: 2 },
      { id: 'p3', score: 0.5 },
    ]);
  });

  it('keeps the first search’s order on equal scores', () => {
    expect(mergeHits([[{ id: 'x', score: 1 }], [{ id: 'y', score: 1 }]]).map((h) => h.id)).toEqual(['x', 'y']);
    expect(mergeHits([])).toEqual([]);
  });
});

describe('typographicApostrophes', () => {
  it('prints « ’ » for typewriter apostrophes and their HTML escapes', () => {
    expect(typographicApostrophes("Étape 2 : l'objectif")).toBe('Étape 2 : l’objectif');
    expect(typographicApostrophes('d&#39;une <mark>l&#x27;organisation</mark> &apos;')).toBe(
      'd’une <mark>l’organisation</mark> ’',
    );
  });
});

describe('search URL', () => {
  it('reads the query and the filters', () => {
    expect(readSearchParams('?q=veille&type=le%C3%A7on&partie=Pi%C3%A8ges+%C3%A0+%C3%A9viter')).toEqual({
      q: 'veille',
      filters: { type: 'leçon', partie: 'Pièges à éviter' },
    });
    expect(readSearchParams('')).toEqual({ q: '', filters: {} });
    expect(readSearchParams('?q=%20&type=')).toEqual({ q: '', filters: {} });
  });

  it('writes them back, leaving out what is empty', () => {
    expect(writeSearchParams({ q: ' mot-clic ', filters: { type: 'quiz' } })).toBe('?q=mot-clic&type=quiz');
    expect(writeSearchParams({ q: '', filters: {} })).toBe('');
    const state = { q: 'l’évaluation', filters: { partie: 'S’adapter aux plateformes' } };
    expect(readSearchParams(writeSearchParams(state))).toEqual(state);
  });
});

describe('pagefindFilters', () => {
  it('passes only the filters that are set, spelt as the index holds them', () => {
    expect(pagefindFilters({})).toEqual({});
    expect(pagefindFilters({ type: 'leçon', partie: 'S’adapter aux plateformes' })).toEqual({
      type: 'leçon',
      partie: "S'adapter aux plateformes",
    });
  });
});

describe('phraseQueries', () => {
  it('quotes each spelling of a query of several words, and none of a single word', () => {
    expect(phraseQueries('vidéo en direct')).toEqual(['"vidéo en direct"']);
    expect(phraseQueries('les boeufs')).toEqual(['"les boeufs"', '"les bœufs"']);
    expect(phraseQueries('"rejoindre les jeunes"')).toEqual(['"rejoindre les jeunes"']);
    expect(phraseQueries('veille')).toEqual([]);
  });
});

describe('phraseFirst', () => {
  it('keeps every page once, phrase hits first', () => {
    const words = [
      { id: 'b', score: 3 },
      { id: 'a', score: 2 },
      { id: 'c', score: 1 },
    ];
    expect(phraseFirst([{ id: 'c', score: 1 }], words).map((h) => h.id)).toEqual(['c', 'b', 'a']);
    expect(phraseFirst([], words)).toEqual(words);
  });
});

describe('runSearch', () => {
  it('searches every spelling with the index’s filters and merges the hits', async () => {
    const calls: Array<[string, Record<string, string>]> = [];
    const engine = {
      search: async (query: string, options: { filters: Record<string, string> }) => {
        calls.push([query, options.filters]);
        return { results: query === 'bœufs' ? [{ id: 'pieges', score: 3 }] : [] };
      },
    };
    const hits = await runSearch(engine, 'les boeufs', { partie: 'Pièges à éviter' });
    // Two words: each spelling is also searched as a phrase (in double quotes), as typed; the
    // words themselves without the stop word « les ».
    expect(calls).toEqual([
      ['"les boeufs"', { partie: 'Pièges à éviter' }],
      ['"les bœufs"', { partie: 'Pièges à éviter' }],
      ['boeufs', { partie: 'Pièges à éviter' }],
      ['bœufs', { partie: 'Pièges à éviter' }],
    ]);
    expect(hits).toEqual([{ id: 'pieges', score: 3 }]);
    expect(await runSearch(engine, 'bœufs')).toEqual([{ id: 'pieges', score: 3 }]);
  });

  it('puts the pages where the words form a phrase first, ordered by the words’ relevance', async () => {
    const engine = {
      search: async (query: string) => ({
        results: query.startsWith('"')
          ? [
              { id: 'a-propos', score: 1 },
              { id: 'plateformes', score: 1 },
            ]
          : [
              { id: 'evaluation', score: 2.6 },
              { id: 'plateformes', score: 2.5 },
              { id: 'a-propos', score: 0.9 },
              { id: 'action', score: 0.5 },
            ],
      }),
    };
    const hits = await runSearch(engine, 'vidéo en direct');
    expect(hits.map((h) => h.id)).toEqual(['plateformes', 'a-propos', 'evaluation', 'action']);
    // The phrase hit is kept (its excerpt is centred on the phrase), each page once.
    expect(hits[0]?.score).toBe(1);
  });

  it('does not search for nothing', async () => {
    const engine = {
      search: async () => {
        throw new Error('should not be called');
      },
    };
    expect(await runSearch(engine, '  l’ ')).toEqual([]);
  });
});

describe('excerptParts', () => {
  it('splits an excerpt into text and highlighted runs, unescaping the text', () => {
    expect(excerptParts('La <mark>veille</mark> en continu &amp; l&#39;écoute')).toEqual([
      { text: 'La ', mark: false },
      { text: 'veille', mark: true },
      { text: ' en continu & l’écoute', mark: false },
    ]);
  });

  it('keeps markup written in a page as text, escaped or not', () => {
    const parts = excerptParts(
      'Voir &lt;img src=x onerror=alert(1)&gt; et <img src=x onerror=alert(2)> <mark>ici</mark>',
    );
    expect(parts.map((p) => p.text).join('')).toBe(
      'Voir <img src=x onerror=alert(1)> et <img src=x onerror=alert(2)> ici',
    );
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['ici']);
  });

  it('leaves unknown or invalid entities as they are', () => {
    expect(excerptParts('a &foo; b &#0; c &#x1F600;')).toEqual([{ text: 'a &foo; b &#0; c 😀', mark: false }]);
  });
});

describe('bestExcerpt', () => {
  it('counts the different words an excerpt highlights', () => {
    expect(markedWordCount('… [x] <mark>les</mark> occasions, <mark>les</mark> jeunes …')).toBe(1);
    expect(
      markedWordCount('<mark>Rejoindre</mark> certaines clientèles (ex. : <mark>les</mark> <mark>jeunes</mark>)'),
    ).toBe(3);
    expect(markedWordCount('sans mot surligné')).toBe(0);
  });

  it('picks the passage that holds the most words of the query, the first on a tie', () => {
    const page = 'Médias de masse et médias sociaux : <mark>les</mark> occasions.';
    const section = '« <mark>rejoindre</mark> certaines clientèles (ex. : <mark>les</mark> <mark>jeunes</mark>) »';
    expect(bestExcerpt([page, section])).toBe(section);
    expect(bestExcerpt([section, page])).toBe(section);
    expect(bestExcerpt([page, 'autre <mark>occasions</mark>'])).toBe(page);
    expect(bestExcerpt([])).toBeUndefined();
  });
});

describe('runSearch with French stop words and a vocabulary', () => {
  /** An engine that records its queries and finds a page per known word. */
  function recording(pages: Record<string, string>) {
    const calls: string[] = [];
    const engine = {
      search: async (query: string) => {
        calls.push(query);
        const id = pages[query];
        return { results: id ? [{ id, score: 1 }] : [] };
      },
    };
    return { calls, engine };
  }

  it('leaves stop words and elided forms out of the word search, keeps them in the phrase search', async () => {
    const { calls, engine } = recording({});
    await runSearch(engine, 'rejoindre les jeunes');
    expect(calls).toEqual(['"rejoindre les jeunes"', 'rejoindre jeunes']);
    calls.length = 0;
    await runSearch(engine, 'l’objectif d’une campagne');
    expect(calls).toEqual(['"objectif une campagne"', 'objectif campagne']);
  });

  it('searches a quoted phrase word for word, stop words included', async () => {
    const { calls, engine } = recording({});
    await runSearch(engine, '« rejoindre les jeunes »');
    expect(calls).toEqual(['"rejoindre les jeunes"', 'rejoindre les jeunes']);
  });

  it('puts the hits of the suggested spelling first', async () => {
    const { calls, engine } = recording({ vaccination: 'objectif', vacination: 'action' });
    const vocabulary = readVocabulary({ version: 1, words: [['vaccination', 12]] });
    const hits = await runSearch(engine, 'vacination', {}, suggestQuery('vacination', vocabulary));
    expect(calls).toEqual(['vacination', 'vaccination']);
    expect(hits.map((h) => h.id)).toEqual(['objectif', 'action']);
  });
});

describe('highlightedParts and bestExcerpt with the query’s words', () => {
  it('drops highlights on stop words and short prefixes', () => {
    const html =
      '<mark>Le</mark> but : <mark>rejoindre</mark> <mark>les</mark> <mark>jeunes.</mark> Où l’on <mark>va.</mark>';
    const parts = highlightedParts(html, ['rejoindre', 'jeunes', 'vacination']);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['rejoindre', 'jeunes.']);
    expect(parts.map((p) => p.text).join('')).toBe('Le but : rejoindre les jeunes. Où l’on va.');
  });

  it('prefers the passage with the most meaningful highlights', () => {
    const les = '<mark>les</mark> occasions et <mark>les</mark> <mark>leçons</mark>';
    const quote = '<mark>rejoindre</mark> certaines clientèles (ex. : les <mark>jeunes</mark>)';
    expect(bestExcerpt([les, quote], ['rejoindre', 'jeunes'])).toBe(quote);
    expect(markedWordCount(les, ['rejoindre', 'jeunes'])).toBe(0);
  });
});

describe('unmatchedTerms', () => {
  it('names the words no excerpt highlights as written or by their stem', () => {
    const excerpts = ['où l’on <mark>va.</mark>', 'la <mark>nétiquette</mark> et les <mark>jeunes</mark>'];
    expect(unmatchedTerms(excerpts, ['vacination'])).toEqual(['vacination']);
    expect(unmatchedTerms(['la <mark>vaccination</mark>'], ['vacination', 'vaccin'])).toEqual(['vacination']);
    // A long stem in common is a match, typo after it or not.
    expect(unmatchedTerms(excerpts, ['netiquete', 'jeune'])).toEqual([]);
    expect(unmatchedTerms(excerpts, ['nétiquette', 'jeunes'])).toEqual([]);
    expect(unmatchedTerms([], ['veille'])).toEqual(['veille']);
  });
});
