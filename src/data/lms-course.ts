/**
 * The course as the SCORM package's LMS adapter must know it, from the content collections: the
 * lessons in course order and the final evaluation's current fingerprint (so that the LMS and the
 * attestation judge the same version). Written into every page of the package by PageHead.astro.
 * Build time only.
 */
import { FINAL_QUIZ_ID } from '../course';
import type { LmsCourse } from '../lib/lms/scorm';
import { getLessons } from './lessons';
import { getQuizzes } from './quizzes';

let course: Promise<LmsCourse> | undefined;

/** The course, read once per build (every page of the package asks for it). */
export function getLmsCourse(): Promise<LmsCourse> {
  course ??= readLmsCourse();
  return course;
}

async function readLmsCourse(): Promise<LmsCourse> {
  const lessons = (await getLessons()).map((l) => l.slug);
  const final = (await getQuizzes()).get(FINAL_QUIZ_ID);
  return final ? { lessons, finalQuizId: FINAL_QUIZ_ID, finalHash: final.hash } : { lessons };
}
