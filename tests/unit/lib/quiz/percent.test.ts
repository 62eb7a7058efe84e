import { describe, expect, it } from 'vitest';
import { exactPercent, percentOf } from '../../../../src/lib/quiz/percent';

describe('a score’s percent', () => {
  it('is rounded down, so 79.6 % shows as 79 %', () => {
    expect(percentOf(15.92, 20)).toBe(79);
    expect(percentOf(2, 3)).toBe(66);
  });

  it('absorbs float noise: 0.7 × 100 is 70, not 69', () => {
    expect(percentOf(0.7, 1)).toBe(70);
    expect(exactPercent(7, 10)).toBeGreaterThanOrEqual(70);
  });

  it('is 0 when nothing is out of', () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(exactPercent(3, 0)).toBe(0);
  });
});
