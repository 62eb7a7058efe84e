import { describe, expect, it } from 'vitest';
import { FINAL_QUIZ_ID } from '../../../../src/course';
import { lessonStatus, summarize } from '../../../../src/lib/progress/course-summary';
import type { QuizRecord } from '../../../../src/lib/progress/progress-records';

const at = '2026-11-26T10:00:00.000Z';
const slugs = ['un', 'deux', 'trois'];
const passed: QuizRecord = { hash: 'h', attempts: 1, best: 9, last: 9, max: 10, passed: true, passedAt: at, at };

describe('lessonStatus', () => {
  it('is todo, visited or completed', () => {
    expect(lessonStatus('un', {})).toBe('todo');
    expect(lessonStatus('un', { un: { visitedAt: at } })).toBe('visited');
    expect(lessonStatus('un', { un: { visitedAt: at, completedAt: at } })).toBe('completed');
  });
});

describe('summarize', () => {
  it('starts with the first lesson when nothing was done', () => {
    const s = summarize(slugs, {}, {});
    expect(s.resume).toEqual({ kind: 'start', slug: 'un' });
    expect(s.percent).toBe(0);
    expect(s.completed).toBe(0);
    expect(s.lessons.map((l) => l.status)).toEqual(['todo', 'todo', 'todo']);
  });

  it('resumes at the first lesson, in course order, that is not completed', () => {
    const lessons = {
      un: { visitedAt: at, completedAt: at },
      deux: { visitedAt: at },
      trois: { visitedAt: at, completedAt: at },
    };
    const s = summarize(slugs, lessons, {});
    expect(s.resume).toEqual({ kind: 'lesson', slug: 'deux' });
    expect(s.completed).toBe(2);
    // Two of four steps (three lessons and the final evaluation).
    expect(s.percent).toBe(50);
  });

  it('counts a quiz taken on its own page as a start', () => {
    expect(summarize(slugs, {}, { deux: { ...passed, passed: false } }).resume).toEqual({ kind: 'lesson', slug: 'un' });
  });

  it('points to the final evaluation once every lesson is completed, then says all is done', () => {
    const done = Object.fromEntries(slugs.map((s) => [s, { visitedAt: at, completedAt: at }]));
    const before = summarize(slugs, done, {});
    expect(before.resume).toEqual({ kind: 'final' });
    expect(before.percent).toBe(75);
    expect(before.finalPassed).toBe(false);
    const after = summarize(slugs, done, { [FINAL_QUIZ_ID]: passed });
    expect(after.resume).toEqual({ kind: 'done' });
    expect(after.percent).toBe(100);
    expect(after.finalPassed).toBe(true);
  });

  it('ignores records of lessons that are not in the course any more', () => {
    const s = summarize(slugs, { ancienne: { visitedAt: at, completedAt: at } }, {});
    expect(s.completed).toBe(0);
    expect(s.percent).toBe(0);
  });

  it('copes with a course without lessons', () => {
    expect(summarize([], {}, {}).resume).toEqual({ kind: 'final' });
  });
});
