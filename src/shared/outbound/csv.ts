// Writing CSV that spreadsheets open safely (RFC 4180 quoting, CRLF rows). A cell that starts
// with = + - @ (or a tab / carriage return) would run as a formula in Excel, LibreOffice or
// Sheets (CSV injection): it gets a leading apostrophe, which they show as text.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole file: header and rows, CRLF-separated, ending in CRLF. */
export function csvFile(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [csvLine(header), ...rows.map(csvLine)].map((line) => `${line}\r\n`).join('');
}
