/**
 * « Mon plan » as Markdown: a title, one section per step with its state and its criteria as a
 * task list (ticked when met), each field as a bold label and its text, a calendar as a table.
 * Empty fields say so. Loaded by /mon-plan/ when its button is pressed.
 */
import type { PlanValues } from './plan-data';
import { filledItems, type PlanOutline } from './plan-outline';
import {
  explainCriterion,
  sectionSummary,
  statusWord,
  type CriteriaStrings,
  type SectionState,
} from './plan-completion';

/** Words the exported files need (from src/i18n/fr-plan.ts, passed by the page). */
export interface ExportStrings {
  title: string;
  source: string;
  empty: string;
  /** Today, written in words (« 5 décembre 2026 »). */
  date: string;
  /** The learner's name, or ''. */
  learner: string;
  /** « Plan de {name}. » */
  author: string;
  criteriaTitle: string;
  criterion: string;
  status: string;
  annexTitle: string;
  annexIntro: string;
  reviewTitle: string;
  reviewSteps: readonly string[];
}

/** Escapes what Markdown would read as markup at the start of a line or inside text. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** A field's text as Markdown paragraphs (a blank line between the text's own lines). */
function paragraphs(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => escape(line.trim()))
    .filter(Boolean)
    .join('\n\n');
}

/** The whole plan as a Markdown document, with each section's state and criteria. */
export function planToMarkdown(
  outline: PlanOutline,
  values: PlanValues,
  states: readonly SectionState[],
  c: CriteriaStrings,
  t: ExportStrings,
): string {
  const out: string[] = [`# ${escape(t.title)}`, ''];
  if (t.learner) out.push(escape(t.author.replace('{name}', t.learner)), '');
  out.push(`_${escape(t.source)} ${escape(t.date)}._`, '');
  for (const step of outline) {
    out.push(`## ${escape(step.title)}`, '');
    const state = states.find((s) => s.id === step.id);
    if (state) out.push(`**${escape(sectionSummary(state, c))}**`, '');
    if (state?.criteria.length) {
      out.push(`### ${escape(t.criteriaTitle)}`, '');
      for (const k of state.criteria) {
        const why = explainCriterion(k, c);
        out.push(
          `- [${k.ok ? 'x' : ' '}] ${escape(k.text)} (${escape(statusWord(k, c))}${why ? `\u00a0: ${escape(why)}` : ''})`,
        );
      }
      out.push('');
    }
    for (const group of step.groups) {
      const items = filledItems(step, group, values);
      if (group.table) {
        const first = group.fields.map((f) => escape(f.label));
        out.push(
          `### ${escape(group.caption ?? group.legend)}`,
          '',
          `| ${first.join(' | ')} |`,
          `|${first.map(() => ' --- |').join('')}`,
        );
        for (const item of items) {
          out.push(`| ${item.fields.map((f) => escape(f.text.replace(/\s*\n\s*/g, ' ')) || ' ').join(' | ')} |`);
        }
        out.push('');
        continue;
      }
      for (const item of items) {
        out.push(`### ${escape(item.legend)}`, '');
        for (const f of item.fields) {
          out.push(`**${escape(f.label)}**`, '', f.text ? paragraphs(f.text) : `_${escape(t.empty)}_`, '');
        }
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
