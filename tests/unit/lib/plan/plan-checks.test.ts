import { describe, expect, it } from 'vitest';
import { smartGaps } from '../../../../src/lib/plan/plan-checks';

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

  it('does not call any digit a measure: « 2 » has no unit', () => {
    expect(smartGaps({ ...complete, mesurable: 'Objectif 2' })).toEqual([{ part: 'mesurable', reason: 'no-number' }]);
  });

  it.each(['d’ici le 30 juin 2027', 'Du 1er mai au 31 juillet 2027', 'avant juin 2027', '2027-06-30'])(
    'accepts « %s » as a deadline',
    (echeance) => {
      expect(smartGaps({ ...complete, echeance })).toEqual([]);
    },
  );

  it.each(['bientôt', 'cet automne', 'avant le 15'])('wants a date with its year, not « %s »', (echeance) => {
    expect(smartGaps({ ...complete, echeance })).toEqual([{ part: 'echeance', reason: 'no-date' }]);
  });
});
