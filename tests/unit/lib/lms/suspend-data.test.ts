// The suspend data (src/lib/lms/suspend-data.ts): compact, within the limit, read back field by
// field, older formats still read, merged with this browser's copy.
import { describe, expect, it } from 'vitest';
import {
  decodeSuspendData,
  encodeSuspendData,
  mergeProgress,
  readSuspendData,
  SUSPEND_DATA_LIMIT,
  type SuspendedProgress,
} from '../../../../src/lib/lms/suspend-data';
import type { QuizRecords } from '../../../../src/lib/progress/progress-records';
import { at, empty, later, record } from '../../../support/lms-records';

describe('suspend data', () => {
  const progress: SuspendedProgress = {
    lessons: { un: { visitedAt: at, completedAt: later }, deux: { visitedAt: later } },
    quizzes: { un: record(), 'evaluation-finale': record({ passed: false, best: 10, last: 8, at: later }) },
  };
  // Minus the milliseconds, which the compact dates drop.
  const rounded = (p: SuspendedProgress) =>
    JSON.parse(JSON.stringify(p).replace(/\.\d{3}Z/g, '.000Z')) as SuspendedProgress;

  it('reads back what it wrote, in far fewer characters than the stored JSON', () => {
    const text = encodeSuspendData(progress);
    expect(decodeSuspendData(text)).toEqual(rounded(progress));
    expect(text.length).toBeLessThan(JSON.stringify(progress).length / 2);
  });

  it('fits the limit by leaving out the entries that changed longest ago', () => {
    const quizzes: QuizRecords = {};
    for (let i = 0; i < 200; i++) {
      quizzes[`questionnaire-${i}`] = record({ at: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString() });
    }
    const text = encodeSuspendData({ lessons: { un: { visitedAt: later } }, quizzes });
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const back = decodeSuspendData(text);
    expect(back.lessons.un).toBeDefined();
    expect(back.quizzes['questionnaire-199']).toBeDefined();
    expect(back.quizzes['questionnaire-0']).toBeUndefined();
    const kept = Object.keys(back.quizzes).map((k) => Number(k.split('-')[1]));
    expect(Math.min(...kept)).toBe(200 - kept.length);
    expect(encodeSuspendData(progress, 12)).toBe('[2,[],[]]');
    expect(encodeSuspendData(progress, 5)).toBe('');
    expect(encodeSuspendData(progress, 60).length).toBeLessThanOrEqual(60);
  });

  it('carries each lesson’s reading: read to its end, last seen, at which heading', () => {
    const reading: SuspendedProgress = {
      lessons: {
        un: { visitedAt: at, readAt: at, seenAt: later, section: 'les-cinq-etapes' },
        deux: { visitedAt: at, completedAt: later, readAt: later },
        trois: { visitedAt: later },
      },
      quizzes: {},
    };
    const text = encodeSuspendData(reading);
    expect(decodeSuspendData(text)).toEqual(rounded(reading));
    // Fields left unknown take no room: a lesson only visited is still [slug, date].
    const [, lessons] = JSON.parse(text) as [number, unknown[][]];
    expect(lessons.find((l) => l[0] === 'trois')).toHaveLength(2);
    expect(lessons.find((l) => l[0] === 'un')?.[2]).toBe('');
  });

  it('still reads format 1, which held first visits and completions only', () => {
    const visited = Math.floor(Date.parse(at) / 1000).toString(36);
    const done = Math.floor(Date.parse(later) / 1000).toString(36);
    const text = JSON.stringify([
      1,
      [
        ['un', visited, done],
        ['deux', visited],
      ],
      [],
    ]);
    expect(readSuspendData(text)).toMatchObject({ kind: 'read', dropped: 0 });
    expect(decodeSuspendData(text).lessons).toEqual({
      un: { visitedAt: at, completedAt: later },
      deux: { visitedAt: at },
    });
  });

  it('gives empty progress for anything unreadable, and drops invalid entries', () => {
    for (const bad of ['', 'x', '{}', '[3,[],[]]', '[1,"a",null]', 'null'])
      expect(decodeSuspendData(bad)).toEqual(empty);
    const text = JSON.stringify([
      1,
      [['un', 'q3eio0'], ['__proto__', 'q3eio0'], ['deux', 'pas une date'], [3]],
      [
        ['quiz', 'h', 1, 5, 9, 10, 1, 'q3eio0'],
        ['ok', 'h', 1, 5, 5, 10, 0, 'q3eio0'],
      ],
    ]);
    const back = decodeSuspendData(text);
    expect(Object.keys(back.lessons)).toEqual(['un']);
    expect(Object.keys(back.quizzes)).toEqual(['ok']);
  });
});

describe('readSuspendData', () => {
  const now = Date.parse('2026-12-01T00:00:00Z');
  const good = encodeSuspendData({
    lessons: { un: { visitedAt: at, completedAt: later }, deux: { visitedAt: later } },
    quizzes: { un: record() },
  });

  it('tells empty, unreadable (truncated, malformed) and other-version data apart', () => {
    expect(readSuspendData('', now).kind).toBe('empty');
    expect(readSuspendData(good.slice(0, -7), now).kind).toBe('unreadable');
    expect(readSuspendData('{"lecons":[]}', now).kind).toBe('unreadable');
    expect(readSuspendData('[1,"a",null]', now).kind).toBe('unreadable');
    expect(readSuspendData(good.replace(/^\[2,/, '[3,'), now).kind).toBe('other-version');
    expect(readSuspendData(good.replace(/^\[2,/, '[0,'), now).kind).toBe('other-version');
    expect(readSuspendData(good, now)).toMatchObject({ kind: 'read', dropped: 0 });
  });

  it('range-checks every date, so one bad date costs that field only (no RangeError)', () => {
    const farFuture = 'zzzzzzzzz'; // Year 3 million: new Date() of it throws a RangeError.
    const year9999 = Math.floor(Date.UTC(9999, 0, 1) / 1000).toString(36);
    const year1990 = Math.floor(Date.UTC(1990, 0, 1) / 1000).toString(36);
    const fine = Math.floor(Date.parse(at) / 1000).toString(36);
    const text = JSON.stringify([
      1,
      [
        ['un', fine, farFuture],
        ['deux', year9999],
        ['trois', fine],
        ['quatre', year1990],
      ],
      [
        ['ok', 'h', 1, 5, 5, 10, 1, fine, farFuture],
        ['futur', 'h', 1, 5, 5, 10, 0, year9999],
      ],
    ]);
    const read = readSuspendData(text, now);
    expect(read.kind).toBe('read');
    expect(read.progress.lessons).toEqual({ un: { visitedAt: at }, trois: { visitedAt: at } });
    expect(Object.keys(read.progress.quizzes)).toEqual(['ok']);
    expect(read.progress.quizzes.ok?.passedAt).toBeUndefined();
    expect(read.kind === 'read' && read.dropped).toBe(5);
    expect(() => decodeSuspendData(text, now)).not.toThrow();
  });
});

describe('mergeProgress', () => {
  it('keeps first visits and completions, and each quiz’s latest attempt', () => {
    const a: SuspendedProgress = {
      lessons: { un: { visitedAt: later }, deux: { visitedAt: at, completedAt: later } },
      quizzes: { q: record({ at: later, best: 20, last: 20 }) },
    };
    const b: SuspendedProgress = {
      lessons: { un: { visitedAt: at, completedAt: later }, trois: { visitedAt: at } },
      quizzes: { q: record({ at }), r: record() },
    };
    expect(mergeProgress(a, b)).toEqual({
      lessons: {
        un: { visitedAt: at, completedAt: later },
        deux: { visitedAt: at, completedAt: later },
        trois: { visitedAt: at },
      },
      quizzes: { q: record({ at: later, best: 20, last: 20 }), r: record() },
    });
  });
});
