/** Progress records the LMS unit tests share: two dates and a quiz record to vary. */
import type { SuspendedProgress } from '../../src/lib/lms/suspend-data';
import type { QuizRecord } from '../../src/lib/progress/progress-records';

export const at = '2026-11-26T10:00:00.000Z';
export const later = '2026-11-27T09:30:15.000Z';

/** A passed quiz record (17 of 20 at `at`), with what a test changes. */
export const record = (over: Partial<QuizRecord> = {}): QuizRecord => ({
  hash: 'h1',
  attempts: 1,
  best: 17,
  last: 17,
  max: 20,
  passed: true,
  passedAt: at,
  at,
  ...over,
});

export const empty: SuspendedProgress = { lessons: {}, quizzes: {} };
