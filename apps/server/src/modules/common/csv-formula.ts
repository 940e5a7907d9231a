/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that begins with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is run as a formula when the file is opened in Excel, LibreOffice
 * or Google Sheets. Such a text cell is written with a leading `'`, which spreadsheets read as
 * "this is text".
 *
 * Cells that already begin with apostrophes before such a character get one more, so the rule can
 * be undone exactly: `restoreCell(neutraliseCell(s)) === s` for every string, and a file Orion
 * wrote re-imports unchanged.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

/** The text as a spreadsheet cell that cannot start a formula. */
export function neutraliseCell(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseCell` on a cell read from a CSV file (other cells are left as they are). */
export function restoreCell(cell: string): string {
  return QUOTED.test(cell) ? cell.slice(1) : cell;
}
