import { describe, expect, it } from 'vitest';
import { parseGoTo } from '../../../../src/lib/deck/deck-goto';

describe('parseGoTo', () => {
  const titles = ['Les médias sociaux en santé', 'Étape 1 : la veille', 'Pièges à éviter', 'Merci!'];
  it('reads a slide number, typed or from a list entry', () => {
    expect(parseGoTo('2', titles)).toBe(1);
    expect(parseGoTo(' #3 ', titles)).toBe(2);
    expect(parseGoTo('4. Merci!', titles)).toBe(3);
  });
  it('refuses a number outside the deck rather than guess', () => {
    expect(parseGoTo('0', titles)).toBeNull();
    expect(parseGoTo('5', titles)).toBeNull();
    expect(parseGoTo('1234567', titles)).toBeNull();
  });
  it('finds a title or part of one, accents and case aside', () => {
    expect(parseGoTo('pièges à éviter', titles)).toBe(2);
    expect(parseGoTo('PIEGES', titles)).toBe(2);
    expect(parseGoTo('veille', titles)).toBe(1);
    expect(parseGoTo('Étape 1 : la veille', titles)).toBe(1);
  });
  it('gives null for nothing or no match', () => {
    expect(parseGoTo('', titles)).toBeNull();
    expect(parseGoTo('   ', titles)).toBeNull();
    expect(parseGoTo('e', titles)).toBeNull();
    expect(parseGoTo('licorne', titles)).toBeNull();
  });
});
