import type { Block } from '../schemas/block.ts';
import type { SectionKind } from '../schemas/section.ts';
import { chineseNumeral } from './chinese-numeral.ts';
import { HEADER_CELL, MAX_HEADER_LINES, MAX_PART_HEADING, MAX_SUB_PART_HEADING, PART_KINDS } from './genre-profile.ts';
import {
  headerRoleOf,
  isAddress,
  isAppendixMarker,
  isCoverShaped,
  isHeadingShaped,
  isTableRow,
  numberingOf,
  partKindOf,
  runInSubPartLead,
} from './line-shapes.ts';
import type { SourceLine } from './normalize-lines.ts';
import { pageUrl } from './base-path.ts';
import { ReportError, quote } from './report-error.ts';
import { findRunInHead } from './run-in-head.ts';

/** A section before validation: the parser's output. */
export interface ParsedSection {
  slug: string;
  kind: SectionKind;
  title: string;
  url: string;
  /** What a reader calls the part's kind (工作回顾), or its heading without the number. */
  name: string;
  /** The part's heading without its number; the appendix's title. */
  label: string;
  /** The part's number in words, 一, 二, …; parts only. */
  numeral?: string;
  blocks: Block[];
}

/** Something a publisher should look at that does not stop the build: a numbering gap. */
export interface ParseWarning {
  line: number;
  message: string;
}

export interface ParsedReport {
  sections: ParsedSection[];
  warnings: ParseWarning[];
}

/** How the report numbers its parts, and which numbering styles are its sub-levels. */
interface Layout {
  /** How many lines at the start are the cover: title, dateline, speaker. */
  coverLines: number;
  /** Parts are bare lines (rank -1) or numbered 一、 (rank 0). */
  partRank: number;
  /** Rank of the numbering style → heading level (2 or 3), for lines inside parts. */
  levels: Map<number, 2 | 3>;
}

/**
 * Turns the report's normalised lines into sections: the opening address (with the cover lines),
 * the parts, then any appendices. Every line becomes exactly one block, in order; paragraphs and
 * table rows are numbered across the whole report. Structure comes from the genre's profile
 * (genre-profile.ts): numbering styles relative to the parts' style, part kinds from the words of
 * their headings, appendix markers.
 */
export function parseReport(
  lines: SourceLine[],
  options: { title: string; base: string; parts?: readonly string[] | undefined },
): ParsedReport {
  const layout = layoutOf(lines);
  const warnings: ParseWarning[] = [];
  const opening: ParsedSection = {
    slug: 'opening',
    kind: 'opening',
    title: options.title,
    url: pageUrl(options.base, undefined),
    name: '开篇',
    label: '开篇',
    blocks: [],
  };
  const sections = [opening];
  const headings = new Map<string, number>();
  let paragraphs = 0;
  let rows = 0;
  let parts = 0;
  let appendices = 0;
  let lastPartNumber = 0;
  // Within a part: the level-2 entries so far, the level-3 ones under the latest, and the last
  // number seen at each level, for the gap warnings.
  let subParts = 0;
  let subSubParts = 0;
  let lastNumber: Record<2 | 3, { value: number; line: number } | undefined> = { 2: undefined, 3: undefined };
  let titlePending = false;

  const paragraph = (section: ParsedSection, line: number, text: string, lead?: string, leadLevel?: 2 | 3): Block => {
    const number = ++paragraphs;
    return {
      kind: 'paragraph',
      id: `p${number}`,
      number,
      text,
      line,
      url: `${section.url}#p${number}`,
      ...(lead ? { lead, leadLevel: leadLevel ?? 3 } : {}),
    };
  };

  const startSection = (section: Omit<ParsedSection, 'url' | 'blocks'>, line: number, text: string) => {
    const current = sections.at(-1)!;
    if (current.kind === 'opening' && !current.blocks.some((block) => block.kind === 'paragraph')) {
      throw new ReportError(
        line,
        `报告缺少开场白：第一部分标题之前没有文字。 (no opening address before the first part)`,
      );
    }
    const earlier = headings.get(text);
    if (earlier !== undefined) throw new ReportError(line, duplicateHeading(text, earlier));
    const url = pageUrl(options.base, section.slug);
    const heading: Block = { kind: 'heading', id: section.slug, level: 1, text, line, url: `${url}#${section.slug}` };
    // The meta's list of parts is checked as each part starts, so that a part out of place is
    // named as such, before its neighbours are found empty.
    if (options.parts && section.kind === 'part') {
      const parts = [...sections.filter((each) => each.kind === 'part'), { ...section, url, blocks: [heading] }];
      checkDeclaredParts(parts, options.parts);
    }
    requireText(current);
    headings.set(text, line);
    sections.push({ ...section, url, blocks: [heading] });
    subParts = 0;
    subSubParts = 0;
    lastNumber = { 2: undefined, 3: undefined };
  };

  lines.forEach(({ line, text }, index) => {
    const current = sections.at(-1)!;
    if (index < layout.coverLines) {
      const id = `header-${index + 1}`;
      current.blocks.push({ kind: 'header', id, role: headerRoleOf(text), text, line, url: `${current.url}#${id}` });
      return;
    }
    if (isTableRow(text)) {
      const number = ++rows;
      const cells = text.split('\t');
      const previous = current.blocks.at(-1);
      const head = previous?.kind !== 'row' && isHeadRow(cells, lines[index + 1]?.text);
      current.blocks.push({
        kind: 'row',
        id: `r${number}`,
        number,
        cells,
        text,
        line,
        url: `${current.url}#r${number}`,
        ...(head ? { head } : {}),
      });
      titlePending = false;
      return;
    }
    if (parts > 0 && isAppendixMarker(text)) {
      const slug = `appendix-${++appendices}`;
      startSection({ slug, kind: 'appendix', title: text, name: text, label: text }, line, text);
      titlePending = true;
      return;
    }
    if (current.kind === 'appendix') {
      // An appendix's own title (a table's, a list's) may follow its marker; nothing else in an
      // appendix is a heading: its 一、…十、 lists look like sub-parts but are items.
      if (titlePending && isHeadingShaped(text, MAX_PART_HEADING)) {
        const id = `${current.slug}-1`;
        current.blocks.push({ kind: 'heading', id, level: 2, text, line, url: `${current.url}#${id}` });
        current.label = `${current.title} ${text}`;
      } else {
        current.blocks.push(paragraph(current, line, text, findRunInHead(text)));
      }
      titlePending = false;
      return;
    }

    // A part heading given twice is refused, even where its number no longer counts up.
    const repeated = headings.get(text);
    if (repeated !== undefined && isPartShaped(text, layout.partRank, lines[index + 1]?.text)) {
      throw new ReportError(line, duplicateHeading(text, repeated));
    }
    const part = partHeading(text, layout, lastPartNumber, lines[index + 1]?.text);
    if (part) {
      parts++;
      if (part.number !== undefined) {
        if (part.number !== lastPartNumber + 1) {
          warnings.push({ line, message: numberingGap(part.number, lastPartNumber, '部分') });
        }
        lastPartNumber = part.number;
      }
      const kind = partKindOf(part.label);
      const taken = sections.some((section) => section.slug === kind?.slug);
      const slug = kind && !taken ? kind.slug : `part-${parts}`;
      startSection(
        {
          slug,
          kind: 'part',
          title: text,
          name: kind && !taken ? kind.name : part.label,
          label: part.label,
          numeral: chineseNumeral(part.number ?? parts),
        },
        line,
        text,
      );
      return;
    }

    const numbering = current.kind === 'part' ? numberingOf(text) : undefined;
    const level = numbering && layout.levels.get(numbering.rank);
    if (numbering && level) {
      const ownLine = isHeadingShaped(text, MAX_SUB_PART_HEADING);
      const lead = ownLine ? undefined : runInSubPartLead(text, MAX_SUB_PART_HEADING);
      if (ownLine || lead) {
        const last = lastNumber[level];
        if (numbering.value !== (last?.value ?? 0) + 1) {
          warnings.push({ line, message: numberingGap(numbering.value, last?.value ?? 0, numbering.mark, last?.line) });
        }
        lastNumber[level] = { value: numbering.value, line };
        if (level === 2) {
          subParts++;
          subSubParts = 0;
          lastNumber[3] = undefined;
        } else {
          subSubParts++;
        }
        if (ownLine) {
          const id = level === 2 ? `${current.slug}-${subParts}` : `${current.slug}-${subParts}-${subSubParts}`;
          current.blocks.push({ kind: 'heading', id, level, text, line, url: `${current.url}#${id}` });
        } else {
          current.blocks.push(paragraph(current, line, text, lead, level));
        }
        return;
      }
    }
    current.blocks.push(paragraph(current, line, text, findRunInHead(text)));
  });

  requireText(sections.at(-1)!);
  if (parts === 0) {
    const last = lines.at(-1)!.line;
    throw new ReportError(
      last,
      `报告里找不到任何部分标题（读到第${last}行为止）。部分标题是单独的一行，不超过${MAX_PART_HEADING}个字，` +
        `不带句号、冒号、分号，可以带编号，如“一、2023年工作回顾”或“过去五年工作回顾”。` +
        ` (no part heading found up to line ${last}; a part heading is a short line of its own without sentence punctuation, such as 一、2023年工作回顾)`,
    );
  }
  if (options.parts) requireDeclaredParts(sections, options.parts, lines.at(-1)!.line);
  return { sections, warnings };
}

/**
 * Reads the report's layout before parsing it: how many cover lines there are, whether parts are
 * numbered, and which numbering styles its parts use below them, in GB/T 9704's order.
 */
function layoutOf(lines: SourceLine[]): Layout {
  const coverLines = coverLineCount(lines);
  const body = lines.slice(coverLines).map((line) => line.text);
  const firstAppendix = body.findIndex(isAppendixMarker);
  const main = firstAppendix < 0 ? body : body.slice(0, firstAppendix);
  // The first line that could be a heading says how the parts are written.
  const first = main.find(
    (text, index) =>
      index > 0 &&
      !isAddress(text) &&
      (isPartShaped(text, -1, main[index + 1]) || isPartShaped(text, 0, main[index + 1])),
  );
  const partRank = first !== undefined && numberingOf(first)?.rank === 0 ? 0 : -1;
  const used = new Set<number>();
  for (const text of main) {
    const numbering = numberingOf(text);
    if (!numbering || numbering.rank <= partRank) continue;
    if (isHeadingShaped(text, MAX_SUB_PART_HEADING) || runInSubPartLead(text, MAX_SUB_PART_HEADING)) {
      used.add(numbering.rank);
    }
  }
  const ranks = [...used].sort((a, b) => a - b).slice(0, 2);
  return { coverLines, partRank, levels: new Map(ranks.map((rank, index) => [rank, index === 0 ? 2 : 3] as const)) };
}

/** The cover: every line before an early 各位代表：, or else the leading lines with a cover role. */
function coverLineCount(lines: SourceLine[]): number {
  const address = lines.slice(0, MAX_HEADER_LINES + 1).findIndex((line) => isAddress(line.text));
  if (address > 0 && lines.slice(0, address).every((line) => isCoverShaped(line.text))) return address;
  let count = 0;
  while (
    count < Math.min(MAX_HEADER_LINES, lines.length - 1) &&
    isCoverShaped(lines[count]!.text) &&
    headerRoleOf(lines[count]!.text) !== 'other'
  ) {
    count++;
  }
  return count;
}

/** Bare parts: a heading-shaped line with no number; numbered parts: 一、 and a heading. */
function isPartShaped(text: string, partRank: number, next: string | undefined): boolean {
  const numbering = numberingOf(text);
  // A short line right above a table is the table's title.
  if (next !== undefined && isTableRow(next)) return false;
  if (partRank < 0) return numbering === undefined && isHeadingShaped(text, MAX_PART_HEADING);
  if (numbering?.rank !== 0) return false;
  return isHeadingShaped(text.slice(numbering.mark.length), MAX_PART_HEADING);
}

function partHeading(
  text: string,
  layout: Layout,
  lastPartNumber: number,
  next: string | undefined,
): { label: string; number?: number } | undefined {
  if (isAddress(text) || !isPartShaped(text, layout.partRank, next)) return undefined;
  if (layout.partRank < 0) return { label: text };
  const numbering = numberingOf(text)!;
  // Numbered parts only count up: a second 一、 inside a part is a list item.
  if (numbering.value <= lastPartNumber) return undefined;
  return { label: text.slice(numbering.mark.length), number: numbering.value };
}

/** A table's first row is a header row when its cells are short labels, and a body follows. */
function isHeadRow(cells: string[], next: string | undefined): boolean {
  return next !== undefined && isTableRow(next) && cells.every((cell) => HEADER_CELL.test(cell));
}

function numberingGap(value: number, last: number, what: string, lastLine?: number): string {
  return last === 0
    ? `编号从${value}开始，而不是从1开始（${what}）。 (numbering starts at ${value}, not 1)`
    : `编号从${last}跳到${value}${lastLine ? `（上一个在第${lastLine}行）` : ''}：是否漏了一项？ (numbering gap: ${last} then ${value})`;
}

function duplicateHeading(text: string, earlier: number): string {
  return `部分标题${quote(text)}重复出现：第${earlier}行已经是同样的标题。 (the heading appears twice; first at line ${earlier})`;
}

/** A part whose heading is followed by nothing but headings has lost its text. */
function requireText(section: ParsedSection): void {
  const heading = section.blocks[0];
  if (section.kind === 'opening' || !heading) return;
  if (!section.blocks.some((block) => block.kind === 'paragraph' || block.kind === 'row')) {
    throw new ReportError(
      heading.line,
      `部分${quote(section.title)}没有正文：标题之后直接是下一个标题或文件结尾。 (the ${section.slug} part has no paragraphs)`,
    );
  }
}

/**
 * The guard for edits: when report.meta.json lists the parts, the recognised ones must be exactly
 * those, in that order. Checked as each part starts: the message names the first heading that
 * differs from the list.
 */
function checkDeclaredParts(found: ParsedSection[], declared: readonly string[]): void {
  for (const [index, section] of found.entries()) {
    if (declared[index] === section.slug) continue;
    const line = section.blocks[0]!.line;
    const later = declared.indexOf(section.slug, index);
    if (later > index) {
      const missing = declared.slice(index, later);
      throw new ReportError(
        line,
        `“${section.name}”部分出现在${missing.map(nameOf).join('、')}部分之前：部分缺失或顺序颠倒。` +
          ` (the ${section.slug} part comes before ${missing.join(', ')}, which report.meta.json lists first)`,
      );
    }
    throw new ReportError(
      line,
      `部分标题${quote(section.title)}被识别为“${section.slug}”，而 report.meta.json 的 parts 在这里是` +
        `${declared[index] ? `“${declared[index]}”` : '结尾'}（${declared.join('、')}）。` +
        ` (part ${section.slug} is not the one report.meta.json lists here: ${declared[index] ?? 'no more parts'})`,
    );
  }
}

/** At the end of the text: every part the meta lists must have been found. */
function requireDeclaredParts(sections: ParsedSection[], declared: readonly string[], lastLine: number): void {
  const found = sections.filter((section) => section.kind === 'part');
  const missing = declared.slice(found.length);
  if (missing.length > 0) {
    throw new ReportError(
      undefined,
      `报告缺少${missing.map(nameOf).join('、')}部分：找不到它的标题（读到第${lastLine}行为止）。` +
        `标题应是单独一行，不超过${MAX_PART_HEADING}个字，不带句号、冒号等标点。` +
        ` (missing part: ${missing.join(', ')}; a part heading is a short line of its own without sentence punctuation)`,
    );
  }
}

/** “思路目标”: a part kind's name, for messages. */
function nameOf(slug: string): string {
  return `“${PART_KINDS.find((kind) => kind.slug === slug)?.name ?? slug}”`;
}
