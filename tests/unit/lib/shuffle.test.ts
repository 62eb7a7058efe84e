import { describe, expect, it } from 'vitest';
import { hashString, seededShuffle } from '../../../src/lib/shuffle';

describe('seededShuffle', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('gives the same order for the same seed, and keeps every item', () => {
    const once = seededShuffle(items, 'quiz/q/0');
    expect(seededShuffle(items, 'quiz/q/0')).toEqual(once);
    expect([...once].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('gives other orders for other seeds', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => seededShuffle(items, `s${i}`).join('')));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('never returns the original order for two items or more', () => {
    for (let i = 0; i < 200; i++) {
      expect(seededShuffle(['x', 'y'], `seed-${i}`)).toEqual(['y', 'x']);
      expect(seededShuffle(['a', 'b', 'c'], `seed-${i}`)).not.toEqual(['a', 'b', 'c']);
    }
  });

  it('handles empty and single lists', () => {
    expect(seededShuffle([], 'x')).toEqual([]);
    expect(seededShuffle(['seul'], 'x')).toEqual(['seul']);
  });
});

describe('hashString', () => {
  it('is a stable unsigned 32-bit number', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('x')).toBeGreaterThanOrEqual(0);
  });
});
