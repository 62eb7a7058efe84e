/**
 * Reads content/modeles.yaml (the downloadable templates) and validates it; a broken file stops
 * the build naming the file and the field. Used by pages and by the templates integration.
 */
import { contentFile, optionalYaml, parseYaml } from './yaml-file';
import { templatesSchema, type TemplateId, type Templates } from '../schemas/templates';

/** Where the built templates live in the site. */
export const TEMPLATES_DIR = 'modeles';

/** Parses and validates the templates file's text; throws a French message naming `file`. */
export const parseTemplates = (text: string, file: string): Templates => parseYaml(text, file, templatesSchema);

const templatesFile = () => contentFile('modeles.yaml');

/** The templates' data, read once per build; undefined when the course has no modeles.yaml. */
export const findTemplates = optionalYaml('modeles.yaml', templatesSchema);

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
