// The limits table and its counters, on a fake monotonic clock.
import { describe, expect, it } from 'vitest';
import { AddressLimiter, LIMITS, TokenBucket, withLimits } from '../../../src/server/room-limits';
import { CODE_ALPHABET, CODE_LENGTH } from '../../../src/lib/room/room-messages';
import { SESSION_TTL_MS } from '../../../src/lib/room/room-session';

describe('room limits', () => {
  it('lets one address try far fewer than 1 % of the codes while a session lives', () => {
    let t = 0;
    const limiter = new AddressLimiter(LIMITS, () => t);
    let tried = 0;
    // An enumerator that tries again every second for a whole session lifetime.
    for (; t < SESSION_TTL_MS; t += 1000)
      while (limiter.mayTryCode('203.0.113.9')) {
        limiter.failedCode('203.0.113.9');
        tried++;
      }
    const onePercent = CODE_ALPHABET.length ** CODE_LENGTH / 100;
    expect(onePercent).toBeCloseTo(2798.41);
    expect(tried).toBeLessThan(onePercent / 1.5);
    // Another address is not affected.
    expect(limiter.mayTryCode('198.51.100.7')).toBe(true);
  });

  it('refills a token bucket by monotonic time only, never by a clock that goes back', () => {
    let t = 1000;
    const bucket = new TokenBucket({ burst: 2, perSecond: 1 }, () => t);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
    t -= 3_600_000;
    expect(bucket.take()).toBe(false);
    t += 1000;
    expect(bucket.take()).toBe(true);
  });

  it('counts connections per address and in all', () => {
    const limiter = new AddressLimiter(withLimits({ connectionsPerAddress: 2, maxConnections: 3 }));
    expect([limiter.connect('a'), limiter.connect('a'), limiter.connect('a')]).toEqual([true, true, false]);
    expect([limiter.connect('b'), limiter.connect('c')]).toEqual([true, false]);
    limiter.disconnect('a');
    expect(limiter.connect('c')).toBe(true);
  });
});
