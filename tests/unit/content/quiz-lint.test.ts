// The course's own quizzes pass the content lint (src/build-time/lint/quiz-lint.ts): no pattern lets a
// test-wise learner pass without knowing the answers.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizSchema } from '../../../src/schemas/quiz';
import { formatFindings, lintQuizzes } from '../../../src/build-time/lint/quiz-lint';
import { FINAL_QUIZ_ID } from '../../../src/course';
import { readLessonFiles } from '../../support/course-files';

const dir = 'content/quizzes';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: `${dir}/${f}`, quiz: quizSchema.parse(parse(readFileSync(`${dir}/${f}`, 'utf8'))) }));

// The bank rules read the lessons too: their objectives and their example boxes.
const lessons = readLessonFiles().map((l) => ({
  file: `content/lessons/${l.file}`,
  slug: l.slug,
  objectives: l.objectives,
  body: readFileSync(`content/lessons/${l.file}`, 'utf8'),
}));

describe('content lint of the course’s quizzes', () => {
  it('reports nothing', () => {
    expect(formatFindings(lintQuizzes(files, FINAL_QUIZ_ID, lessons))).toBe('');
  });
});
