// The course's own quizzes: every file is valid, every lesson ends with its quiz, every quiz a
// lesson names exists, and the final evaluation is an evaluation with an 80 % pass mark.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizSchema } from '../../../src/schemas/quiz';
import { FINAL_QUIZ_ID } from '../../../src/course';

const quizDir = 'content/quizzes';
const lessonDir = 'content/lessons';
const quizFiles = readdirSync(quizDir).filter((f) => f.endsWith('.yaml'));
const lessons = readdirSync(lessonDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => ({ file, slug: file.replace(/\.mdx$/, '').replace(/^\d+-/, ''), text: readFileSync(`${lessonDir}/${file}`, 'utf8') }));
const quizIds = new Set(quizFiles.map((f) => f.replace(/\.yaml$/, '')));

describe('course quizzes', () => {
  it.each(quizFiles)('%s is valid and its id is its file name', (file) => {
    const data = quizSchema.parse(parse(readFileSync(`${quizDir}/${file}`, 'utf8')));
    expect(`${data.id}.yaml`).toBe(file);
  });

  it.each(lessons.map((l) => [l.file, l] as const))('%s names its own quiz, which it places', (_file, lesson) => {
    const named = /^quiz: *(\S+)$/m.exec(lesson.text)?.[1];
    expect(named, 'champ « quiz » du front matter').toBeDefined();
    const ids = [...lesson.text.matchAll(/<Quiz id="([^"]+)" \/>/g)].map((m) => m[1]);
    expect(ids).toContain(named);
    for (const id of ids) expect(quizIds.has(id ?? ''), `content/quizzes/${id}.yaml`).toBe(true);
  });

  it('has a final evaluation, after the last lesson’s quiz, in evaluation mode with an 80 % pass mark', () => {
    const data = quizSchema.parse(parse(readFileSync(`${quizDir}/${FINAL_QUIZ_ID}.yaml`, 'utf8')));
    expect(data.mode).toBe('evaluation');
    expect(data.passMark).toBe(80);
    const last = lessons.at(-1);
    expect(last?.text.trimEnd().endsWith(`<Quiz id="${FINAL_QUIZ_ID}" />`)).toBe(true);
  });
});
