import { describe, expect, it } from 'vitest';
import {
  decodeLessons,
  decodeQuizzes,
  mergeLessons,
  mergeQuizzes,
  quizRecordFault,
  quizStanding,
  withAttempt,
  type QuizRecord,
} from '../../../../src/lib/progress/progress-records';
import { EXPORT_FORMAT, decodeSnapshot } from '../../../../src/lib/progress/progress-file';
import { cleanName, decodeName } from '../../../../src/lib/progress/learner-name';

const at = '2026-11-26T10:00:00.000Z';
const record: QuizRecord = { hash: 'abc', attempts: 2, best: 4, last: 3, max: 5, passed: true, passedAt: at, at };

describe('decodeLessons', () => {
  it('reads valid records', () => {
    const raw = JSON.stringify({ 'etape-1-veille': { visitedAt: at }, 'etape-2': { visitedAt: at, completedAt: at } });
    expect(decodeLessons(raw)).toEqual(JSON.parse(raw));
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty string', ''],
    ['broken JSON', '{"a":'],
    ['a number', '42'],
    ['a string', '"bonjour"'],
    ['an array', '[{"visitedAt":"2026-11-26"}]'],
    ['JSON null', 'null'],
  ])('gives {} for %s, without throwing', (_label, raw) => {
    expect(decodeLessons(raw)).toEqual({});
  });

  it('drops invalid entries and keeps the valid ones', () => {
    const raw = JSON.stringify({
      bonne: { visitedAt: at },
      'sans-date': {},
      'date-fausse': { visitedAt: 'hier' },
      'fin-fausse': { visitedAt: at, completedAt: 12 },
      Majuscules: { visitedAt: at },
      texte: 'oui',
    });
    expect(decodeLessons(raw)).toEqual({ bonne: { visitedAt: at } });
  });

  it('refuses keys that would reach the prototype', () => {
    const decoded = decodeLessons('{"__proto__":{"visitedAt":"2026-11-26T10:00:00.000Z","polluted":true}}');
    expect(decoded).toEqual({});
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('decodeQuizzes', () => {
  it('reads valid records', () => {
    expect(decodeQuizzes(JSON.stringify({ 'evaluation-finale': record }))).toEqual({ 'evaluation-finale': record });
  });

  it('drops records that are incoherent or of the wrong type', () => {
    const bad: Record<string, unknown> = {
      a: { ...record, attempts: -1 },
      b: { ...record, attempts: 1.5 },
      c: { ...record, best: 6 },
      d: { ...record, last: 5 },
      e: { ...record, passed: 'oui' },
      f: { ...record, hash: '' },
      g: { ...record, at: 'jamais' },
      h: { ...record, max: Number.POSITIVE_INFINITY },
      i: { ...record, best: '4' },
      ok: record,
    };
    expect(decodeQuizzes(JSON.stringify(bad))).toEqual({ ok: record });
  });

  it('gives {} for anything unreadable', () => {
    expect(decodeQuizzes('{{{')).toEqual({});
    expect(decodeQuizzes('true')).toEqual({});
  });
});

describe('decodeName and cleanName', () => {
  it('keeps a JSON string, tidied', () => {
    expect(decodeName(JSON.stringify('  Marie   Tremblay '))).toBe('Marie Tremblay');
    expect(decodeName('{"nom":"x"}')).toBe('');
    expect(decodeName('Marie')).toBe('');
    expect(cleanName('x'.repeat(500))).toHaveLength(120);
  });

  it('cuts by code point, never through an emoji', () => {
    const name = `${'x'.repeat(119)}😀😀`;
    const kept = cleanName(name);
    expect(Array.from(kept)).toHaveLength(120);
    expect(kept.endsWith('😀')).toBe(true);
    expect(kept).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('removes control and bidirectional-override characters, and keeps markup as plain text', () => {
    expect(cleanName('Marie\u202eelbmerT')).toBe('MarieelbmerT');
    expect(cleanName('\u2066Jean\u2069 \u200fTremblay\u0007')).toBe('Jean Tremblay');
    expect(cleanName('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('decoding hostile stored values', () => {
  const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  const at2 = '2026-11-26T10:00:00.000Z';

  it('reads known fields only: a field nested 100 000 levels deep is neither copied nor thrown on', () => {
    const lessons = `{"etape-1-veille":{"visitedAt":"${at2}","extra":${deep(100_000)}}}`;
    expect(() => decodeLessons(lessons)).not.toThrow();
    expect(decodeLessons(lessons)).toEqual({ 'etape-1-veille': { visitedAt: at2 } });
    const quizzes = `{"q":{"hash":"h","attempts":1,"best":1,"last":1,"max":2,"passed":false,"at":"${at2}","x":${deep(100_000)}}}`;
    expect(decodeQuizzes(quizzes)).toEqual({
      q: { hash: 'h', attempts: 1, best: 1, last: 1, max: 2, passed: false, at: at2 },
    });
  });

  it('gives up on values longer than the limit, and reads at most 500 entries', () => {
    expect(decodeLessons(`{"a":{"visitedAt":"${at2}","pad":"${'x'.repeat(1_000_001)}"}}`)).toEqual({});
    const many = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`l${i}`, { visitedAt: at2 }]));
    expect(Object.keys(decodeLessons(JSON.stringify(many)))).toHaveLength(500);
  });

  it('never throws, whatever the text', () => {
    for (const raw of ['{"__proto__":{"x":1}}', deep(200_000), '"\\ud800"', '1e999', '{"a":null}']) {
      expect(() => decodeLessons(raw)).not.toThrow();
      expect(() => decodeQuizzes(raw)).not.toThrow();
      expect(() => decodeName(raw)).not.toThrow();
    }
  });
});

describe('withAttempt', () => {
  const now = new Date(at);
  const later = new Date('2026-11-27T10:00:00.000Z');
  const score = (points: number, passed: boolean) => ({ points, max: 5, percent: points * 20, passed });

  it('starts a record on a first attempt', () => {
    expect(withAttempt(undefined, 'h1', score(3, false), now)).toEqual({
      hash: 'h1',
      attempts: 1,
      best: 3,
      last: 3,
      max: 5,
      passed: false,
      at,
    });
  });

  it('adds attempts, keeps the best score and the date of the first pass', () => {
    const first = withAttempt(undefined, 'h1', score(4, true), now);
    const second = withAttempt(first, 'h1', score(2, false), later);
    expect(second).toMatchObject({
      attempts: 2,
      best: 4,
      last: 2,
      passed: true,
      passedAt: at,
      at: later.toISOString(),
    });
  });

  it('starts afresh when the quiz changed', () => {
    const first = withAttempt(undefined, 'h1', score(5, true), now);
    expect(withAttempt(first, 'h2', score(1, false), later)).toEqual({
      hash: 'h2',
      attempts: 1,
      best: 1,
      last: 1,
      max: 5,
      passed: false,
      at: later.toISOString(),
    });
  });

  it('gives records that decode back', () => {
    const r = withAttempt(withAttempt(undefined, 'h', score(2.5, false), now), 'h', score(4, true), later);
    expect(decodeQuizzes(JSON.stringify({ q: r }))).toEqual({ q: r });
  });
});

describe('quizStanding', () => {
  it('tells a current result from one on an earlier version', () => {
    expect(quizStanding(undefined, 'abc')).toEqual({ kind: 'none' });
    expect(quizStanding(record, 'abc')).toEqual({ kind: 'current', record });
    expect(quizStanding(record, 'autre')).toEqual({ kind: 'earlier', record });
  });
});

describe('merging two tabs’ records', () => {
  const t1 = '2026-11-26T10:00:00.000Z';
  const t2 = '2026-11-26T11:00:00.000Z';

  it('keeps every lesson, with its first visit and first completion', () => {
    expect(
      mergeLessons(
        { a: { visitedAt: t2 }, b: { visitedAt: t1 } },
        { a: { visitedAt: t1, completedAt: t2 }, c: { visitedAt: t2 } },
      ),
    ).toEqual({ a: { visitedAt: t1, completedAt: t2 }, b: { visitedAt: t1 }, c: { visitedAt: t2 } });
  });

  it('keeps both quizzes, and for one quiz the latest attempt', () => {
    const older = { ...record, at: t1, attempts: 1 };
    const newer = { ...record, at: t2, attempts: 2 };
    expect(mergeQuizzes({ q: older, r: older }, { q: newer, s: newer })).toEqual({ q: newer, r: older, s: newer });
    expect(mergeQuizzes({ q: newer }, { q: older })).toEqual({ q: newer });
  });
});

describe('stored records keep plausible values only (#24)', () => {
  const base = { hash: 'abc', attempts: 1, best: 4, last: 4, max: 5, passed: true, at: '2026-11-26T10:00:00.000Z' };
  it('drops a pass without points, scores and dates out of range, and keeps the rest', () => {
    const stored = JSON.stringify({
      ok: base,
      zero: { ...base, best: 0, last: 0, max: 0 },
      huge: { ...base, best: 1e308, last: 1e308, max: 1e308 },
      future: { ...base, at: '9999-01-01T00:00:00.000Z' },
    });
    expect(Object.keys(decodeQuizzes(stored))).toEqual(['ok']);
    expect(Object.keys(decodeLessons(JSON.stringify({ a: { visitedAt: '9999-01-01T00:00:00.000Z' } })))).toEqual([]);
  });
});

describe('cleanName against invisible and stacking characters (#24)', () => {
  it('removes invisible characters and caps stacked marks, keeping real names', () => {
    expect(cleanName('Ma\u200brie\ufeff')).toBe('Marie');
    expect(cleanName(`Ma${'\u0301'.repeat(20)}rie`)).toBe(`Ma${'\u0301'.repeat(3)}rie`);
    expect(cleanName('Nguyễn Thị Ánh')).toBe('Nguyễn Thị Ánh');
    expect(cleanName('Sam 👩🏽‍⚕️')).toBe('Sam 👩🏽‍⚕️');
  });
});

describe('quizRecordFault: one set of rules for every reader of quiz records', () => {
  it.each([
    [1, { attempts: 0 }],
    [2, { attempts: 100_001 }],
    [3, { best: 1001, max: 1001 }],
    [4, { best: 0, last: 0, max: 0 }],
    [5, { best: 6, last: 3 }],
  ] as const)('fault %s: named by quizRecordFault, dropped from storage and refused in a file', (fault, change) => {
    const damaged = { ...record, ...change };
    expect(quizRecordFault(damaged)).toBe(fault);
    expect(decodeQuizzes(JSON.stringify({ un: damaged }))).toEqual({});
    const file = JSON.stringify({ format: EXPORT_FORMAT, version: 1, lessons: {}, quizzes: { un: damaged } });
    expect(decodeSnapshot(file)).toMatchObject({ ok: false, problem: 'incoherent' });
  });

  it('checks the pass mark only when it is known', () => {
    const low = { ...record, best: 3, last: 3 };
    expect(quizRecordFault(low)).toBe(0);
    expect(quizRecordFault(low, 80)).toBe(6);
    expect(quizRecordFault(record, 80)).toBe(0);
  });
});
