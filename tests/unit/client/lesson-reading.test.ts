// Reading a lesson in the progress records: « lue » (read to its end) between « commencée » and
// « terminée », half a step of the overall progress, and the place in the lesson (seenAt,
// section), decoded from known fields only and merged across tabs.
import { describe, expect, it } from 'vitest';
import { lessonStatus, summarize } from '../../../src/lib/progress/course-summary';
import { decodeLessons, mergeLessons, type LessonRecords } from '../../../src/lib/progress/progress-records';
import { mergeProgress } from '../../../src/lib/lms/suspend-data';

const t1 = '2026-11-26T10:00:00.000Z';
const t2 = '2026-11-27T10:00:00.000Z';

describe('a lesson read to its end', () => {
  it('is « read » until its quiz is passed, then « completed »', () => {
    expect(lessonStatus('un', { un: { visitedAt: t1 } })).toBe('visited');
    expect(lessonStatus('un', { un: { visitedAt: t1, readAt: t1 } })).toBe('read');
    expect(lessonStatus('un', { un: { visitedAt: t1, readAt: t1, completedAt: t2 } })).toBe('completed');
  });

  it('moves the overall progress by half a step', () => {
    const slugs = ['un', 'deux', 'trois'];
    expect(summarize(slugs, { un: { visitedAt: t1 } }, {}).percent).toBe(0);
    const read = summarize(slugs, { un: { visitedAt: t1, readAt: t1 } }, {});
    // Half of one step out of four (three lessons and the final evaluation).
    expect(read.percent).toBe(12);
    expect(read.completed).toBe(0);
    expect(summarize(slugs, { un: { visitedAt: t1, readAt: t1, completedAt: t1 } }, {}).percent).toBe(25);
  });
});

describe('decoding the reading fields', () => {
  it('keeps valid reading fields and drops invalid ones without dropping the record', () => {
    const stored = JSON.stringify({
      un: { visitedAt: t1, readAt: t2, seenAt: t2, section: 'la-veille-aujourdhui-écouter', extra: { deep: 1 } },
      deux: { visitedAt: t1, readAt: 'hier', seenAt: 3, section: '<img src=x>' },
      trois: { visitedAt: t1, section: 'x'.repeat(101) },
    });
    expect(decodeLessons(stored)).toEqual({
      un: { visitedAt: t1, readAt: t2, seenAt: t2, section: 'la-veille-aujourdhui-écouter' },
      deux: { visitedAt: t1 },
      trois: { visitedAt: t1 },
    });
  });

  it('never reads an unknown field, however deep', () => {
    const deep = `${'{"deep":'.repeat(3000)}{}${'}'.repeat(3000)}`;
    const raw = `{"un":{"visitedAt":"${t1}","section":"intro","x":${deep}}}`;
    expect(decodeLessons(raw)).toEqual({ un: { visitedAt: t1, section: 'intro' } });
  });
});

describe('merging two tabs’ reading', () => {
  it('keeps the first reading to the end and the most recent place', () => {
    const mine: LessonRecords = { un: { visitedAt: t1, seenAt: t1, section: 'debut' } };
    const theirs: LessonRecords = { un: { visitedAt: t2, readAt: t2, seenAt: t2, section: 'fin' } };
    const expected = { visitedAt: t1, readAt: t2, seenAt: t2, section: 'fin' };
    expect(mergeLessons(mine, theirs).un).toEqual(expected);
    expect(mergeLessons(theirs, mine).un).toEqual(expected);
  });
});

describe('the LMS copy of the progress', () => {
  it('keeps the reading this browser holds when merged with the suspend data (which has none)', () => {
    const saved = { lessons: { un: { visitedAt: t1, completedAt: t2 } }, quizzes: {} };
    const here = { lessons: { un: { visitedAt: t2, readAt: t2, seenAt: t2, section: 'fin' } }, quizzes: {} };
    expect(mergeProgress(saved, here).lessons.un).toEqual({
      visitedAt: t1,
      completedAt: t2,
      readAt: t2,
      seenAt: t2,
      section: 'fin',
    });
  });
});
