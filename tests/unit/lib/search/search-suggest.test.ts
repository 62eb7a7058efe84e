import { describe, expect, it } from 'vitest';
import {
  collectVocabulary,
  indexedText,
  readVocabulary,
  suggestQuery,
  vocabularyOf,
} from '../../../../src/lib/search/search-suggest';

/** A vocabulary made the way the build makes it, from a few sentences of the course. */
const vocabulary = readVocabulary(
  collectVocabulary([
    'Un CISSS prépare sa campagne automnale de vaccination contre la grippe. La vaccination sauve des vies.',
    'Mettre en place une politique interne et une nétiquette. Votre nétiquette précise les règles.',
    'Nétiquette : ce que la page accepte. Exercice : Instagram et TikTok dans la grille; TikTok venait d’être lancé.',
    'Mettre la charrue avant les bœufs. Chaque chaque chaque compte a un plan. Rejoindre les jeunes.',
    'Organisation, organisme et stratégie : la veille en continu, les statistiques intégrées.',
  ]),
);

describe('suggestQuery', () => {
  it('corrects a typo to the closest word of the course, accents and case as printed', () => {
    expect(suggestQuery('vacination', vocabulary)).toBe('vaccination');
    expect(suggestQuery('netiquete', vocabulary)).toBe('nétiquette');
    expect(suggestQuery('veile en continu', vocabulary)).toBe('veille en continu');
  });

  it('joins two words that the course writes as one', () => {
    expect(suggestQuery('tik tok', vocabulary)).toBe('TikTok');
    expect(suggestQuery('Instagram et tik tok', vocabulary)).toBe('Instagram et TikTok');
  });

  it('prefers the word that starts the same way, then the most used', () => {
    // « chaque » is one edit away too, and used more, but typos are rarer at a word's start.
    expect(suggestQuery('charue avant les bœufs', vocabulary)).toBe('charrue avant les bœufs');
  });

  it('suggests nothing for known words, their other forms, words being typed, or a quoted phrase', () => {
    expect(suggestQuery('vaccination', vocabulary)).toBeUndefined();
    expect(suggestQuery('Nétiquettes', vocabulary)).toBeUndefined();
    expect(suggestQuery('organiser', vocabulary)).toBeUndefined();
    expect(suggestQuery('strat', vocabulary)).toBeUndefined();
    expect(suggestQuery('rejoindre les jeunes', vocabulary)).toBeUndefined();
    expect(suggestQuery('"vacination"', vocabulary)).toBeUndefined();
    expect(suggestQuery('', vocabulary)).toBeUndefined();
  });

  it('suggests nothing for a word far from every word of the course', () => {
    expect(suggestQuery('xylophone', vocabulary)).toBeUndefined();
  });
});

describe('collectVocabulary and readVocabulary', () => {
  it('counts each word once per use, under its most printed spelling', () => {
    const file = collectVocabulary(['Nétiquette : la nétiquette, une nétiquette; TikTok, tiktok, TikTok.']);
    expect(file.words).toEqual([
      ['nétiquette', 3],
      ['TikTok', 3],
    ]);
  });

  it('reads a malformed file as an empty vocabulary (no suggestions, no error)', () => {
    for (const bad of [null, 'texte', { words: 'x' }, { words: [[1, 'a'], 'b'] }]) {
      const empty = readVocabulary(bad);
      expect(empty.entries).toEqual([]);
      expect(suggestQuery('vacination', empty)).toBeUndefined();
    }
  });
});

describe('indexedText', () => {
  it('reads the indexed body only, without scripts, buttons or tags', () => {
    const html =
      '<header>Menu principal</header><main data-pagefind-body><h1>Veille</h1><script>let secret;</script>' +
      '<button>Vérifier</button><p>L&#39;écoute&nbsp;active</p></main><footer>Licence</footer>';
    const text = indexedText(html);
    expect(text).toContain('Veille');
    expect(text).toContain("L'écoute active");
    expect(text).not.toMatch(/Menu|secret|Vérifier|<|nbsp|Licence/);
  });
});

describe('vocabularyOf', () => {
  it('leaves out pages without an indexed body once one page has it, as Pagefind does', () => {
    const lesson = '<main data-pagefind-body><p>Veille en continu</p></main>';
    const deck = '<main><p>Projection en salle</p></main>';
    expect(vocabularyOf([lesson, deck]).words.map(([w]) => w)).toEqual(['continu', 'Veille']);
    expect(vocabularyOf([deck]).words.map(([w]) => w)).toEqual(['Projection', 'salle']);
  });
});
