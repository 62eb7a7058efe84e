// The one pass rule: the same stored state gives the same verdict on the four surfaces — the
// attestation, the home page and /progression/ (all three through summarize) and the LMS status
// (lessonStatus12, SCORM 1.2 and 2004 alike).
import { describe, expect, it } from 'vitest';
import { FINAL_QUIZ_ID } from '../../../../src/course';
import { courseVerdict } from '../../../../src/lib/progress/course-pass';
import { summarize } from '../../../../src/lib/progress/course-summary';
import { lessonStatus12, score12 } from '../../../../src/lib/lms/scorm';
import type { LessonRecords, QuizRecord, QuizRecords } from '../../../../src/lib/progress/progress-records';

const at = '2026-11-26T10:00:00.000Z';
const slugs = ['un', 'deux', 'trois'];
const current = 'version-2';
const fail: QuizRecord = { hash: current, attempts: 1, best: 10, last: 10, max: 20, passed: false, at };
const pass: QuizRecord = { ...fail, best: 17, last: 17, passed: true, passedAt: at };
const allRead: LessonRecords = {
  un: { visitedAt: at, completedAt: at },
  deux: { visitedAt: at, readAt: at },
  trois: { visitedAt: at, readAt: at },
};
const oneUnread: LessonRecords = { ...allRead, trois: { visitedAt: at } };

/** Each stored state, with the verdict the course owes it. */
const states: { name: string; lessons: LessonRecords; quizzes: QuizRecords; passed: boolean; lms: string }[] = [
  { name: 'nothing done', lessons: {}, quizzes: {}, passed: false, lms: 'incomplete' },
  {
    name: 'lessons read, evaluation passed',
    lessons: allRead,
    quizzes: { [FINAL_QUIZ_ID]: pass },
    passed: true,
    lms: 'passed',
  },
  {
    name: 'evaluation passed, one lesson only opened',
    lessons: oneUnread,
    quizzes: { [FINAL_QUIZ_ID]: pass },
    passed: false,
    lms: 'incomplete',
  },
  {
    name: 'evaluation passed, no lesson opened',
    lessons: {},
    quizzes: { [FINAL_QUIZ_ID]: pass },
    passed: false,
    lms: 'incomplete',
  },
  {
    name: 'lessons read, pass on an earlier version of the evaluation',
    lessons: allRead,
    quizzes: { [FINAL_QUIZ_ID]: { ...pass, hash: 'version-1' } },
    passed: false,
    lms: 'incomplete',
  },
  {
    name: 'lessons read, evaluation failed',
    lessons: allRead,
    quizzes: { [FINAL_QUIZ_ID]: fail },
    passed: false,
    lms: 'failed',
  },
];

describe('one pass rule', () => {
  for (const s of states) {
    it(`${s.name}: ${s.passed ? 'passed' : 'not passed'} everywhere`, () => {
      const verdict = courseVerdict(slugs, s.lessons, s.quizzes, current);
      // Attestation, home page and /progression/ read summarize; the LMS reads lessonStatus12.
      const surfaces = {
        verdict: verdict.passed,
        summary: summarize(slugs, s.lessons, s.quizzes, current).passed,
        lms: lessonStatus12({ lessons: slugs, finalQuizId: FINAL_QUIZ_ID, finalHash: current }, s) === 'passed',
      };
      expect(surfaces).toEqual({ verdict: s.passed, summary: s.passed, lms: s.passed });
      expect(lessonStatus12({ lessons: slugs, finalQuizId: FINAL_QUIZ_ID, finalHash: current }, s)).toBe(s.lms);
    });
  }

  it('lists the lessons still to read, in course order', () => {
    expect(courseVerdict(slugs, oneUnread, {}, current).unread).toEqual(['trois']);
    expect(courseVerdict(slugs, {}, {}, current).unread).toEqual(slugs);
    expect(summarize(slugs, oneUnread, { [FINAL_QUIZ_ID]: pass }, current)).toMatchObject({
      passed: false,
      finalPassed: true,
      unread: ['trois'],
    });
  });

  it('reports to the LMS the score of the current version only', () => {
    expect(score12(pass, current)?.raw).toBe(85);
    expect(score12({ ...pass, hash: 'version-1' }, current)).toBeUndefined();
  });
});
