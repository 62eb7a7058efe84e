import { describe, expect, it } from 'vitest';
import { jargonIn, kandelMoles, readingEase, syllables } from '../../../../src/lib/plan/plan-readability';

describe('Kandel and Moles index', () => {
  it('applies the published coefficients: 207 − 1,015 × words per sentence − 73,6 × syllables per word', () => {
    // 100 words in 10 sentences with 150 syllables: 207 − 10,15 − 110,4 = 86,45 (« facile »).
    expect(kandelMoles(100, 10, 150)).toBeCloseTo(86.45, 2);
    // 100 words in 4 sentences with 180 syllables: 207 − 25,375 − 132,48 = 49,145 (« difficile »).
    expect(kandelMoles(100, 4, 180)).toBeCloseTo(49.145, 3);
    expect(kandelMoles(0, 0, 0)).toBe(0);
  });
  it('counts French syllables by vowel groups, without the final mute e', () => {
    expect(syllables('tique')).toBe(1);
    expect(syllables('maladie')).toBe(3);
    expect(syllables('inspectez')).toBe(3);
    expect(syllables('enfants')).toBe(2);
    expect(syllables('eau')).toBe(1);
    expect(syllables('l’eau')).toBe(1);
    expect(syllables('prévention')).toBe(3);
  });
  it('scores the running case’s message as easy, and an administrative sentence as hard', () => {
    const plain =
      'Après une sortie dehors, inspectez votre corps et celui de vos enfants. Une tique retirée dans les 24 heures transmet rarement la maladie de Lyme.';
    const hard =
      'Considérant l’augmentation significative de la prévalence de la borréliose de Lyme, la direction recommande fortement l’adoption systématique de comportements préventifs appropriés lors des activités extérieures.';
    expect(readingEase(plain).score).toBeGreaterThanOrEqual(60);
    expect(readingEase(hard).score).toBeLessThan(30);
    expect(readingEase(plain).sentences).toBe(2);
  });
  it('lists each jargon word once', () => {
    expect(jargonIn('Prévalence, prévalence et vecteurs.')).toEqual(['prévalence', 'vecteurs']);
  });
});
