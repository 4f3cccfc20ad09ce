/**
 * A problem with the report's text, worded for the person who edits it. Every message names the
 * line (when there is one) and says what was expected and what was found.
 */
export class ReportError extends Error {
  readonly line: number | undefined;

  constructor(line: number | undefined, message: string) {
    super(line === undefined ? message : `第${line}行 (line ${line}): ${message}`);
    this.name = 'ReportError';
    this.line = line;
  }
}

/** Shows a line's start in a message, so the reader can find it without counting lines. */
export function quote(text: string, max = 30): string {
  return `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;
}
