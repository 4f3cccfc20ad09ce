// npm run outline: the structure the build would publish, as a tree with line numbers, so that
// whoever publishes a new report sees its sections, sub-parts and run-in heads before building.
// Reads the same text and meta as npm run content (REPORT_SOURCE, REPORT_META) and writes nothing.
import { relative, sep } from 'node:path';
import { BASE_PATH } from '../src/config/site.ts';
import { buildReport } from '../src/pipeline/build-report.ts';
import type { ParsedSection, ParseWarning } from '../src/pipeline/parse-report.ts';
import { ReportError } from '../src/pipeline/report-error.ts';
import type { Block } from '../src/schemas/block.ts';
import { defaultPaths, formatWarning, readInput, type ContentPaths } from './build-content.ts';

/**
 * One line of the tree: ASCII columns first, then the report's own (CJK) text, then a note.
 * Headings are shown whole (the parser keeps them short); a paragraph's text is cut to fit.
 */
interface Row {
  line: number;
  depth: number;
  kind: string;
  where: string;
  text: string;
  note?: string;
  cut?: boolean;
}

/** The tree's rows, in the order of the source's lines. */
export function outlineRows(sections: ParsedSection[]): Row[] {
  return sections.flatMap((section) => {
    const covers = section.blocks.filter((block) => block.kind === 'header');
    const body = section.blocks.filter((block) => block.kind !== 'header');
    // A part's or appendix's first block is its own heading, shown as the section's row, unless
    // the part's heading is run into its first paragraph or missing from the source.
    const [first] = body;
    const ownHeading = section.kind !== 'opening' && first?.kind === 'heading';
    const how =
      ownHeading || section.kind === 'opening'
        ? ''
        : first?.kind === 'paragraph' && first.leadLevel === 1
          ? ' (run in)'
          : ' (no heading line)';
    const rows: Row[] = covers.map((block) => ({
      line: block.line,
      depth: 0,
      kind: `cover ${block.role}`,
      where: '',
      text: block.text,
    }));
    rows.push({
      line: first?.line ?? section.blocks[0]!.line,
      depth: 0,
      kind: `${section.kind}${how}`,
      where: section.url,
      text: section.kind === 'opening' ? section.name : section.title,
      note: ` · ${contentsOf(section.blocks)}`,
    });
    return [...rows, ...childRows(section, ownHeading ? body.slice(1) : body)];
  });
}

/** A section's blocks below its own heading, with plain paragraphs and table rows in runs. */
function childRows(section: ParsedSection, blocks: Block[]): Row[] {
  const rows: Row[] = [];
  // Where the text goes: under the part (1), under a sub-part (2), under a sub-sub-part (3).
  let depth = 1;
  let subPart = false;
  let run: Block[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const [head, last] = [run[0]!, run.at(-1)!];
    const where = `#${head.id}${run.length > 1 ? `–${last.id}` : ''}`;
    if (head.kind === 'row') {
      rows.push({
        line: head.line,
        depth,
        kind: `table, ${plural(run.length, 'row')}`,
        where,
        text: head.cells.join(' | '),
        note: head.head ? ' (head row)' : '',
        cut: true,
      });
    } else {
      rows.push({ line: head.line, depth, kind: plural(run.length, 'paragraph'), where, text: head.text, cut: true });
    }
    run = [];
  };
  for (const block of blocks) {
    const plain = block.kind === 'row' || (block.kind === 'paragraph' && !block.lead);
    if (!plain || (run[0] && run[0].kind !== block.kind)) flush();
    if (plain) {
      run.push(block);
      continue;
    }
    const where = `#${block.id}`;
    if (block.kind === 'heading' && block.continues) {
      rows.push({
        line: block.line,
        depth: rows.at(-1)?.depth ?? 0,
        kind: 'heading, next line',
        where,
        text: block.text,
      });
    } else if (block.kind === 'note') {
      rows.push({ line: block.line, depth, kind: `note ${block.role}`, where, text: block.text });
    } else if (block.kind === 'paragraph' && block.leadLevel === 1) {
      rows.push({ line: block.line, depth: 1, kind: 'part heading (run in)', where, text: block.lead! });
    } else if (block.kind === 'heading' && section.kind === 'appendix') {
      rows.push({ line: block.line, depth: 1, kind: 'title', where, text: block.text });
    } else if (block.kind === 'heading' && block.level === 2) {
      rows.push({ line: block.line, depth: 1, kind: 'sub-part', where, text: block.text });
      [depth, subPart] = [2, true];
    } else if (block.kind === 'heading') {
      const at = subPart ? 2 : 1;
      rows.push({ line: block.line, depth: at, kind: 'sub-sub-part', where, text: block.text });
      depth = at + 1;
    } else if (block.kind === 'paragraph' && block.leadLevel === 2) {
      rows.push({ line: block.line, depth: 1, kind: 'sub-part (run in)', where, text: block.lead! });
      [depth, subPart] = [2, true];
    } else if (block.kind === 'paragraph') {
      rows.push({ line: block.line, depth, kind: 'run-in head', where, text: block.lead! });
    } else {
      // Cover lines were listed before the section; none are left here, but never hide a block.
      rows.push({ line: block.line, depth, kind: block.kind, where, text: block.text });
    }
  }
  flush();
  return rows;
}

/** 19 paragraphs (p3–p21), table of 11 rows (r1–r11). */
function contentsOf(blocks: Block[]): string {
  const range = (numbered: { id: string }[]) =>
    numbered.length === 1 ? numbered[0]!.id : `${numbered[0]!.id}–${numbered.at(-1)!.id}`;
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  const rows = blocks.filter((block) => block.kind === 'row');
  const parts = [
    paragraphs.length > 0 ? `${plural(paragraphs.length, 'paragraph')} (${range(paragraphs)})` : 'no paragraphs',
  ];
  if (rows.length > 0) parts.push(`table of ${plural(rows.length, 'row')} (${range(rows)})`);
  return parts.join(', ');
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Columns a character takes in a terminal: CJK ideographs and full-width forms take two. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const widthOf = (text: string) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);

/** The text cut with … so that it and the note fit in `columns`. */
function fit(text: string, note: string, columns: number): string {
  const room = Math.max(columns - widthOf(note), 8);
  if (widthOf(text) <= room) return text + note;
  let cut = '';
  for (const char of text) {
    if (widthOf(cut) + widthOf(char) > room - 1) break;
    cut += char;
  }
  return `${cut}…${note}`;
}

/** The whole printout: a summary, the tree with aligned columns, the warnings. */
export function formatOutline(
  output: { sections: ParsedSection[]; warnings: ParseWarning[]; parts?: readonly string[] | undefined },
  labels: { source: string; meta: string },
  columns = 100,
): string {
  const { sections, warnings } = output;
  const blocks = sections.flatMap((section) => section.blocks);
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  const leads = paragraphs.filter((block) => block.lead).length;
  const rowCount = blocks.filter((block) => block.kind === 'row').length;
  const partCount = sections.filter((section) => section.kind === 'part').length;
  const appendixCount = sections.length - partCount - 1;
  const lines = [
    `${labels.source} → ${plural(sections.length, 'section')} (opening, ${plural(partCount, 'part')}, ` +
      `${appendixCount === 1 ? '1 appendix' : `${appendixCount} appendices`}), ${plural(paragraphs.length, 'paragraph')}, ` +
      `${plural(leads, 'run-in head')}, ${plural(rowCount, 'table row')}`,
    `meta: ${labels.meta} · parts ${output.parts ? output.parts.join(', ') : 'not listed'} · base ${BASE_PATH}`,
    '',
  ];

  const rows = outlineRows(sections);
  const numberWidth = String(Math.max(...rows.map((row) => row.line))).length;
  const kindWidth = Math.max(...rows.map((row) => 2 * row.depth + row.kind.length));
  const whereWidth = Math.max(...rows.map((row) => row.where.length));
  for (const row of rows) {
    const prefix =
      `${String(row.line).padStart(numberWidth + 1)}  ` +
      `${`${' '.repeat(2 * row.depth)}${row.kind}`.padEnd(kindWidth)}  ${row.where.padEnd(whereWidth)}  `;
    const note = row.note ?? '';
    lines.push(prefix + (row.cut ? fit(row.text, note, Math.max(columns - prefix.length, 24)) : row.text + note));
  }

  lines.push('');
  if (warnings.length === 0) {
    lines.push('no warnings');
  } else {
    lines.push(`${plural(warnings.length, 'warning')} (the build goes on):`);
    for (const warning of warnings) {
      lines.push(`  ${formatWarning(warning)}`);
      const block = blocks.find((each) => each.line === warning.line);
      if (block) lines.push(`      ${fit(block.text, '', Math.max(columns - 6, 24))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the pipeline on the build's text and meta and prints the tree. Returns the exit code. */
export function printOutline(paths: ContentPaths = defaultPaths, columns = process.stdout.columns || 100): number {
  // Relative to where it runs (../shared/reports/x.txt), unless that climbs out of the workspace.
  const label = (path: string) => {
    const near = relative(process.cwd(), path);
    return near && !near.startsWith(`..${sep}..`) ? near : path;
  };
  try {
    const { report, sections, warnings } = buildReport({ ...readInput(paths), base: BASE_PATH });
    process.stdout.write(
      formatOutline(
        { sections, warnings, parts: report.parts },
        { source: label(paths.source), meta: label(paths.meta) },
        columns,
      ),
    );
    return 0;
  } catch (error) {
    if (error instanceof ReportError) {
      console.error(`${label(paths.source)}: ${error.message}`);
      return 1;
    }
    const { code, path } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT' && path) {
      console.error(`找不到文件 ${label(path)} (no such file)`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.main) process.exitCode = printOutline();
