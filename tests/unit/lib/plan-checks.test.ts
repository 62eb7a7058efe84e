import { describe, expect, it } from 'vitest';
import { readability, smartGaps, LONG_WORD } from '../../../src/lib/plan-checks';

const complete = {
  specifique: 'Amener les parents d’enfants de 12 ans et moins à inspecter leur famille.',
  mesurable: '4 000 clics vers la page sur les tiques',
  atteignable: 'L’été dernier, 3 100 clics sans campagne.',
  pertinent: 'Les cas de maladie de Lyme augmentent.',
  echeance: 'Du 1er mai au 31 juillet 2027',
};

describe('smartGaps', () => {
  it('finds nothing missing in a complete objective', () => {
    expect(smartGaps(complete)).toEqual([]);
  });

  it('names every part of an empty objective, in SMART order', () => {
    expect(smartGaps({}).map((g) => g.part)).toEqual([
      'specifique',
      'mesurable',
      'atteignable',
      'pertinent',
      'echeance',
    ]);
  });

  it('names the one missing part', () => {
    expect(smartGaps({ ...complete, pertinent: '   ' })).toEqual([{ part: 'pertinent', reason: 'empty' }]);
  });

  it('wants a number to reach in « mesurable »', () => {
    expect(smartGaps({ ...complete, mesurable: 'beaucoup de clics' })).toEqual([
      { part: 'mesurable', reason: 'no-number' },
    ]);
  });

  it.each(['d’ici la fin juin', 'avant le 15', 'en six semaines', 'cet automne'])(
    'accepts « %s » as a deadline',
    (echeance) => {
      expect(smartGaps({ ...complete, echeance })).toEqual([]);
    },
  );

  it('wants a date or a duration in « temporellement défini »', () => {
    expect(smartGaps({ ...complete, echeance: 'bientôt' })).toEqual([{ part: 'echeance', reason: 'no-date' }]);
  });
});

describe('readability', () => {
  it('counts sentences and words, and gives the average', () => {
    const r = readability(
      'Après une sortie dehors, inspectez-vous. Une tique retirée vite transmet rarement la maladie!',
    );
    expect(r.sentences).toBe(2);
    expect(r.words).toBe(13);
    expect(r.average).toBe(6.5);
  });

  it('lists each long word once, and counts an elided article as a word', () => {
    const r = readability('L’administration recommande l’administration de mesures préventives.');
    expect(r.longWords).toEqual(['administration']);
    expect(r.words).toBe(8);
    expect(r.sentences).toBe(1);
    expect('administration'.length).toBeGreaterThanOrEqual(LONG_WORD);
  });

  it('gives zeros for an empty or blank text', () => {
    expect(readability('  \n ')).toEqual({ sentences: 0, words: 0, average: 0, longWords: [] });
  });

  it('counts a line break as the end of a sentence', () => {
    expect(readability('Première ligne\nDeuxième ligne').sentences).toBe(2);
  });
});
