/**
 * The learner's progress: lessons visited and completed, and quiz results, each persisted under
 * a versioned localStorage key. Export and import live in progress-transfer.ts, so that lesson
 * pages do not load them.
 */
import { readStored, storedAtom } from './storage';
import {
  decodeLessons,
  decodeQuizzes,
  mergeLessons,
  mergeQuizzes,
  withAttempt,
  type LessonRecords,
  type QuizRecords,
} from '../lib/progress/progress-records';
import type { QuizScore } from '../lib/quiz/scoring';
import { storageKey } from '../lib/storage/storage-keys';

/** localStorage key of lesson records (versioned: a new shape gets a new key). */
export const LESSONS_KEY = storageKey('lessons');
/** localStorage key of quiz records. */
export const QUIZZES_KEY = storageKey('quizzes');

/** Lesson records by lesson slug. */
export const $lessons = storedAtom<LessonRecords>(LESSONS_KEY, {}, decodeLessons);
/** Quiz records by quiz id. */
export const $quizResults = storedAtom<QuizRecords>(QUIZZES_KEY, {}, decodeQuizzes);

// Each action starts from this tab's records merged with what storage holds now: another tab may
// have written a moment ago, before its « storage » event arrived here, and its work must not be
// overwritten (two tabs finishing quizzes at the same time keep both results).
/** This tab's lesson records merged with what storage holds now (see above). */
export const currentLessons = () => mergeLessons($lessons.get(), decodeLessons(readStored(LESSONS_KEY)));
const currentQuizzes = () => mergeQuizzes($quizResults.get(), decodeQuizzes(readStored(QUIZZES_KEY)));

/** Notes that a lesson page was opened (the first time only: the date stays the first visit). */
export function markVisited(slug: string, now = new Date()): void {
  const lessons = currentLessons();
  if (lessons[slug]) return;
  $lessons.set({ ...lessons, [slug]: { visitedAt: now.toISOString() } });
}

/** Notes that a lesson is completed (and visited, if it somehow was not). */
export function markCompleted(slug: string, now = new Date()): void {
  const lessons = currentLessons();
  const at = now.toISOString();
  if (lessons[slug]?.completedAt) return;
  // The record keeps what else it holds (read to the end, place in the lesson).
  $lessons.set({ ...lessons, [slug]: { ...(lessons[slug] ?? { visitedAt: at }), completedAt: at } });
}

/** Records a finished attempt at a quiz whose current fingerprint is `hash`. */
export function recordAttempt(quizId: string, hash: string, score: QuizScore, now = new Date()): void {
  const quizzes = currentQuizzes();
  $quizResults.set({ ...quizzes, [quizId]: withAttempt(quizzes[quizId], hash, score, now) });
}

/** Forgets every lesson and quiz record (the name typed for the certificate stays). */
export function resetProgress(): void {
  $lessons.set({});
  $quizResults.set({});
}
