import { ReportError } from './report-error.ts';

/** A non-blank line of the source, normalised, with its 1-based line number. */
export interface SourceLine {
  line: number;
  text: string;
}

// White space that pasting adds around a line: ASCII blanks, no-break and ideographic spaces
// (U+3000, the usual first-line indent of Chinese text), zero-width ones, and the BOM.
const EDGE_SPACE = /^[\s\u3000\u200b\ufeff]+|[\s\u3000\u200b\ufeff]+$/gu;

/**
 * The one place where the source's text is changed: a leading BOM, CRLF or CR line ends, white
 * space around each line and blank lines are noise of pasted text. Everything else is kept as is.
 */
export function normalizeLines(source: string): SourceLine[] {
  const lines = source.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const result: SourceLine[] = [];
  lines.forEach((raw, index) => {
    const text = raw.replace(EDGE_SPACE, '');
    if (text !== '') result.push({ line: index + 1, text });
  });
  if (result.length === 0) {
    throw new ReportError(undefined, 'report.txt 是空的：没有任何文字。 (the report is empty)');
  }
  return result;
}
