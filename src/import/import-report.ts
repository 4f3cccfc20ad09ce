// A publisher's file (Word, a saved web page, a PDF) → the text a person would paste, and a draft
// meta. The format is read from the bytes; each importer turns its format into lines, and the
// same last steps clean them all: from here on, nothing knows where the text came from.
import type { ReportMeta } from '../schemas/report-meta.ts';
import { tidyLines, unifyRadicals } from './clean-lines.ts';
import { draftMeta } from './draft-meta.ts';
import { decodeHtml, importHtml } from './html.ts';
import type { Imported } from './imported.ts';
import { htmlOfMhtml } from './mhtml.ts';
import { Refused } from './refused.ts';
import { FORMATS, sniffFormat, type Format } from './sniff-format.ts';

export interface ImportResult {
  format: Format;
  /** The format's name for people: Word / WPS 文档 (.docx). */
  formatName: string;
  /** report.txt: one paragraph a line, a table row as tab-separated cells, ending in a line end. */
  text: string;
  /** A draft report.meta.json, valid against the schema. */
  meta: ReportMeta;
  /** The day the report was given (or published), YYYY-MM-DD: report.meta.json has no field for it. */
  date: string | undefined;
  /** What the import was unsure of, for the publisher to check. */
  notes: string[];
}

// pdf.js and mammoth load only for the files that need them (pdf.js alone takes 0.4 s).
async function importFormat(format: Format, bytes: Uint8Array): Promise<Imported> {
  switch (format) {
    case 'docx':
      return (await import('./docx.ts')).importDocx(bytes);
    case 'wordml-2003':
      return (await import('./wordml-2003.ts')).importWordml2003(decodeHtml(bytes));
    case 'html':
      return importHtml(decodeHtml(bytes));
    case 'mhtml': {
      const page = htmlOfMhtml(bytes);
      if (!page) {
        throw new Refused(
          '这个单文件网页里没有 HTML',
          'a saved page without HTML',
          '请在浏览器里另存为“网页，仅 HTML”。',
        );
      }
      const imported = importHtml(page.html);
      return { ...imported, hints: { ...imported.hints, sourceUrl: imported.hints.sourceUrl ?? page.location } };
    }
    case 'pdf':
      return (await import('./pdf-text.ts')).importPdf(bytes);
  }
}

/** What a library's failure on a damaged or locked file means for the publisher. */
function unreadable(format: Format, error: unknown): Error {
  if (error instanceof Refused) return error;
  const { name, message } = error as Error;
  if (name === 'PasswordException') {
    return new Refused(
      '这个 PDF 设了打开密码',
      'a password-protected PDF',
      '请向发布单位要没有密码的文件，或在阅读器里去掉密码后另存。',
    );
  }
  return new Refused(
    `这个${FORMATS[format]}文件已损坏，读不出来（${message}）`,
    `a damaged ${format} file`,
    '请重新下载或重新保存文件后再导入。',
  );
}

/** Imports a file's bytes; throws Refused for what cannot be read, saying what to do instead. */
export async function importReport(bytes: Uint8Array): Promise<ImportResult> {
  const format = await sniffFormat(bytes);
  const imported = await importFormat(format, bytes).catch((error: unknown) => {
    throw unreadable(format, error);
  });
  let radicals = 0;
  const lines = tidyLines(
    imported.lines.map((line) => {
      const unified = unifyRadicals(line);
      if (unified !== line) radicals++;
      return unified;
    }),
  );
  if (lines.length === 0) {
    throw new Refused('文件里没有找到文字', 'no text found in the file', '请确认这是报告的正文文件。');
  }
  const notes = [...imported.notes];
  if (radicals > 0 && format !== 'pdf') notes.push(`${radicals} 行里的康熙部首字符已换成通用汉字 (radicals unified)`);
  const draft = draftMeta(lines, imported.hints);
  return {
    format,
    formatName: FORMATS[format],
    text: `${lines.join('\n')}\n`,
    meta: draft.meta,
    date: draft.date,
    notes: [...notes, ...draft.notes],
  };
}
