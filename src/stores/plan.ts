/**
 * « Mon plan »: what the learner writes in the « À vous » activities, persisted under a versioned
 * localStorage key and decoded defensively (src/lib/plan/plan-data.ts). Components call the actions.
 */
import { storedAtom } from './storage';
import { decodePlan, withField, type PlanValues } from '../lib/plan/plan-data';
import { storageKey } from '../lib/storage/storage-keys';

/** localStorage key of « Mon plan ». */
export const PLAN_KEY = storageKey('plan');

/** The learner's plan: field key → text. */
export const $plan = storedAtom<PlanValues>(PLAN_KEY, {}, decodePlan);

/** Keeps the text of one field (an empty text removes it). */
export function setPlanField(key: string, text: string): void {
  const current = $plan.get();
  const next = withField(current, key, text);
  if (next !== current && (next[key] ?? '') !== (current[key] ?? '')) $plan.set(next);
}

/** Replaces the whole plan (an imported file, already decoded). */
export function replacePlan(values: PlanValues): void {
  $plan.set(values);
}

/** Forgets the whole plan. */
export function clearPlan(): void {
  $plan.set({});
}
