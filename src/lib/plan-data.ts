/**
 * What the learner writes in « Mon plan », as kept in the browser: a flat map from field keys
 * (« step.group.n.field ») to text. Stored and imported data is distrusted: decoding keeps only
 * well-formed keys with string values, cuts over-long text and stops at a fixed number of fields,
 * and never throws. Hand-written checks, like progress-records.ts, to stay out of the pages' budgets.
 */
import { PLAN_KEY_PATTERN as KEY } from './plan-count';

/** Field key → text. Empty fields are absent. */
export type PlanValues = Record<string, string>;

/** Longest text kept in one field (a long paragraph). */
export const MAX_FIELD_LENGTH = 2000;
/** Most fields kept (the plan has about sixty). */
export const MAX_FIELDS = 200;

/** The stored key of one field of one repetition (n from 1) of a group. */
export function fieldKey(step: string, group: string, n: number, field: string): string {
  return `${step}.${group}.${n}.${field}`;
}

/** A field's text as kept: cut to MAX_FIELD_LENGTH, and empty when it is only spaces. */
export function cleanField(text: string): string {
  const cut = text.slice(0, MAX_FIELD_LENGTH);
  return cut.trim() === '' ? '' : cut;
}

/** Copies the valid fields of any value; `dropped` says whether anything was left out. */
export function pickPlan(value: unknown): { values: PlanValues; dropped: boolean } {
  const values: PlanValues = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { values, dropped: true };
  let dropped = false;
  let count = 0;
  for (const [key, text] of Object.entries(value)) {
    if (count >= MAX_FIELDS || !KEY.test(key) || typeof text !== 'string') {
      dropped = true;
      continue;
    }
    const kept = cleanField(text);
    if (kept !== text) dropped = true;
    if (kept) {
      values[key] = kept;
      count++;
    }
  }
  return { values, dropped };
}

/** Decodes the stored plan; bad entries are dropped, anything unreadable gives {}. */
export function decodePlan(raw: string | null | undefined): PlanValues {
  if (typeof raw !== 'string') return {};
  try {
    return pickPlan(JSON.parse(raw)).values;
  } catch {
    return {};
  }
}

/** The plan with one field set (an empty text removes it). */
export function withField(values: PlanValues, key: string, text: string): PlanValues {
  if (!KEY.test(key)) return values;
  const next = { ...values };
  const kept = cleanField(text);
  if (kept) next[key] = kept;
  else delete next[key];
  return next;
}

/** Whether a section (step id) has any text. */
export function isStepFilled(values: PlanValues, step: string): boolean {
  return Object.keys(values).some((key) => key.startsWith(`${step}.`));
}

/** How many of the given sections have some text. */
export function countFilled(values: PlanValues, steps: readonly string[]): number {
  return steps.filter((step) => isStepFilled(values, step)).length;
}
