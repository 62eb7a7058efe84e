/**
 * « Mon plan » in the browser tests: the plan's outline read from content/plan.yaml, the objective
 * activity's fields and a case to type in them, and the page helpers every plan test file uses
 * (seed the stored plan, read it back, open /mon-plan/).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { seedStorage, siteUrl } from './browser';
import { KEY } from './storage-keys';

interface PlanOutline {
  steps: {
    id: string;
    title: string;
    criteria: { id: string; check?: string }[];
    groups: {
      id: string;
      repeat?: number;
      fields: { id: string; kind?: string; options?: string[] }[];
      models: Record<string, string>[];
    }[];
  }[];
}

/** The plan as content/plan.yaml describes it. */
export const planFile = parse(readFileSync('content/plan.yaml', 'utf8')) as PlanOutline;
/** How many sections the plan has. */
export const SECTIONS = planFile.steps.length;

/** The self-assessment ticks of every section (criteria without a check), as stored. */
export const allTicks = (): Record<string, string> =>
  Object.fromEntries(
    planFile.steps.flatMap((s) => s.criteria.filter((c) => !c.check).map((c) => [`${s.id}.autoeval.1.${c.id}`, 'oui'])),
  );

/** Every answer of the running case (content/plan.yaml), as a stored plan: the fullest plan. */
export function fullPlan(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const s of planFile.steps) {
    for (const g of s.groups) {
      g.models.forEach((m, i) => {
        for (const [k, v] of Object.entries(m)) values[`${s.id}.${g.id}.${i + 1}.${k}`] = v;
      });
    }
  }
  return values;
}

/** The lesson with the objective activity. */
export const LESSON = '/lecons/etape-2-objectif/';
/** The selector of a part of the objective activity's n-th objective. */
export const field = (part: string, n = 1) => `#plan-objectif-objectif-${n}-${part}`;
/** A SMART objective of the running case, part by part. */
export const objective = {
  specifique: 'Amener les proches aidants de Saint-Isidore à inscrire leur parent à l’appel quotidien.',
  mesurable: '250 inscriptions au service d’appel',
  atteignable: 'Le service compte déjà 180 personnes inscrites.',
  pertinent: 'Réduire l’isolement des personnes âgées pendant les vagues de chaleur.',
  echeance: 'Du 1er juin au 31 août 2027',
};
/** The line that says which SMART part is missing. */
export const smartLine = (page: Page) => page.locator('[data-smart="objectif.objectif.1"]');

/** The plan this browser holds. */
export const stored = (page: Page) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}') as Record<string, string>, KEY.plan);

/** Stores a plan before the test opens its page: an object as JSON, a string as it is (corrupted values). */
export function seedPlan(page: Page, value: unknown): Promise<void> {
  return seedStorage(page, { [KEY.plan]: value });
}

/** Opens /mon-plan/ and waits until the plan element has filled it. */
export async function openPlan(page: Page): Promise<void> {
  await page.goto(siteUrl('/mon-plan/'));
  await page.locator('plan-view[data-drawn]').waitFor();
}
