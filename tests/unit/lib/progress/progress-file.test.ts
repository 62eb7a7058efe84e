import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, decodeSnapshot, encodeSnapshot } from '../../../../src/lib/progress/progress-file';
import type { QuizRecord } from '../../../../src/lib/progress/progress-records';

const at = '2026-11-26T10:00:00.000Z';
const record: QuizRecord = { hash: 'abc', attempts: 2, best: 4, last: 3, max: 5, passed: true, passedAt: at, at };

describe('progress files', () => {
  const snapshot = { lessons: { un: { visitedAt: at } }, quizzes: { un: record }, learnerName: 'Marie' };

  it('reads back what it writes', () => {
    const text = encodeSnapshot(snapshot, new Date(at));
    expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: at });
    expect(decodeSnapshot(text)).toEqual({ ok: true, snapshot });
  });

  it('accepts a file without a name', () => {
    const { learnerName: _, ...rest } = snapshot;
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, ...rest });
    expect(decodeSnapshot(text)).toEqual({ ok: true, snapshot: { ...rest, learnerName: '' } });
  });

  it.each([
    ['not JSON', 'ceci n’est pas du JSON', 'not-json'],
    ['another JSON file', '{"name":"package"}', 'not-progress'],
    ['a JSON array', '[1,2]', 'not-progress'],
    [
      'a newer format',
      JSON.stringify({ format: EXPORT_FORMAT, version: 2, lessons: {}, quizzes: {} }),
      'newer-version',
    ],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT, lessons: {}, quizzes: {} }), 'damaged'],
    ['no lessons', JSON.stringify({ format: EXPORT_FORMAT, version: 1, quizzes: {} }), 'damaged'],
    [
      'a bad lesson',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, lessons: { un: {} }, quizzes: {} }),
      'damaged',
    ],
    [
      'a bad quiz',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, lessons: {}, quizzes: { un: { ...record, hash: 42 } } }),
      'damaged',
    ],
    [
      'a bad name',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, lessons: {}, quizzes: {}, learnerName: 3 }),
      'damaged',
    ],
    ['a huge file', ' '.repeat(1_000_001), 'too-big'],
  ])('refuses %s as a whole', (_label, text, problem) => {
    expect(decodeSnapshot(text)).toEqual({ ok: false, problem });
  });

  it.each([
    ['a best score over the maximum', { best: 99 }, 'plus grand que le maximum'],
    ['no attempt', { attempts: 0 }, 'sans aucune tentative'],
    ['a pass below the pass mark', { best: 1, last: 1, max: 4, passed: true }, 'sous le seuil de 80'],
    ['a date that is not ISO 8601', { at: '26 novembre 2026' }, 'format ISO'],
    ['a pass date that is not ISO 8601', { passed: true, passedAt: '2026/11/26' }, 'format ISO'],
  ])('refuses a quiz record with %s, naming the quiz and the problem', (_label, change, words) => {
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      lessons: {},
      quizzes: { un: { ...record, ...change } },
    });
    const result = decodeSnapshot(text, { un: 80 });
    expect(result).toMatchObject({ ok: false, problem: 'incoherent' });
    const detail = result.ok ? '' : (result.detail ?? '');
    expect(detail).toContain('un');
    expect(detail).toContain(words);
  });

  it('reads a version 1 progress file exported by the first edition', () => {
    const result = decodeSnapshot(readFileSync('tests/fixtures/progress-v1.json', 'utf8'), { 'etape-1-veille': 80 });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(result.snapshot.lessons)).toEqual(['medias-de-masse-et-medias-sociaux', 'etape-1-veille']);
      expect(result.snapshot.quizzes['etape-1-veille']).toMatchObject({ attempts: 2, best: 5, max: 6, passed: true });
      expect(result.snapshot.learnerName).toBe('Marie Tremblay');
    }
  });
});

describe('plausible values only (#24)', () => {
  const file = (over: { quizzes?: object; lessons?: object; learnerName?: string }) =>
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      lessons: { un: { visitedAt: at } },
      quizzes: { un: record },
      learnerName: 'Marie',
      ...over,
    });
  const refused = (text: string) => {
    const result = decodeSnapshot(text);
    expect(result.ok).toBe(false);
    return result.ok ? '' : `${result.problem}: ${result.detail ?? ''}`;
  };

  it('refuses a pass without points, and says so', () => {
    expect(refused(file({ quizzes: { un: { ...record, best: 0, last: 0, max: 0 } } }))).toMatch(
      /incoherent: .*réussi sans aucun point \(0 sur 0\)/,
    );
    expect(refused(file({ quizzes: { un: { ...record, best: 0, last: 0 } } }))).toMatch(/sans aucun point/);
  });

  it('refuses scores and attempts out of range', () => {
    const huge = Number('1'.repeat(309));
    expect(refused(file({ quizzes: { un: { ...record, best: huge, last: huge, max: huge } } }))).toMatch(
      /hors des limites/,
    );
    expect(refused(file({ quizzes: { un: { ...record, attempts: 10 ** 9 } } }))).toMatch(/tentatives/);
  });

  it('refuses dates out of range, in quizzes and lessons', () => {
    expect(refused(file({ quizzes: { un: { ...record, at: '9999-12-31T00:00:00.000Z' } } }))).toMatch(
      /9999.*hors des limites plausibles/,
    );
    expect(refused(file({ lessons: { un: { visitedAt: '1970-01-01T00:00:00.000Z' } } }))).toMatch(
      /leçon.*hors des limites plausibles/,
    );
  });

  it.each([
    ['control', 'Marie\u0007 Tremblay', /contrôle/],
    ['direction override', 'Marie \u202eyalbmerT', /sens de l’écriture/],
    ['zero-width space', 'Ma\u200brie', /invisibles/],
    ['tag characters', 'Marie\u{E0041}\u{E0042}', /invisibles/],
    ['stacked marks', `Ma${'\u0301'.repeat(12)}rie`, /empile/],
    ['far too long', 'Marie '.repeat(60), /plus de 120/],
  ])('refuses a name with %s characters', (_kind, learnerName, why) => {
    expect(refused(file({ learnerName }))).toMatch(why);
  });

  it('accepts real names: accents, Vietnamese, emoji sequences', () => {
    for (const learnerName of ['Émilie Côté-Lévesque', 'Nguyễn Thị Ánh', 'Sam 👩🏽‍⚕️'])
      expect(decodeSnapshot(file({ learnerName })).ok, learnerName).toBe(true);
  });
});

describe('the plan in a progress file', () => {
  const base = { lessons: { 'etape-1-veille': { visitedAt: at } }, quizzes: {}, learnerName: 'Marie' };

  it('reads the plan of a file', () => {
    const text = encodeSnapshot({ ...base, plan: { 'veille.routine.1.qui': 'Amélie' } }, new Date(at));
    expect(decodeSnapshot(text)).toEqual({
      ok: true,
      snapshot: { ...base, plan: { 'veille.routine.1.qui': 'Amélie' } },
    });
  });

  it('still reads a file exported before the plan existed, leaving the plan out', () => {
    const result = decodeSnapshot(encodeSnapshot(base, new Date(at)));
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
    expect(decodeSnapshot(text)).toEqual({ ok: false, problem: 'damaged' });
  });
});
