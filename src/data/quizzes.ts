/**
 * Reads the quizzes from the content collection, checks what zod cannot check one file at a time
 * (the id matches the file name), and adds each quiz's fingerprint. Build time only.
 */
import { getCollection } from 'astro:content';
import type { Quiz } from '../schemas/quiz';
import { quizHash } from '../build-time/quiz-hash';
import { describeIdMismatches, describeMissingQuiz } from '../build-time/lint/quiz-content';

/** A validated quiz with its fingerprint. */
export interface BuiltQuiz {
  quiz: Quiz;
  hash: string;
}

/** Every quiz, by id; the build stops when a quiz's id differs from its file name. */
export async function getQuizzes(): Promise<Map<string, BuiltQuiz>> {
  const entries = await getCollection('quizzes');
  const message = describeIdMismatches(
    entries.map((e) => ({ fileId: e.id, dataId: e.data.id, file: e.filePath ?? `${e.id}.yaml` })),
  );
  if (message) throw new Error(message);
  return new Map(entries.map((e) => [e.id, { quiz: e.data, hash: quizHash(e.data) }]));
}

/** One quiz; the build stops, naming `where`, when no quiz has this id. */
export async function getQuiz(id: string, where: string): Promise<BuiltQuiz> {
  const quizzes = await getQuizzes();
  const found = quizzes.get(id);
  if (!found) throw new Error(describeMissingQuiz(id, [...quizzes.keys()], where));
  return found;
}
