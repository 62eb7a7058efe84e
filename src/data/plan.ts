/**
 * Reads content/plan.yaml (the plan's sections and the running case's answers) and validates it;
 * a broken file stops the build with the file and the field named. Also used by the templates
 * integration, hence no astro:* import.
 */
import { contentFile, optionalYaml, parseYaml } from './yaml-file';
import { planSchema, type PlanDefinition } from '../schemas/plan';

/** Path of the plan file, under COURSE_CONTENT_DIR when tests build over fixtures. */
const planFile = (): string => contentFile('plan.yaml');

/** Parses and validates a plan file's text; throws a French message naming `file`. */
export const parsePlan = (text: string, file: string): PlanDefinition => parseYaml(text, file, planSchema);

/**
 * The plan's description, read once per build; undefined when the course has no plan.yaml (a
 * course without « Mon plan », such as the small fixture courses of the tests).
 */
export const findPlan = optionalYaml('plan.yaml', planSchema);

/** The plan's description; stops the build, naming the file, when the course has none. */
export function getPlan(): PlanDefinition {
  const plan = findPlan();
  if (!plan)
    throw new Error(`${planFile()} est introuvable : les activités « À vous » et le cas fil rouge en ont besoin.`);
  return plan;
}
