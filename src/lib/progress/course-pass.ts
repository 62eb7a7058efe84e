/**
 * The one rule that says « module réussi »: the attestation, the home page, /progression/ and the
 * LMS status (SCORM 1.2 and 2004) all decide through courseVerdict. The final evaluation may be
 * taken at any time, but it makes the module passed only on its current version (a pass on an
 * earlier question bank no longer counts) and once every lesson is at least « lue » (read to its
 * end), as a completion rule in Moodle would ask: the attestation certifies the course, not a
 * lucky draw.
 */
import { FINAL_QUIZ_ID } from '../../course.ts';
import { lessonStatus, type LessonRecords, type QuizRecords } from './progress-records.ts';

/** What the stored progress says about passing the module. */
export interface CourseVerdict {
  /** « Module réussi »: the final evaluation passed on its current version and every lesson read. */
  passed: boolean;
  /** The final evaluation reached its pass mark on its current version (lessons aside). */
  finalPassed: boolean;
  /** The only pass of the final evaluation was on an earlier version: it no longer counts. */
  finalPassedEarlier: boolean;
  /** The current version of the final evaluation was taken at least once. */
  finalTaken: boolean;
  /** Lessons not yet read to their end (neither « lue » nor « terminée »), in course order. */
  unread: string[];
}

/**
 * The verdict for stored progress. `slugs` are the lessons in course order; `finalHash`, the
 * final evaluation's current fingerprint (quizHash); without it, any version counts (a caller
 * that cannot know it, such as a test of the lesson rule alone).
 */
export function courseVerdict(
  slugs: readonly string[],
  lessons: LessonRecords,
  quizzes: QuizRecords,
  finalHash?: string,
): CourseVerdict {
  const final = quizzes[FINAL_QUIZ_ID];
  const current = final !== undefined && (finalHash === undefined || final.hash === finalHash);
  const finalPassed = current && final.passed;
  const finalPassedEarlier = final?.passed === true && !current;
  const unread = slugs.filter((slug) => {
    const status = lessonStatus(slug, lessons);
    return status !== 'read' && status !== 'completed';
  });
  return { passed: finalPassed && unread.length === 0, finalPassed, finalPassedEarlier, finalTaken: current, unread };
}
