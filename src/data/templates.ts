/**
 * Reads content/modeles.yaml (the downloadable templates) and validates it; a broken file stops
 * the build naming the file and the field. Used by pages and by the templates integration.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { templatesSchema, type TemplateId, type Templates } from '../schemas/templates';

/** Where the built templates live in the site. */
export const TEMPLATES_DIR = 'modeles';

/** Parses and validates the templates file's text; throws a French message naming `file`. */
export function parseTemplates(text: string, file: string): Templates {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file} : YAML illisible (${(error as Error).message})`);
  }
  const result = templatesSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(racine)'} : ${i.message}`);
    throw new Error(`${file} : ${issues.join(' ; ')}`);
  }
  return result.data;
}

let cached: { templates: Templates | undefined } | undefined;
const templatesFile = () => resolve(process.env.COURSE_CONTENT_DIR ?? './content', 'modeles.yaml');

/** The templates' data, read once per build; undefined when the course has no modeles.yaml. */
export function findTemplates(): Templates | undefined {
  if (!cached) {
    const file = templatesFile();
    cached = { templates: existsSync(file) ? parseTemplates(readFileSync(file, 'utf8'), file) : undefined };
  }
  return cached.templates;
}

/** The templates' data; stops the build, naming the file, when the course has none. */
export function getTemplates(): Templates {
  const templates = findTemplates();
  if (!templates) throw new Error(`${templatesFile()} est introuvable : <CaseStudy template> en a besoin.`);
  return templates;
}

/** Every template, in course order, with its id. */
export function templateList(templates: Templates): ({ id: TemplateId } & Templates[TemplateId])[] {
  return (['calendrier', 'tableau', 'netiquette'] as const).map((id) => ({ id, ...templates[id] }));
}
