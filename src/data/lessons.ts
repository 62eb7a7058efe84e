/**
 * Reads the course from the content collections, in course order. The only module (with the
 * pages) that imports astro:content; the logic it applies lives in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { lessonSlug, sortLessons } from '../build-time/lesson-order';
import { describeLessonQuizProblems, describeObjectiveProblems } from '../build-time/lint/quiz-content';
import { getQuizzes } from './quizzes';

/** A lesson entry with its URL slug. */
export type Lesson = CollectionEntry<'lessons'> & { slug: string };

/** Every platform profile, sorted by `order`. */
export async function getPlatforms(): Promise<CollectionEntry<'platforms'>[]> {
  return (await getCollection('platforms')).sort((a, b) => a.data.order - b.data.order);
}

/**
 * Every lesson, sorted by `order`, each with its slug. The build stops, naming the lesson, when a
 * lesson's `quiz` field names no quiz, a room poll, a quiz the lesson does not place, or a quiz
 * that another lesson names too; and, naming quiz, question and lesson, when a question's
 * `objective` is not word for word one of its lesson's objectives.
 */
export async function getLessons(): Promise<Lesson[]> {
  const entries = await getCollection('lessons');
  const quizzes = await getQuizzes();
  const message = describeLessonQuizProblems(
    entries.map((e) => ({ file: e.filePath ?? e.id, quiz: e.data.quiz, body: e.body ?? '' })),
    new Map([...quizzes].map(([id, { quiz }]) => [id, { mode: quiz.mode }])),
  );
  if (message) throw new Error(message);
  const sorted = sortLessons(entries).map((e) => ({ ...e, slug: lessonSlug(e.id) }));
  const objectives = describeObjectiveProblems(
    [...quizzes.values()].map(({ quiz }) => quiz),
    sorted.map((l) => ({ slug: l.slug, objectives: l.data.objectives })),
  );
  if (objectives) throw new Error(objectives);
  return sorted;
}
