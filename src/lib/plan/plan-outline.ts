/**
 * The plan's description as the browser needs it for /mon-plan/ and the exports: sections,
 * groups and field labels, without the running case's answers. Pure, shared by the page, the
 * Markdown export and the Word export.
 */
import type { CheckKind, PlanDefinition } from '../../schemas/plan';
import { fieldKey, type PlanValues } from './plan-data';

/** One field: its stored key's last part and its label. */
export interface OutlineField {
  id: string;
  label: string;
}

/** One group, repeated `repeat` times; `table` groups read as a table (a calendar). */
export interface OutlineGroup {
  id: string;
  legend: string;
  /** Caption of a table group (« Calendrier de quatre semaines »). */
  caption?: string | undefined;
  repeat: number;
  table: boolean;
  fields: OutlineField[];
}

/** A field a criterion reads, with the section and group it belongs to. */
export interface FieldRef {
  step: string;
  group: string;
  field: string;
}

/** One criterion: automated when it has a check, else ticked by the learner. */
export interface OutlineCriterion {
  id: string;
  text: string;
  check?: CheckKind | undefined;
  fields: FieldRef[];
  warn: boolean;
}

/** One section of the plan. */
export interface OutlineStep {
  id: string;
  title: string;
  lesson: string;
  groups: OutlineGroup[];
  criteria: OutlineCriterion[];
}

/** The plan's sections in order. */
export type PlanOutline = OutlineStep[];

/** The outline of a validated plan description. */
export function planOutline(plan: PlanDefinition): PlanOutline {
  return plan.steps.map((s) => ({
    id: s.id,
    title: s.title,
    lesson: s.lesson,
    groups: s.groups.map((g) => ({
      id: g.id,
      legend: g.legend,
      caption: g.caption,
      repeat: g.repeat,
      table: g.table,
      fields: g.fields.map((f) => ({ id: f.id, label: f.label })),
    })),
    criteria: s.criteria.map((c) => ({
      id: c.id,
      text: c.text,
      check: c.check,
      warn: c.warn,
      fields: (c.fields ?? []).map((ref) => {
        const parts = ref.split('.');
        const [step = s.id, group = '', field = ''] = parts.length === 3 ? parts : [s.id, ...parts];
        return { step, group, field };
      }),
    })),
  }));
}

/** One repetition of a group with its fields' text ('' when empty), as shown and exported. */
export interface FilledItem {
  /** Legend, numbered when the group repeats (« Objectif 2 »). */
  legend: string;
  /** Repetition number, from 1. */
  n: number;
  fields: { id: string; label: string; key: string; text: string }[];
  /** Whether every field is empty. */
  empty: boolean;
}

/**
 * The repetitions of a group to show: the first always (so that what is empty is seen as such),
 * further ones only when they hold text; a table group keeps all its rows.
 */
export function filledItems(step: OutlineStep, group: OutlineGroup, values: PlanValues): FilledItem[] {
  const items: FilledItem[] = [];
  for (let n = 1; n <= group.repeat; n++) {
    const fields = group.fields.map((f) => {
      const key = fieldKey(step.id, group.id, n, f.id);
      return { id: f.id, label: f.label, key, text: values[key] ?? '' };
    });
    const empty = fields.every((f) => !f.text);
    if (n === 1 || !empty || group.table) {
      items.push({ legend: group.repeat > 1 ? `${group.legend} ${n}` : group.legend, n, fields, empty });
    }
  }
  return items;
}

/** One section of the running case's answers, for the annex of the Word file. */
export interface ModelSection {
  title: string;
  items: { legend: string; fields: { label: string; text: string }[] }[];
}

/** The running case's answers, section by section, in the plan's order. */
export function planModels(plan: PlanDefinition): ModelSection[] {
  return plan.steps.map((s) => ({
    title: s.title,
    items: s.groups.flatMap((g) =>
      g.models.map((model, i) => ({
        legend: g.repeat > 1 ? `${g.legend} ${i + 1}` : g.legend,
        fields: g.fields.filter((f) => model[f.id]).map((f) => ({ label: f.label, text: model[f.id] ?? '' })),
      })),
    ),
  }));
}
