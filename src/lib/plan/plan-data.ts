/**
 * What the learner writes in « Mon plan », as kept in the browser: a flat map from field keys
 * (« step.group.n.field ») to text. Stored and imported data is distrusted: decoding keeps only
 * well-formed keys with string values, cuts over-long text and stops at a fixed number of fields,
 * and never throws. Hand-written checks, like progress-records.ts, to stay out of the pages' budgets.
 */
/** A field key, « step.group.n.field », lower case (this also keeps out « __proto__ »). */
const KEY = /^[a-z][a-z0-9-]{0,30}\.[a-z][a-z0-9-]{0,30}\.[1-9]\.[a-z][a-z0-9-]{0,30}$/;

/** Field key → text. Empty fields are absent. */
export type PlanValues = Record<string, string>;

/** Longest text kept in one field (a long paragraph). */
export const MAX_FIELD_LENGTH = 2000;
/** Most fields kept (the plan has about sixty). */
export const MAX_FIELDS = 200;

/** The group id under which self-assessment ticks are stored (« step.autoeval.1.criterion »). */
export const SELF_GROUP = 'autoeval';

/**
 * Where fields of the first plan layout (v1: five steps and the platforms) live now: the roles,
 * approval and moderation of step 4 moved to the « Ressources » section of the same lesson.
 */
const V1_MOVES: Readonly<Record<string, string>> = {
  'action.organisation.1.roles': 'ressources.organisation.1.roles',
  'action.organisation.1.approbation': 'ressources.organisation.1.approbation',
  'action.organisation.1.moderation': 'ressources.organisation.1.moderation',
};

/**
 * A plan in the current layout: fields of the v1 layout move to their new key (a text already at
 * the new key wins). Every other key of v1 is unchanged, so a v1 plan loses nothing.
 */
export function migratePlan(values: PlanValues): PlanValues {
  if (!Object.keys(V1_MOVES).some((k) => k in values)) return values;
  const next = { ...values };
  for (const [from, to] of Object.entries(V1_MOVES)) {
    const text = next[from];
    if (text === undefined) continue;
    delete next[from];
    if (!next[to]) next[to] = text;
  }
  return next;
}

/** The stored key of one field of one repetition (n from 1) of a group. */
export function fieldKey(step: string, group: string, n: number, field: string): string {
  return `${step}.${group}.${n}.${field}`;
}

/** A field's text as kept: cut to MAX_FIELD_LENGTH, and empty when it is only spaces. */
function cleanField(text: string): string {
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
  return { values: migratePlan(values), dropped };
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

/** Two plans in one: the fields of `mine` stay, the fields only `theirs` has are added. */
export function mergePlan(mine: PlanValues, theirs: PlanValues): PlanValues {
  return { ...theirs, ...mine };
}

/** Whether a section (step id) has any text. */
export function isStepFilled(values: PlanValues, step: string): boolean {
  return Object.keys(values).some((key) => key.startsWith(`${step}.`));
}
