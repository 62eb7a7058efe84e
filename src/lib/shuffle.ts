/**
 * Deterministic shuffling: the same seed gives the same order on the server and in the browser, so
 * a hydrated quiz shows exactly the order that was rendered into the HTML.
 */

/** A 32-bit FNV-1a hash of a string, used to turn a text seed into a number. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny, well-spread pseudo-random generator; good enough to shuffle a few items. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded pseudo-random generator of numbers in [0, 1): the same seed, the same sequence. */
function seededRandom(seed: string): () => number {
  return generator(hashString(seed));
}

/**
 * A copy of `items` in an order that depends only on `seed`, every order equally likely (the
 * original one included): what choice options need, so no position says anything.
 */
export function seededPermutation<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * A copy of `items` in an order that depends only on `seed`. With two items or more the result
 * never equals the original order: a list to put in order must not start out solved.
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = seededPermutation(items, seed);
  if (out.length > 1 && out.every((x, i) => x === items[i])) out.push(out.shift() as T);
  return out;
}
