import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../../src/lib/search/search-suggest';
import {
  fold,
  isMeaningfulMark,
  keepMeaningfulMarks,
  meaningfulWords,
  STOP_WORDS,
} from '../../../../src/lib/search/search-words';

describe('fold', () => {
  it('ignores case, accents and ligatures', () => {
    expect(fold('Nétiquette')).toBe('netiquette');
    expect(fold('Bœufs')).toBe('boeufs');
    expect(fold('l’Évaluation')).toBe("l'evaluation");
  });
});

describe('meaningfulWords', () => {
  it('leaves out articles, prepositions and pronouns', () => {
    expect(meaningfulWords('rejoindre les jeunes')).toEqual(['rejoindre', 'jeunes']);
    expect(meaningfulWords('la charrue avant les bœufs')).toEqual(['charrue', 'avant', 'bœufs']);
    expect(meaningfulWords('Créer un lien avec son public')).toEqual(['Créer', 'lien', 'public']);
    expect(meaningfulWords('vidéo en direct pour à sur du des')).toEqual(['vidéo', 'direct']);
  });

  it('leaves out elided forms, whatever the apostrophe', () => {
    expect(meaningfulWords("l' d’ qu' veille")).toEqual(['veille']);
  });

  it('keeps every word of a quoted phrase, and of a query made of stop words only', () => {
    expect(meaningfulWords('"rejoindre les jeunes"')).toEqual(['rejoindre', 'les', 'jeunes']);
    expect(meaningfulWords('"le ton"')).toEqual(['le', 'ton']);
    expect(meaningfulWords('les')).toEqual(['les']);
  });

  it('holds the usual French function words, folded', () => {
    for (const w of ['le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'a', 'en', 'pour', 'sur', 'qu']) {
      expect(STOP_WORDS.has(w), w).toBe(true);
    }
    expect(STOP_WORDS.has('veille')).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('vacination', 'vaccination')).toBe(1);
    expect(editDistance('netiquete', 'netiquette')).toBe(1);
    expect(editDistance('veille', 'veiile')).toBe(1);
    expect(editDistance('strategie', 'stratgeie')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });

  it('stops early past the limit', () => {
    expect(editDistance('organisation', 'vaccination', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('isMeaningfulMark', () => {
  const terms = ['rejoindre', 'jeunes'];
  it('keeps whole words and meaningful stems of the query’s words', () => {
    expect(isMeaningfulMark('jeunes.', terms)).toBe(true);
    expect(isMeaningfulMark('Jeune', terms)).toBe(true);
    expect(isMeaningfulMark('rejoindre', terms)).toBe(true);
    expect(isMeaningfulMark('organisation', ['organiser'])).toBe(true);
    expect(isMeaningfulMark('TikTok,', ['tik', 'tok'])).toBe(true);
    expect(isMeaningfulMark('l’évaluation', ['évaluation'])).toBe(true);
    expect(isMeaningfulMark('mot-clic', ['clic'])).toBe(true);
    expect(isMeaningfulMark('IA', ['IA'])).toBe(true);
  });

  it('drops stop words, elided forms of other words and two-letter prefixes', () => {
    for (const text of ['le', 'Le', 'les', 'l’évaluation', 'leçons', 'L’essentiel.']) {
      expect(isMeaningfulMark(text, terms), text).toBe(false);
    }
    expect(isMeaningfulMark('va.', ['vacination'])).toBe(false);
    expect(isMeaningfulMark('CIUSSS', ['CISSS'])).toBe(false);
    // A stem of eight letters is meaningful, even with a typo after it.
    expect(isMeaningfulMark('nétiquette', ['netiquete'])).toBe(true);
    // One typo early in the word is not the word: the suggested spelling is highlighted instead.
    expect(isMeaningfulMark('vaccination', ['vacination'])).toBe(false);
    expect(isMeaningfulMark('vaccination', ['vacination', 'vaccination'])).toBe(true);
  });
});

describe('keepMeaningfulMarks', () => {
  it('turns other highlights into text, and leaves an elided article out of a kept one', () => {
    const parts = [
      { text: 'l’', mark: false },
      { text: 'le', mark: true },
      { text: ' plan de ', mark: false },
      { text: 'l’évaluation', mark: true },
    ];
    const kept = keepMeaningfulMarks(parts, ['évaluation']);
    expect(kept.map((p) => p.text).join('')).toBe('l’le plan de l’évaluation');
    expect(kept.filter((p) => p.mark)).toEqual([{ text: 'évaluation', mark: true }]);
  });
});
