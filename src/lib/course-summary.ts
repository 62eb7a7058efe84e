/**
 * Progress maths over what is stored: each lesson's status, overall completion, where to resume.
 */
import type { LessonRecords, QuizRecords } from './progress-records';

/** Id of the final evaluation, whose pass unlocks the certificate. */
export const FINAL_QUIZ_ID = 'evaluation-finale';

/** Where a learner stands in one lesson. */
export type LessonStatus = 'todo' | 'visited' | 'completed';

/** Where to send a learner next. */
export type ResumeTarget =
  /** Nothing visited yet: start with the first lesson. */
  | { kind: 'start'; slug: string }
  /** The first lesson, in course order, that is not completed. */
  | { kind: 'lesson'; slug: string }
  /** Every lesson completed, the final evaluation not yet passed. */
  | { kind: 'final' }
  /** All done. */
  | { kind: 'done' };

/** The course at a glance. */
export interface CourseSummary {
  /** Each lesson's status, in course order. */
  lessons: { slug: string; status: LessonStatus }[];
  /** Lessons completed. */
  completed: number;
  /** Whether the final evaluation is passed, on its current version when one is given. */
  finalPassed: boolean;
  /** Whether the only pass of the final evaluation was on an earlier version (it no longer counts). */
  finalPassedEarlier: boolean;
  /** Overall completion in percent, rounded down (see summarize). */
  percent: number;
  /** Where « Reprendre » leads. */
  resume: ResumeTarget;
}

/** A lesson's status: completed wins over visited. */
export function lessonStatus(slug: string, lessons: LessonRecords): LessonStatus {
  const record = lessons[slug];
  if (!record) return 'todo';
  return record.completedAt ? 'completed' : 'visited';
}

/**
 * Sums up the course. Overall completion counts one step per lesson plus one for the final
 * evaluation: 11 lessons completed and the evaluation not passed is 11/12, i.e. 91 %.
 * `slugs` are the lessons in course order; `finalHash`, the final evaluation's current fingerprint:
 * a pass on another version of the evaluation (another question bank) does not count. The module
 * is passed with the final evaluation (finalPassed); « Reprendre » still leads to a lesson left
 * unfinished, and to the certificate once everything is done.
 */
export function summarize(
  slugs: readonly string[],
  lessons: LessonRecords,
  quizzes: QuizRecords,
  finalHash?: string,
): CourseSummary {
  const statuses = slugs.map((slug) => ({ slug, status: lessonStatus(slug, lessons) }));
  const completed = statuses.filter((l) => l.status === 'completed').length;
  const final = quizzes[FINAL_QUIZ_ID];
  const current = finalHash === undefined || final?.hash === finalHash;
  const finalPassed = final?.passed === true && current;
  const finalPassedEarlier = final?.passed === true && !current;
  const steps = slugs.length + 1;
  const percent = Math.floor(((completed + (finalPassed ? 1 : 0)) * 100) / steps);
  const unfinished = statuses.find((l) => l.status !== 'completed');
  const started = statuses.some((l) => l.status !== 'todo') || Object.keys(quizzes).length > 0;
  let resume: ResumeTarget;
  if (!started && slugs[0] !== undefined) resume = { kind: 'start', slug: slugs[0] };
  else if (unfinished) resume = { kind: 'lesson', slug: unfinished.slug };
  else resume = finalPassed ? { kind: 'done' } : { kind: 'final' };
  return { lessons: statuses, completed, finalPassed, finalPassedEarlier, percent, resume };
}
