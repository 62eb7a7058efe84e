import { describe, expect, it } from 'vitest';
import { decodeProgressFile } from '../../../src/lib/progress-file';
import { encodeSnapshot } from '../../../src/lib/progress-data';

const at = '2026-11-26T10:00:00.000Z';
const base = { lessons: { 'etape-1-veille': { visitedAt: at } }, quizzes: {}, learnerName: 'Marie' };

describe('decodeProgressFile', () => {
  it('reads the plan of a file', () => {
    const text = encodeSnapshot({ ...base, plan: { 'veille.routine.1.qui': 'Amélie' } }, new Date(at));
    const result = decodeProgressFile(text);
    expect(result).toEqual({ ok: true, snapshot: { ...base, plan: { 'veille.routine.1.qui': 'Amélie' } } });
  });

  it('still reads a file exported before the plan existed, leaving the plan out', () => {
    const result = decodeProgressFile(encodeSnapshot(base, new Date(at)));
    expect(result.ok).toBe(true);
    if (result.ok) expect('plan' in result.snapshot).toBe(false);
  });

  it.each([
    ['a plan that is not an object', ['x']],
    ['a field that is not text', { 'veille.routine.1.qui': 42 }],
    ['a malformed key', { 'pas une clé': 'x' }],
    ['an over-long field', { 'veille.routine.1.qui': 'x'.repeat(5000) }],
  ])('refuses the whole file for %s', (_label, plan) => {
    const text = JSON.stringify({ ...JSON.parse(encodeSnapshot(base, new Date(at))), plan });
    expect(decodeProgressFile(text)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('passes on the problems of the rest of the file', () => {
    expect(decodeProgressFile('bonjour')).toEqual({ ok: false, problem: 'not-json' });
  });
});
