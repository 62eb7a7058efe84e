/**
 * node scripts/lint-quizzes.ts [dir] — validates every quiz file of content/quizzes (or `dir`) with
 * the site's schema, then runs the content lint (src/build-time/lint/quiz-lint.ts), the bank rules with the
 * lessons of content/lessons. Prints one line per finding and exits 1 when there is any;
 * `npm test` runs the same lint as a unit test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { quizSchema } from '../src/schemas/quiz.ts';
import { formatFindings, lintQuizzes, type LessonFile, type QuizFile } from '../src/build-time/lint/quiz-lint.ts';
import { lessonSlug } from '../src/build-time/lesson-order.ts';
import { FINAL_QUIZ_ID } from '../src/course.ts';

const dir = process.argv[2] ?? 'content/quizzes';
const files: QuizFile[] = [];
let invalid = 0;
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const file = `${dir}/${name}`;
  const parsed = quizSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    invalid++;
    console.log(
      `${file} : invalide\n${parsed.error.issues.map((i) => `  ${i.path.join('.')} : ${i.message}`).join('\n')}`,
    );
    continue;
  }
  files.push({ file, quiz: parsed.data });
}
const lessons: LessonFile[] = readdirSync('content/lessons')
  .filter((f) => f.endsWith('.mdx'))
  .map((name) => {
    const file = `content/lessons/${name}`;
    const body = readFileSync(file, 'utf8');
    const front = (parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(body)?.[1] ?? '') ?? {}) as { objectives?: unknown };
    const objectives = Array.isArray(front.objectives) ? front.objectives.map(String) : [];
    return { file, slug: lessonSlug(name.replace(/\.mdx$/, '')), objectives, body };
  });
const findings = lintQuizzes(files, FINAL_QUIZ_ID, lessons);
if (findings.length > 0) console.log(formatFindings(findings));
console.log(`${files.length} questionnaires lus, ${invalid} invalides, ${findings.length} constats.`);
process.exit(findings.length > 0 || invalid > 0 ? 1 : 0);
