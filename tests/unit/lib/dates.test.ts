import { describe, expect, it } from 'vitest';
import { parseFactDate } from '../../../src/lib/dates';
import { formatFactDate } from '../../../src/i18n/fr';

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
  });
});
