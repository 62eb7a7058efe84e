// The CSV export as a French spreadsheet reads it: BOM, « ; », CRLF, quotes and line breaks
// escaped, formula-looking cells neutralised. Read back with exceljs's own CSV reader.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { resultsCsv } from '../../../src/server/room-export';
import { answerQuestion, createSession, openQuestion } from '../../../src/lib/room/room-session';
import { moderateAsk, newBoard, submitAsk, voteAsk } from '../../../src/lib/room/room-questions';

describe('room results CSV', () => {
  it('uses « ; », a BOM, French headers, and escapes what needs it', async () => {
    const s = createSession('tout', 0, () => 0, 'secret-secret-secret');
    openQuestion(s, {
      id: 'q1',
      kind: 'single',
      prompt: 'Un «\u00a0guillemet\u00a0» "double"; et\nune ligne',
      options: ['=cmd|calc', 'B; C', 'Simple'],
      correct: [2],
    });
    answerQuestion(s, 'p1', 'q1', [1]);
    const bytes = await resultsCsv(s);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Question;Option;Réponses;Bonne réponse;Décision de la salle');
    // (fast-csv also quotes a cell with « | »: harmless, a spreadsheet reads the same text.)
    expect(text).toContain('"Un «\u00a0guillemet\u00a0» ""double""; et\nune ligne";"\'=cmd|calc";0;non;\r\n');
    expect(text).toContain(';"B; C";1;non;\r\n');
    expect(text.endsWith(';(participants);1;;\r\n')).toBe(true);
    // Read back by a CSV reader with « ; »: the same cells.
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.read(Readable.from([text]), {
      parserOptions: { delimiter: ';' },
      map: (v: unknown) => v,
    });
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Un «\u00a0guillemet\u00a0» "double"; et\nune ligne',
      "'=cmd|calc",
      '0',
      'non',
      '',
    ]);
    expect(sheet.getRow(3).getCell(2).value).toBe('B; C');
  });
});

describe('questions from the room in the CSV', () => {
  it('adds them after an empty row, with « ; », quotes, line breaks and formulas escaped or neutralised', async () => {
    const s = createSession('tout', 0, () => 0, 'secret-secret-secret');
    openQuestion(s, { id: 'q1', kind: 'true-false', prompt: 'Vrai?', options: ['Vrai', 'Faux'], correct: [0] });
    const board = (s.asks = newBoard());
    const texts = ["=cmd|' /C calc'!A0", 'Un « point-virgule »; ici', 'Des "guillemets"\net une ligne', '@SUM(1)'];
    const ids = texts.map((text, i) => {
      const outcome = submitAsk(board, `p${i}`, text, i);
      if (!outcome.ok) throw new Error(outcome.error);
      return outcome.value.id;
    });
    moderateAsk(board, ids[1] as string, 'approve');
    voteAsk(board, 'x', ids[1] as string, true);
    moderateAsk(board, ids[2] as string, 'answer');
    moderateAsk(board, ids[3] as string, 'hide');
    const text = (await resultsCsv(s)).toString('utf8').slice(1);
    expect(text).toContain(';(participants);0;;\r\n\r\nQuestion de la salle;Votes;Statut\r\n');
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.read(Readable.from([text]), {
      parserOptions: { delimiter: ';' },
      map: (v: unknown) => v,
    });
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.slice(-5)).toEqual([
      ['Question de la salle', 'Votes', 'Statut'],
      ['Un « point-virgule »; ici', '1', 'Publiée'],
      ["'=cmd|' /C calc'!A0", '0', 'En attente de modération'],
      ['Des "guillemets"\net une ligne', '0', 'Répondue'],
      ["'@SUM(1)", '0', 'Masquée'],
    ]);
  });

  it('adds nothing when the room asked nothing', async () => {
    const s = createSession('tout', 0, () => 0, 'secret-secret-secret');
    expect((await resultsCsv(s)).toString('utf8')).not.toContain('Question de la salle');
  });
});
