/**
 * « Mon plan » as a Word document, made in the browser with the docx library: per section its
 * state and a table of its criteria with their status, then an annex with the running case's
 * answers and a short guide « Faire relire votre plan ». Language fr-CA, the learner as author,
 * the date in words; characters XML 1.0 forbids are dropped from every text. Loaded by /mon-plan/
 * only when its « Word » button is pressed (dynamic import), so no page pays for it.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { PlanValues } from '../../lib/plan/plan-data';
import { filledItems, type ModelSection, type PlanOutline } from '../../lib/plan/plan-outline';
import type { ExportStrings } from '../../lib/plan/plan-markdown';
import {
  explainCriterion,
  sectionSummary,
  statusWord,
  type CriteriaStrings,
  type SectionState,
} from '../../lib/plan/plan-completion';
import { xmlText } from '../../lib/xml-text';

/** The language of every run of the document. */
const DOCX_LANGUAGE = 'fr-CA';

const run = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text: xmlText(text), ...options });
const para = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: [run(text, options)] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text: xmlText(text), heading: level });

/** A field's text, one paragraph per line of text. */
function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => para(line));
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [para(text, { bold })] });
}

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((text) => cell(text)) })),
    ],
  });
}

/** A section's state and its criteria table. */
function criteriaBlock(state: SectionState, c: CriteriaStrings, t: ExportStrings): (Paragraph | Table)[] {
  return [
    para(sectionSummary(state, c), { bold: true }),
    heading(t.criteriaTitle, HeadingLevel.HEADING_2),
    table(
      [t.criterion, t.status],
      state.criteria.map((k) => {
        const why = explainCriterion(k, c);
        return [k.text, why ? `${statusWord(k, c)}. ${why}` : statusWord(k, c)];
      }),
    ),
  ];
}

/** The whole plan as a .docx file. */
export async function planToDocx(
  outline: PlanOutline,
  values: PlanValues,
  states: readonly SectionState[],
  c: CriteriaStrings,
  models: readonly ModelSection[],
  t: ExportStrings,
): Promise<Blob> {
  const children: (Paragraph | Table)[] = [heading(t.title, HeadingLevel.TITLE)];
  if (t.learner) children.push(para(t.author.replace('{name}', t.learner), { bold: true }));
  children.push(para(`${t.source} ${t.date}.`, { italics: true }));
  for (const step of outline) {
    children.push(heading(step.title, HeadingLevel.HEADING_1));
    const state = states.find((s) => s.id === step.id);
    if (state) children.push(...criteriaBlock(state, c, t));
    for (const group of step.groups) {
      const items = filledItems(step, group, values);
      if (group.table) {
        children.push(heading(group.caption ?? group.legend, HeadingLevel.HEADING_2));
        children.push(
          table(
            group.fields.map((f) => f.label),
            items.map((item) => item.fields.map((f) => f.text)),
          ),
        );
        continue;
      }
      for (const item of items) {
        children.push(heading(item.legend, HeadingLevel.HEADING_2));
        for (const f of item.fields) {
          children.push(para(f.label, { bold: true }));
          if (f.text) children.push(...textParagraphs(f.text));
          else children.push(para(t.empty, { italics: true }));
        }
      }
    }
  }
  children.push(heading(t.reviewTitle, HeadingLevel.HEADING_1));
  t.reviewSteps.forEach((s, i) => children.push(para(`${i + 1}. ${s}`)));
  children.push(heading(t.annexTitle, HeadingLevel.HEADING_1), para(t.annexIntro, { italics: true }));
  for (const section of models) {
    children.push(heading(section.title, HeadingLevel.HEADING_2));
    for (const item of section.items) {
      children.push(para(item.legend, { bold: true }));
      for (const f of item.fields)
        children.push(new Paragraph({ children: [run(`${f.label}\u00a0: `, { bold: true }), run(f.text)] }));
    }
  }
  const author = xmlText(t.learner) || xmlText(t.source);
  const doc = new Document({
    title: xmlText(t.title),
    creator: author,
    lastModifiedBy: author,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: DOCX_LANGUAGE } } } } },
    sections: [{ children }],
  });
  return Packer.toBlob(doc);
}
