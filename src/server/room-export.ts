/**
 * The room's results as a file people open: a CSV for a French spreadsheet (« ; » between cells, a
 * byte-order mark so Excel reads UTF-8, CRLF line ends), written by exceljs's CSV writer (fast-csv
 * underneath) rather than by hand, so quotes, « ; » and line breaks inside a cell are escaped by a
 * well-kept library. The rows themselves come from src/lib/room/room-export-rows.ts: the polls'
 * results, then, after an empty row, the questions from the room (src/lib/room/room-questions.ts)
 * with their votes and status, when the room asked any.
 */
import ExcelJS from 'exceljs';
import { resultsRows } from '../lib/room/room-export-rows.ts';
import type { Session } from '../lib/room/room-session.ts';
import { askRows } from '../lib/room/room-questions.ts';

/** The session's results as CSV bytes (BOM included). */
export async function resultsCsv(session: Session): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Résultats');
  sheet.addRows(resultsRows(session));
  const asks = askRows(session.asks);
  if (asks.length > 0) sheet.addRows([[], ...asks]);
  const bytes = await workbook.csv.writeBuffer({
    // Values go out as they are: no date guessing, no formula results (the rows hold none).
    map: (value: unknown) => value,
    formatterOptions: { delimiter: ';', rowDelimiter: '\r\n', writeBOM: true, includeEndRowDelimiter: true },
  });
  return Buffer.from(bytes);
}
