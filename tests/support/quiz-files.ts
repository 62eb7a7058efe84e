/**
 * Reads the course's quizzes from content/quizzes, validated with the site's own schema, so
 * browser tests answer whatever quizzes the course holds — right or wrong on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { quizSchema, type Quiz } from '../../src/schemas/quiz';

/** Every quiz of content/quizzes, by id. */
export function readQuizFiles(dir = 'content/quizzes'): Map<string, Quiz> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const quiz = quizSchema.parse(parse(readFileSync(`${dir}/${f}`, 'utf8')));
        return [quiz.id, quiz] as const;
      }),
  );
}

/** One quiz by id; throws when it is missing. */
export function readQuiz(id: string): Quiz {
  const quiz = readQuizFiles().get(id);
  if (!quiz) throw new Error(`content/quizzes/${id}.yaml introuvable`);
  return quiz;
}
