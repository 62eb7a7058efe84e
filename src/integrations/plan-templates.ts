/**
 * Writes the downloadable templates of « Mon plan » into the built site (dist/modeles/) after
 * `astro build`, from content/modeles.yaml and the running case of content/plan.yaml: a content
 * calendar and an evaluation dashboard as spreadsheets (exceljs), a nétiquette model as a Word
 * document (docx). No binary is committed: change the YAML and rebuild.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { findPlan } from '../data/plan';
import { findTemplates, TEMPLATES_DIR } from '../data/templates';
import type { PlanDefinition } from '../schemas/plan';
import type { Templates } from '../schemas/templates';

const CREATOR = 'Les médias sociaux en santé';
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE9F5' } } as const;

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The running case's calendar rows (field id → text), from the « action » step of the plan. */
function caseCalendar(plan: PlanDefinition): Record<string, string>[] {
  const group = plan.steps.flatMap((s) => s.groups).find((g) => g.id === 'calendrier');
  return group?.models ?? [];
}

/** The content calendar: headers, the running case's weeks, then empty rows to fill. */
async function buildCalendar(t: Templates['calendrier'], plan: PlanDefinition): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = CREATOR;
  const sheet = book.addWorksheet(t.sheet);
  sheet.columns = t.columns.map((c) => ({ header: c.header, key: c.field, width: c.width }));
  for (const week of caseCalendar(plan)) sheet.addRow({ ...week, etat: t.status });
  for (let i = 0; i < t.blankRows; i++) sheet.addRow({});
  styleHeader(sheet);
  sheet.eachRow((row) => (row.alignment = { vertical: 'top', wrapText: true }));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Columns of the dashboard, in order (the engagement rate is computed). */
const DASHBOARD_COLUMNS = [
  { key: 'publication', header: 'Publication', width: 44 },
  { key: 'date', header: 'Date', width: 13 },
  { key: 'plateforme', header: 'Plateforme', width: 14 },
  { key: 'portee', header: 'Portée', width: 12 },
  { key: 'interactions', header: 'Interactions', width: 14 },
  { key: 'clics', header: 'Clics vers la page', width: 18 },
  { key: 'taux', header: 'Taux d’engagement (interactions ÷ portée)', width: 24 },
] as const;

/** The engagement-rate formula of a dashboard row (Excel A1 notation, empty when no reach). */
function engagementFormula(row: number): string {
  return `IF(D${row}>0,E${row}/D${row},"")`;
}

/** The evaluation dashboard: the case's publications, the rate as a formula, then totals. */
async function buildDashboard(t: Templates['tableau']): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = CREATOR;
  const sheet = book.addWorksheet(t.sheet);
  sheet.columns = DASHBOARD_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const rows = t.rows.length + t.blankRows;
  for (let i = 0; i < rows; i++) {
    const data = t.rows[i];
    const n = i + 2;
    const row = sheet.addRow(data ? { ...data } : {});
    const reach = data?.portee ?? 0;
    row.getCell('taux').value = {
      formula: engagementFormula(n),
      result: data && reach > 0 ? data.interactions / reach : '',
    } as ExcelJS.CellFormulaValue;
  }
  const last = rows + 1;
  const total = sheet.addRow({ publication: 'Total' });
  total.font = { bold: true };
  for (const col of ['D', 'E', 'F']) {
    const sum = t.rows.reduce((s, r) => s + (col === 'D' ? r.portee : col === 'E' ? r.interactions : r.clics), 0);
    sheet.getCell(`${col}${total.number}`).value = { formula: `SUM(${col}2:${col}${last})`, result: sum };
  }
  const reach = t.rows.reduce((s, r) => s + r.portee, 0);
  sheet.getCell(`G${total.number}`).value = {
    formula: engagementFormula(total.number),
    result: reach ? t.rows.reduce((s, r) => s + r.interactions, 0) / reach : '',
  } as ExcelJS.CellFormulaValue;
  sheet.getColumn('taux').numFmt = '0.0%';
  for (const key of ['portee', 'interactions', 'clics']) sheet.getColumn(key).numFmt = '# ##0';
  styleHeader(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The nétiquette model: a heading, an introduction, one list per section, a dated footer. */
async function buildNetiquette(t: Templates['netiquette']): Promise<Buffer> {
  const doc = new Document({
    creator: CREATOR,
    title: t.title,
    description: t.description,
    styles: { default: { document: { run: { font: 'Calibri', size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: t.heading, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: t.intro }),
          ...t.sections.flatMap((s) => [
            new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2 }),
            ...s.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } })),
          ]),
          new Paragraph({ children: [new TextRun({ text: t.footer, italics: true })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Writes the three templates under `dir`/modeles/ and returns their paths (none without data). */
async function writeTemplates(dir: string): Promise<string[]> {
  const templates = findTemplates();
  const plan = findPlan();
  if (!templates || !plan) return [];
  const out = join(dir, TEMPLATES_DIR);
  await mkdir(out, { recursive: true });
  const files: [string, Buffer][] = [
    [templates.calendrier.file, await buildCalendar(templates.calendrier, plan)],
    [templates.tableau.file, await buildDashboard(templates.tableau)],
    [templates.netiquette.file, await buildNetiquette(templates.netiquette)],
  ];
  for (const [name, data] of files) await writeFile(join(out, name), data);
  return files.map(([name]) => join(out, name));
}

/** The Astro integration: templates are written once the site is built. */
export default function planTemplates(): AstroIntegration {
  return {
    name: 'msst:plan-templates',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await writeTemplates(fileURLToPath(dir));
        if (files.length) logger.info(`Modèles du plan : ${files.length} fichiers écrits dans ${TEMPLATES_DIR}/.`);
        else logger.info('Modèles du plan : aucun (pas de content/modeles.yaml ou de content/plan.yaml).');
      },
    },
  };
}
