import { describe, expect, it } from 'vitest';
import { formatClock, formatNumber, formatPoints, pluralCategory } from '../../../src/lib/format';
import { fillPlural } from '../../../src/lib/template';
import { formatCount, formatPercent } from '../../../src/build-time/figures';

const NBSP = '\u00a0';

describe('French numbers and plurals through Intl', () => {
  it('writes a decimal comma and no-break spaces between thousands', () => {
    expect(formatNumber(14.5)).toBe('14,5');
    expect(formatNumber(2.25, 2)).toBe('2,25');
    expect(formatNumber(42000)).toBe(`42${NBSP}000`);
    expect(formatNumber(3)).toBe('3');
    expect(formatPercent(76.04)).toBe(`76${NBSP}%`);
    expect(formatPercent(12.35)).toBe(`12,4${NBSP}%`);
    expect(formatCount(1234567)).toBe(`1${NBSP}234${NBSP}567`);
  });

  it('never rounds points up', () => {
    expect(formatPoints(14.9)).toBe('14');
    expect(formatPoints(21)).toBe('21');
  });

  it('uses the singular below 2, as French does', () => {
    expect([0, 1, 1.5, 2, 11].map(pluralCategory)).toEqual(['one', 'one', 'one', 'other', 'other']);
    const forms = { one: '{n} heure', other: '{n} heures' };
    expect(fillPlural(forms, 1.5)).toBe('1,5 heure');
    expect(fillPlural(forms, 2.5)).toBe('2,5 heures');
  });
});

describe('formatClock', () => {
  it('writes hours without a leading zero and minutes on two digits, with no-break spaces', () => {
    expect(formatClock(new Date(2026, 11, 6, 0, 5))).toBe(`0${NBSP}h${NBSP}05`);
    expect(formatClock(new Date(2026, 11, 6, 9, 0))).toBe(`9${NBSP}h${NBSP}00`);
    expect(formatClock(new Date(2026, 11, 6, 14, 30))).toBe(`14${NBSP}h${NBSP}30`);
  });
});
