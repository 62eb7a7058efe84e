import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../../src/lib/today';

describe('the learner’s day', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is the day where the learner is, not in UTC', () => {
    // 20 h 30 in Québec on 6 December is already 7 December in UTC.
    const evening = new Date('2026-12-07T01:30:00Z');
    vi.stubEnv('TZ', 'America/Toronto');
    expect(localDay(evening)).toBe('2026-12-06');
    vi.stubEnv('TZ', 'UTC');
    expect(localDay(evening)).toBe('2026-12-07');
  });

  it('writes months and days on two digits', () => {
    vi.stubEnv('TZ', 'America/Toronto');
    expect(localDay(new Date(2027, 0, 5, 12))).toBe('2027-01-05');
  });
});
