/**
 * Reads content/plan.yaml (the plan's sections and the running case's answers) and validates it;
 * a broken file stops the build with the file and the field named. Also used by the templates
 * integration, hence no astro:* import.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { planSchema, type PlanDefinition } from '../schemas/plan';

/** Path of the plan file, under COURSE_CONTENT_DIR when tests build over fixtures. */
export function planFile(contentDir = process.env.COURSE_CONTENT_DIR ?? './content'): string {
  return resolve(contentDir, 'plan.yaml');
}

/** Parses and validates a plan file's text; throws a French message naming `file`. */
export function parsePlan(text: string, file: string): PlanDefinition {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file} : YAML illisible (${(error as Error).message})`);
  }
  const result = planSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(racine)'} : ${i.message}`);
    throw new Error(`${file} : ${issues.join(' ; ')}`);
  }
  return result.data;
}

let cached: { plan: PlanDefinition | undefined } | undefined;

/**
 * The plan's description, read once per build; undefined when the course has no plan.yaml (a
 * course without « Mon plan », such as the small fixture courses of the tests).
 */
export function findPlan(): PlanDefinition | undefined {
  if (!cached) {
    const file = planFile();
    cached = { plan: existsSync(file) ? parsePlan(readFileSync(file, 'utf8'), file) : undefined };
  }
  return cached.plan;
}

/** The plan's description; stops the build, naming the file, when the course has none. */
export function getPlan(): PlanDefinition {
  const plan = findPlan();
  if (!plan)
    throw new Error(`${planFile()} est introuvable : les activités « À vous » et le cas fil rouge en ont besoin.`);
  return plan;
}
