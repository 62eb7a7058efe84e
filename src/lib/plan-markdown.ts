/**
 * « Mon plan » as Markdown: a title, one section per step, each field as a bold label and its
 * text, a calendar as a table. Empty fields say so. Loaded by /mon-plan/ when its button is pressed.
 */
import type { PlanValues } from './plan-data';
import { filledItems, type PlanOutline } from './plan-outline';

/** Words the Markdown file needs (from src/i18n/fr-plan.ts, passed by the page). */
export interface MarkdownStrings {
  title: string;
  source: string;
  empty: string;
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

/** The whole plan as a Markdown document. `date` is shown as written (YYYY-MM-DD). */
export function planToMarkdown(outline: PlanOutline, values: PlanValues, t: MarkdownStrings, date: string): string {
  const out: string[] = [`# ${escape(t.title)}`, '', `_${escape(t.source)} ${date}._`, ''];
  for (const step of outline) {
    out.push(`## ${escape(step.title)}`, '');
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
