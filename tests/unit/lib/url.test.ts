import { describe, expect, it } from 'vitest';
import { withBase } from '../../../src/lib/url';

describe('withBase', () => {
  it('joins a base and a path with exactly one slash', () => {
    expect(withBase('/lecons/x/', '/')).toBe('/lecons/x/');
    expect(withBase('/lecons/x/', '/cours/')).toBe('/cours/lecons/x/');
    expect(withBase('diapos/', '/cours')).toBe('/cours/diapos/');
    expect(withBase('/', '/cours/')).toBe('/cours/');
  });
});
