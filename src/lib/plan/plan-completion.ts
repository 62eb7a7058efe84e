/**
 * The one rule that says whether a section of « Mon plan » is « complète »: its automated
 * criteria pass and its self-assessed criteria are ticked (warnings never count). The home page,
 * /mon-plan/, the activities, the certificate and the exports all ask this module.
 */
import type { CheckKind } from '../../schemas/plan';
import { runCheck, type CheckContext, type CheckResult } from './plan-criteria';
import { fieldKey, SELF_GROUP, type PlanValues } from './plan-data';
import type { OutlineCriterion, OutlineStep, PlanOutline } from './plan-outline';
import { fill, fillPlural, type Plural } from '../template';

/** A criterion's state in a plan. */
export interface CriterionState {
  id: string;
  text: string;
  /** « auto »: checked from the text; « self »: ticked by the learner; « warn »: a warning only. */
  kind: 'auto' | 'self' | 'warn';
  ok: boolean;
  /** The automated check, when there is one. */
  check?: CheckKind;
  /** What the check found (automated and warning criteria). */
  result?: CheckResult;
}

/** A section's state in a plan. */
export interface SectionState {
  id: string;
  title: string;
  /** Whether the section holds any text. */
  started: boolean;
  complete: boolean;
  criteria: CriterionState[];
}

/** The stored key of a self-assessment tick. */
export function selfKey(step: string, criterion: string): string {
  return fieldKey(step, SELF_GROUP, 1, criterion);
}

/** The value stored for a ticked self-assessment. */
export const TICKED = 'oui';

/** Which repetitions of a group a check reads: all rows of a table, else the first and any with text. */
function repetitions(outline: PlanOutline, ref: { step: string; group: string }, values: PlanValues): number[] {
  const group = outline.find((s) => s.id === ref.step)?.groups.find((g) => g.id === ref.group);
  if (!group) return [1];
  const all = Array.from({ length: group.repeat }, (_, i) => i + 1);
  if (group.table) return all;
  const prefix = (n: number) => `${ref.step}.${ref.group}.${n}.`;
  return all.filter((n) => n === 1 || Object.keys(values).some((k) => k.startsWith(prefix(n))));
}

/** Runs a criterion's check on every repetition it reads; the first that fails decides. */
function checkCriterion(
  outline: PlanOutline,
  step: OutlineStep,
  c: OutlineCriterion,
  values: PlanValues,
  ctx: CheckContext,
): CheckResult {
  const kind = c.check;
  if (!kind) return { ok: false, reason: 'self' };
  // The group of the section's own first field sets the repetitions; fields of another section
  // or another group are read from all their repetitions at once.
  const own = c.fields.find((f) => f.step === step.id) ?? c.fields[0];
  const text = (f: { step: string; group: string; field: string }, n: number) =>
    values[fieldKey(f.step, f.group, n, f.field)] ?? '';
  const joined = (f: { step: string; group: string; field: string }) =>
    repetitions(outline, f, values)
      .map((n) => text(f, n))
      .filter(Boolean)
      .join('\n');
  let last: CheckResult = { ok: true, reason: 'ok' };
  for (const n of own ? repetitions(outline, own, values) : [1]) {
    const texts = c.fields.map((f) => (own && f.step === own.step && f.group === own.group ? text(f, n) : joined(f)));
    last = runCheck(kind, texts, ctx);
    if (!last.ok) return last;
  }
  return last;
}

/** The state of one section: each criterion, and whether it is complete. */
export function sectionState(
  outline: PlanOutline,
  step: OutlineStep,
  values: PlanValues,
  ctx: CheckContext,
): SectionState {
  const criteria = step.criteria.map((c): CriterionState => {
    if (!c.check) return { id: c.id, text: c.text, kind: 'self', ok: values[selfKey(step.id, c.id)] === TICKED };
    const result = checkCriterion(outline, step, c, values, ctx);
    return { id: c.id, text: c.text, kind: c.warn ? 'warn' : 'auto', ok: result.ok, check: c.check, result };
  });
  const started = step.groups.some((g) => Object.keys(values).some((k) => k.startsWith(`${step.id}.${g.id}.`)));
  const complete = started && criteria.every((c) => c.kind === 'warn' || c.ok);
  return { id: step.id, title: step.title, started, complete, criteria };
}

/** The state of the whole plan: every section, and « complété » only when all are complete. */
export function planState(
  outline: PlanOutline,
  values: PlanValues,
  ctx: CheckContext,
): { sections: SectionState[]; completed: SectionState[]; complete: boolean } {
  const sections = outline.map((step) => sectionState(outline, step, values, ctx));
  const completed = sections.filter((s) => s.complete);
  return { sections, completed, complete: sections.length > 0 && completed.length === sections.length };
}

/** Words that explain criteria (src/i18n/fr-plan.ts `criteria`, passed as data to browser code). */
export interface CriteriaStrings {
  met: string;
  unmet: string;
  warn: string;
  selfOk: string;
  selfTodo: string;
  complete: string;
  incomplete: Plural;
  notStarted: string;
  reasons: Record<string, string>;
}

/** A criterion's status word: « Rempli », « À compléter » or « À vérifier ». */
export function statusWord(c: CriterionState, t: CriteriaStrings): string {
  if (c.ok) return t.met;
  return c.kind === 'warn' ? t.warn : t.unmet;
}

/** The one sentence that explains a criterion's state. */
export function explainCriterion(c: CriterionState, t: CriteriaStrings): string {
  if (c.kind === 'self') return c.ok ? t.selfOk : t.selfTodo;
  const r = c.result;
  return r ? fill(t.reasons[`${c.check ?? ''}.${r.reason}`] ?? '', { detail: r.detail ?? '' }) : '';
}

/** The one line that sums up a section: complete, not started, or how many criteria are met. */
export function sectionSummary(s: SectionState, t: CriteriaStrings): string {
  if (s.complete) return t.complete;
  if (!s.started) return t.notStarted;
  const counted = s.criteria.filter((c) => c.kind !== 'warn');
  return fillPlural(t.incomplete, counted.filter((c) => c.ok).length, { total: counted.length });
}
