// The templates of « Mon plan » are built into dist/modeles/ from content/ data: reading them back
// finds their headers, the running case's example rows, column widths, the engagement-rate
// formula, and the nétiquette's headings and rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readDocx } from '../support/docx';
import { parse } from 'yaml';
import { defaultSite } from '../support/dist-files';

const templates = parse(readFileSync('content/modeles.yaml', 'utf8')) as {
  calendrier: { file: string; columns: { header: string; width: number }[] };
  tableau: { file: string; rows: { publication: string; portee: number; interactions: number }[] };
  netiquette: { file: string; heading: string; sections: { heading: string; items: string[] }[] };
};
const plan = parse(readFileSync('content/plan.yaml', 'utf8')) as {
  steps: { id: string; groups: { id: string; models: Record<string, string>[] }[] }[];
};
const calendarModels = plan.steps.flatMap((s) => s.groups).find((g) => g.id === 'calendrier')?.models ?? [];
const file = (name: string) => join(defaultSite.dir, 'modeles', name);

async function readSheet(name: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(file(name)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error(`${name} : aucune feuille`);
  return sheet;
}
const text = (cell: ExcelJS.Cell) => String(cell.value ?? '');

describe('the content calendar (.xlsx)', () => {
  it('has the headers, their widths and the running case’s weeks', async () => {
    const sheet = await readSheet(templates.calendrier.file);
    const headers = templates.calendrier.columns.map((c) => c.header);
    expect(headers.map((_, i) => text(sheet.getRow(1).getCell(i + 1)))).toEqual(headers);
    templates.calendrier.columns.forEach((c, i) => expect(sheet.getColumn(i + 1).width).toBe(c.width));
    expect(calendarModels.length).toBeGreaterThan(0);
    calendarModels.forEach((week, i) => {
      const row = sheet.getRow(i + 2);
      expect(text(row.getCell(1))).toBe(week.date);
      expect(text(row.getCell(4))).toBe(week.theme);
    });
  });
});

describe('the evaluation dashboard (.xlsx)', () => {
  it('has the example rows and computes the engagement rate with a formula', async () => {
    const sheet = await readSheet(templates.tableau.file);
    expect(text(sheet.getRow(1).getCell(1))).toBe('Publication');
    expect(text(sheet.getRow(1).getCell(7))).toMatch(/^Taux d’engagement/);
    expect(sheet.getColumn(1).width).toBeGreaterThan(20);
    templates.tableau.rows.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      expect(text(row.getCell(1))).toBe(r.publication);
      expect(row.getCell(4).value).toBe(r.portee);
      const rate = row.getCell(7).value as ExcelJS.CellFormulaValue;
      expect(rate.formula).toBe(`IF(D${i + 2}>0,E${i + 2}/D${i + 2},"")`);
      expect(rate.result).toBeCloseTo(r.interactions / r.portee, 6);
    });
    expect(sheet.getColumn(7).numFmt).toBe('0.0%');
  });
});

describe('the nétiquette model (.docx)', () => {
  it('reads back with its heading, sections and rules', async () => {
    const { text: value } = await readDocx(file(templates.netiquette.file));
    expect(value).toContain(templates.netiquette.heading);
    for (const section of templates.netiquette.sections) {
      expect(value).toContain(section.heading);
      for (const item of section.items) expect(value).toContain(item);
    }
  });
});
