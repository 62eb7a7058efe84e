/**
 * Reads lesson frontmatter straight from content/lessons, independently of the site's own code,
 * so browser tests compare the built pages against the source files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What a test needs of a lesson file. */
export interface LessonFile {
  file: string;
  slug: string;
  title: string;
  order: number;
  objectives: string[];
}

/** Every lesson of content/lessons, sorted by order. */
export function readLessonFiles(dir = 'content/lessons'): LessonFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---/.exec(text);
      if (!match?.[1]) throw new Error(`${file} : pas de frontmatter`);
      const data = parse(match[1]) as { title: string; order: number; objectives: string[] };
      return { file, slug: file.replace(/\.mdx$/, '').replace(/^\d+-/, ''), ...data };
    })
    .sort((a, b) => a.order - b.order);
}
