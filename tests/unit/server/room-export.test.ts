// The CSV export as a French spreadsheet reads it: BOM, « ; », CRLF, quotes and line breaks
// escaped, formula-looking cells neutralised. Read back with exceljs's own CSV reader.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { resultsCsv } from '../../../src/server/room-export';
import { answerQuestion, createSession, openQuestion } from '../../../src/lib/room-session';

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
