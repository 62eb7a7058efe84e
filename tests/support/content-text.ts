/**
 * The course text the content checks read, straight from content/: lessons, quizzes, platform
 * profiles, sources and the À propos page, each with its path; plus the 2017 outline's own words.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One content file and its text. */
export interface ContentFile {
  file: string;
  text: string;
}

function filesIn(dir: string, ext: string): ContentFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

/** Every text file of the course that a learner or a trainer reads. */
export function readCourseText(root = 'content'): ContentFile[] {
  const single = ['sources.yaml', 'pages/a-propos.mdx']
    .map((f) => join(root, f))
    .filter((f) => existsSync(f))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  return [
    ...filesIn(join(root, 'lessons'), '.mdx'),
    ...filesIn(join(root, 'quizzes'), '.yaml'),
    ...filesIn(join(root, 'platforms'), '.yaml'),
    ...single,
  ];
}

/** The 2017 outline, as the outline test reads it. */
export function readOutline(): { slides: { title: string; items: string[] }[]; credits: string[] } {
  return JSON.parse(readFileSync('tests/fixtures/outline-2017.json', 'utf8')) as {
    slides: { title: string; items: string[] }[];
    credits: string[];
  };
}
