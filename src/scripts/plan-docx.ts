/**
 * « Mon plan » as a Word document, made in the browser with the docx library. Loaded by
 * /mon-plan/ only when its « Word » button is pressed (dynamic import), so no page pays for it.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { PlanValues } from '../lib/plan-data';
import { filledItems, type PlanOutline } from '../lib/plan-outline';
import type { MarkdownStrings } from '../lib/plan-markdown';

/** A field's text, one paragraph per line of text. */
function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => new Paragraph({ text: line }));
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

/** The whole plan as a .docx file. */
export async function planToDocx(
  outline: PlanOutline,
  values: PlanValues,
  t: MarkdownStrings,
  date: string,
): Promise<Blob> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: t.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: `${t.source} ${date}.`, italics: true })] }),
  ];
  for (const step of outline) {
    children.push(new Paragraph({ text: step.title, heading: HeadingLevel.HEADING_1 }));
    for (const group of step.groups) {
      const items = filledItems(step, group, values);
      if (group.table) {
        children.push(new Paragraph({ text: group.caption ?? group.legend, heading: HeadingLevel.HEADING_2 }));
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: group.fields.map((f) => cell(f.label, true)) }),
              ...items.map((item) => new TableRow({ children: item.fields.map((f) => cell(f.text)) })),
            ],
          }),
        );
        continue;
      }
      for (const item of items) {
        children.push(new Paragraph({ text: item.legend, heading: HeadingLevel.HEADING_2 }));
        for (const f of item.fields) {
          children.push(new Paragraph({ children: [new TextRun({ text: f.label, bold: true })] }));
          if (f.text) children.push(...textParagraphs(f.text));
          else children.push(new Paragraph({ children: [new TextRun({ text: t.empty, italics: true })] }));
        }
      }
    }
  }
  const doc = new Document({
    title: t.title,
    creator: t.source,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBlob(doc);
}
