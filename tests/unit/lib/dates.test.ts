import { describe, expect, it } from 'vitest';
import { parseFactDate } from '../../../src/lib/dates';
import { formatDate, formatFactDate } from '../../../src/i18n/fr';

describe('fact dates', () => {
  it('parses a full date or a month', () => {
    expect(parseFactDate('2024-11-18')).toEqual({ year: 2024, month: 11, day: 18 });
    expect(parseFactDate('2024-04')).toEqual({ year: 2024, month: 4 });
    expect(parseFactDate('2019')).toEqual({ year: 2019 });
  });
  it('rejects malformed and impossible dates', () => {
    for (const bad of ['24', '2024-1', '2024-13', '2024-02-30', '18/11/2024', '2024-4-1', ''])
      expect(parseFactDate(bad)).toBeUndefined();
  });
  it('writes the day only when it is known', () => {
    expect(formatFactDate({ year: 2024, month: 11, day: 18 })).toBe('18 novembre 2024');
    expect(formatFactDate({ year: 2024, month: 4 })).toBe('avril 2024');
    expect(formatFactDate({ year: 2019 })).toBe('2019');
    // French writes the first of a month as an ordinal, wherever a date is shown.
    expect(formatFactDate({ year: 2024, month: 7, day: 1 })).toBe('1er juillet 2024');
    expect(formatDate(new Date('2024-12-01T12:00:00Z'))).toBe('1er décembre 2024');
    expect(formatDate(new Date('2026-11-27T12:00:00Z'))).toBe('27 novembre 2026');
  });
});
