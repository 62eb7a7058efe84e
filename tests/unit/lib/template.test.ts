import { describe, expect, it } from 'vitest';
import { fill, fillPlural } from '../../../src/lib/template';

describe('fill and fillPlural', () => {
  it('replaces known placeholders and leaves unknown ones', () => {
    expect(fill('Reprendre : {title}', { title: 'Étape 1' })).toBe('Reprendre : Étape 1');
    expect(fill('{a} et {b}', { a: 1 })).toBe('1 et {b}');
    expect(fill('sans rien')).toBe('sans rien');
  });
  it('uses the singular for 0 and 1, as French does', () => {
    const forms = { one: '{n} leçon sur {total}', other: '{n} leçons sur {total}' };
    expect(fillPlural(forms, 0, { total: 11 })).toBe('0 leçon sur 11');
    expect(fillPlural(forms, 1, { total: 11 })).toBe('1 leçon sur 11');
    expect(fillPlural(forms, 2, { total: 11 })).toBe('2 leçons sur 11');
  });
});
