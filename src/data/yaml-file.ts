/**
 * How the course reads its YAML files outside Astro's collections (content/plan.yaml,
 * content/modeles.yaml): parse, validate against the file's schema, and on any problem stop the
 * build with a French message that names the file and each field at fault. No astro:* import, so
 * that build integrations can use it too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** What the loader needs of a schema: zod's safeParse. */
interface Schema<T> {
  safeParse(
    data: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** Path of a file of the course's content folder (COURSE_CONTENT_DIR when tests build over fixtures). */
export function contentFile(name: string, contentDir = process.env.COURSE_CONTENT_DIR ?? './content'): string {
  return resolve(contentDir, name);
}

/** Parses and validates a YAML text; throws a French message naming `file`, and each field at fault. */
export function parseYaml<T>(text: string, file: string, schema: Schema<T>): T {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file} : YAML illisible (${(error as Error).message})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.map(String).join('.') || '(racine)'} : ${i.message}`);
    throw new Error(`${file} : ${issues.join(' ; ')}`);
  }
  return result.data;
}

/**
 * A reader of one optional content file, which reads and validates it once per build: undefined
 * when the course has no such file (the small fixture courses of the tests have none).
 */
export function optionalYaml<T>(name: string, schema: Schema<T>): () => T | undefined {
  let cached: { value: T | undefined } | undefined;
  return () => {
    if (!cached) {
      const file = contentFile(name);
      cached = { value: existsSync(file) ? parseYaml(readFileSync(file, 'utf8'), file, schema) : undefined };
    }
    return cached.value;
  };
}
