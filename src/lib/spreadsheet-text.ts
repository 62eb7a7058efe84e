/**
 * Text made safe for a spreadsheet cell: one that starts like a formula (=, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, as OWASP's advice on CSV injection says, so a
 * question or option typed as « =HYPERLINK(…) » shows as text in Excel or LibreOffice. Used by the
 * room's exports (results and questions from the room).
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
