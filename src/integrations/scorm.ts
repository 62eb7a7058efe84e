/**
 * The LMS probe of the SCORM package. With SCORM=1 (set by scripts/build-scorm.ts), every page
 * gets src/client/lms/lms-probe.ts as a bundled module script, told what the adapter needs to know of
 * the course (lessons in order, whether a final evaluation sets passed or failed). Without it, this
 * integration does nothing: the normal site's pages and scripts stay exactly as they are.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { lessonSlug } from '../build-time/lesson-order';
import { FINAL_QUIZ_ID } from '../course';
import { quizHash } from '../build-time/quiz-hash';
import { quizSchema } from '../schemas/quiz';
import type { PageCourse } from '../client/lms/lms-adapter';

/** The course as the adapter sees it, read from the content folder's lesson and quiz files. */
export function readCourse(contentDir: string): PageCourse {
  const lessonsDir = join(contentDir, 'lessons');
  const lessons = readdirSync(lessonsDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(lessonsDir, file), 'utf8'))?.[1] ?? '';
      const data = (parse(front) ?? {}) as { title?: unknown; order?: unknown };
      return {
        slug: lessonSlug(file.replace(/\.mdx$/, '')),
        title: String(data.title ?? ''),
        order: Number(data.order),
      };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ slug, title }) => ({ slug, title }));
  const file = join(contentDir, 'quizzes', `${FINAL_QUIZ_ID}.yaml`);
  // Fingerprinted as the site does (the validated quiz, defaults filled), so the LMS judges the
  // same version as the attestation.
  const final = existsSync(file)
    ? { finalQuizId: FINAL_QUIZ_ID, finalHash: quizHash(quizSchema.parse(parse(readFileSync(file, 'utf8')))) }
    : {};
  return { lessons, ...final };
}

/** Adds the LMS probe to every page when SCORM=1; otherwise nothing. */
export default function scormProbe(): AstroIntegration {
  return {
    name: 'msst-scorm-probe',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        if (process.env.SCORM !== '1') return;
        const course = readCourse(process.env.COURSE_CONTENT_DIR ?? './content');
        const probe = fileURLToPath(new URL('../client/lms/lms-probe.ts', import.meta.url));
        injectScript(
          'page',
          `import { startProbe } from ${JSON.stringify(probe)};\nstartProbe(${JSON.stringify(course)});`,
        );
      },
    },
  };
}
