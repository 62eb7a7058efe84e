/**
 * The plan's description as the browser needs it for /mon-plan/ and the exports: sections,
 * groups and field labels, without the running case's answers. Pure, shared by the page, the
 * Markdown export and the Word export.
 */
import type { PlanDefinition } from '../schemas/plan';
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

/** One section of the plan. */
export interface OutlineStep {
  id: string;
  title: string;
  lesson: string;
  counts: boolean;
  groups: OutlineGroup[];
}

/** The plan's sections in order. */
export type PlanOutline = OutlineStep[];

/** The outline of a validated plan description. */
export function planOutline(plan: PlanDefinition): PlanOutline {
  return plan.steps.map((s) => ({
    id: s.id,
    title: s.title,
    lesson: s.lesson,
    counts: s.counts,
    groups: s.groups.map((g) => ({
      id: g.id,
      legend: g.legend,
      caption: g.caption,
      repeat: g.repeat,
      table: g.table,
      fields: g.fields.map((f) => ({ id: f.id, label: f.label })),
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
