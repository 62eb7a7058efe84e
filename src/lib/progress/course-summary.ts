/**
 * Progress maths over what is stored: each lesson's status, overall completion, where to resume.
 */
import { lessonStatus, type LessonRecords, type LessonStatus, type QuizRecords } from './progress-records';
import { resumeTarget, type ResumeTarget } from './resume';
import { courseVerdict } from './course-pass';
import { percentOf } from '../quiz/percent';

export { lessonStatus, type LessonStatus } from './progress-records';
export type { ResumeTarget } from './resume';

/** The course at a glance. */
export interface CourseSummary {
  /** Each lesson's status, in course order. */
  lessons: { slug: string; status: LessonStatus }[];
  /** Lessons completed. */
  completed: number;
  /** « Module réussi », by the one pass rule (courseVerdict): what unlocks the certificate. */
  passed: boolean;
  /** Lessons not yet read to their end, which the pass rule still needs. */
  unread: string[];
  /** Whether the final evaluation is passed, on its current version when one is given (lessons aside). */
  finalPassed: boolean;
  /** Whether the only pass of the final evaluation was on an earlier version (it no longer counts). */
  finalPassedEarlier: boolean;
  /** Overall completion in percent, rounded down (see summarize). */
  percent: number;
  /** Where « Reprendre » leads. */
  resume: ResumeTarget;
}

/**
 * Sums up the course. Overall completion counts one step per lesson plus one for the final
 * evaluation: 11 lessons completed and the evaluation not passed is 11/12, i.e. 91 %. A lesson
 * read to its end, its quiz not passed yet, counts half a step.
 * `slugs` are the lessons in course order; `finalHash`, the final evaluation's current fingerprint:
 * a pass on another version of the evaluation (another question bank) does not count. Whether the
 * module is passed is courseVerdict's call (src/lib/progress/course-pass.ts); « Reprendre » (see resumeTarget) still
 * leads to a lesson left unfinished, and to the certificate once everything is done.
 */
export function summarize(
  slugs: readonly string[],
  lessons: LessonRecords,
  quizzes: QuizRecords,
  finalHash?: string,
): CourseSummary {
  const statuses = slugs.map((slug) => ({ slug, status: lessonStatus(slug, lessons) }));
  const completed = statuses.filter((l) => l.status === 'completed').length;
  const read = statuses.filter((l) => l.status === 'read').length;
  const { passed, unread, finalPassed, finalPassedEarlier } = courseVerdict(slugs, lessons, quizzes, finalHash);
  const steps = slugs.length + 1;
  const percent = percentOf(completed + read / 2 + (finalPassed ? 1 : 0), steps);
  const started = statuses.some((l) => l.status !== 'todo') || Object.keys(quizzes).length > 0;
  const resume: ResumeTarget = resumeTarget(slugs, lessons, { started, finalPassed: passed });
  return { lessons: statuses, completed, passed, unread, finalPassed, finalPassedEarlier, percent, resume };
}
