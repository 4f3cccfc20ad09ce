/**
 * CSV as RFC 4180 has it: fields separated by commas, records by CRLF, a field quoted when it holds
 * a comma, a quote or a line break, quotes doubled inside. In UTF-8 with a BOM, so that Excel on a
 * Chinese Windows reads the file as UTF-8 rather than as GBK.
 */
export const BOM = '\ufeff';

function field(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows (the first one the header) as a CSV file's text, BOM first. */
export function toCsv(rows: (string | number | undefined)[][]): string {
  return `${BOM}${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** A CSV file's text back as rows of fields: the inverse of toCsv, for checking what was written. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let at = text.startsWith(BOM) ? 1 : 0;
  for (; at < text.length; at++) {
    const char = text[at]!;
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        value += '"';
        at++;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(value);
      value = '';
    } else if (char === '\r' && text[at + 1] === '\n') {
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
      at++;
    } else value += char;
  }
  if (value !== '' || row.length > 0) rows.push([...row, value]);
  return rows;
}
