import type { Block, HeadingBlock } from '../schemas/block.ts';
import type { SectionKind } from '../schemas/section.ts';
import { chineseNumeral } from './chinese-numeral.ts';
import { HEADER_CELL, MAX_PART_HEADING, MAX_SUB_PART_HEADING, PART_KINDS } from './genre-profile.ts';
import {
  afterNumber,
  headerRoleOf,
  isHeadingShaped,
  isStatementHeading,
  isTableRow,
  numberingOf,
  partKindOf,
  runInSubPartLead,
} from './line-shapes.ts';
import type { SourceLine } from './normalize-lines.ts';
import { pageUrl } from './base-path.ts';
import { ReportError, quote } from './report-error.ts';
import { joinHeadingLines } from './outline.ts';
import { layoutOf, type PartStart } from './report-layout.ts';
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

/**
 * Turns the report's normalised lines into sections: the opening address (with the cover lines),
 * the parts, then any appendices. Every line becomes exactly one block, in order; paragraphs and
 * table rows are numbered across the whole report. Where parts and appendices start, and which
 * lines continue a heading or are notes, is read first from all the lines (report-layout.ts, by
 * the genre's profile); this walks the lines once and makes the blocks.
 */
export function parseReport(
  lines: SourceLine[],
  options: { title: string; base: string; parts?: readonly string[] | undefined },
): ParsedReport {
  const layout = layoutOf(lines);
  const headingless = [...layout.parts.values()].every((part) => part.kind === 'headingless');
  if (headingless && (options.parts || layout.parts.size === 0)) throw noPartHeading(lines.at(-1)!.line);
  const warnings: ParseWarning[] = [...layout.warnings];
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
  let notes = 0;
  let parts = 0;
  let appendices = 0;
  let lastPartNumber = 0;
  // Within a part: the level-2 entries so far, the level-3 ones under the latest, and the last
  // number seen at each level, for the gap warnings.
  let subParts = 0;
  let subSubParts = 0;
  let lastNumber: Record<2 | 3, { value: number; line: number } | undefined> = { 2: undefined, 3: undefined };
  // The heading that the next lines continue, and how many of them are left.
  let continuing: { block: HeadingBlock; section: ParsedSection; lines: string[]; left: number } | undefined;

  const paragraph = (
    section: ParsedSection,
    line: number,
    text: string,
    lead?: string,
    leadLevel?: 1 | 2 | 3,
  ): Block => {
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

  /** A heading of its own line; `continued` lines after it carry it on. */
  const heading = (section: ParsedSection, id: string, level: 1 | 2 | 3, line: number, text: string, continued = 0) => {
    const block: HeadingBlock = { kind: 'heading', id, level, text, line, url: `${section.url}#${id}` };
    section.blocks.push(block);
    continuing = continued > 0 ? { block, section, lines: [text], left: continued } : undefined;
    return block;
  };

  const startSection = (section: Omit<ParsedSection, 'url' | 'blocks'>, line: number, text?: string) => {
    const current = sections.at(-1)!;
    if (current.kind === 'opening' && !current.blocks.some((block) => block.kind === 'paragraph')) {
      throw new ReportError(
        line,
        `报告缺少开场白：第一部分标题之前没有文字。 (no opening address before the first part)`,
      );
    }
    if (text !== undefined) {
      const earlier = headings.get(text);
      if (earlier !== undefined) throw new ReportError(line, duplicateHeading(text, earlier));
      headings.set(text, line);
    }
    const url = pageUrl(options.base, section.slug);
    const next: ParsedSection = { ...section, url, blocks: [] };
    // The meta's list of parts is checked as each part starts, so that a part out of place is
    // named as such, before its neighbours are found empty.
    if (options.parts && section.kind === 'part') {
      checkDeclaredParts([...sections.filter((each) => each.kind === 'part'), next], options.parts, line);
    }
    requireText(current);
    sections.push(next);
    subParts = 0;
    subSubParts = 0;
    lastNumber = { 2: undefined, 3: undefined };
    return next;
  };

  const startPart = (start: PartStart, index: number, line: number, text: string) => {
    parts++;
    const number = start.number;
    if (number !== undefined) {
      if (number !== lastPartNumber + 1) warnings.push({ line, message: numberingGap(number, lastPartNumber, '部分') });
      lastPartNumber = number;
    } else if (start.kind === 'headingless') lastPartNumber = Math.max(lastPartNumber, 1);
    const continued = layout.continued.get(index) ?? 0;
    // The kind is read from the whole heading, over all its lines.
    const label =
      start.kind === 'headingless'
        ? start.name
        : joinHeadingLines([start.label, ...lines.slice(index + 1, index + 1 + continued).map((each) => each.text)]);
    const kind = start.kind === 'headingless' ? undefined : partKindOf(label);
    const taken = sections.some((section) => section.slug === kind?.slug);
    const slug = start.kind === 'headingless' && start.slug ? start.slug : kind && !taken ? kind.slug : `part-${parts}`;
    const numeral = chineseNumeral(number ?? parts);
    const title =
      start.kind === 'run-in'
        ? start.lead
        : start.kind === 'headingless'
          ? start.name
          : joinHeadingLines([text, ...lines.slice(index + 1, index + 1 + continued).map((each) => each.text)]);
    const section = startSection(
      {
        slug,
        kind: 'part',
        title,
        name: kind && !taken ? kind.name : label || `第${numeral}部分`,
        label: label || `第${numeral}部分`,
        numeral,
      },
      line,
      start.kind === 'heading' ? text : undefined,
    );
    if (start.kind === 'heading') heading(section, slug, 1, line, text, continued);
    if (start.kind === 'run-in') section.blocks.push(paragraph(section, line, text, start.lead, 1));
  };

  lines.forEach(({ line, text }, index) => {
    const current = sections.at(-1)!;
    if (index < layout.coverLines) {
      const id = `header-${index + 1}`;
      current.blocks.push({ kind: 'header', id, role: headerRoleOf(text), text, line, url: `${current.url}#${id}` });
      return;
    }
    const role = layout.notes.get(index);
    if (role) {
      const id = `note-${++notes}`;
      current.blocks.push({ kind: 'note', id, role, text, line, url: `${current.url}#${id}` });
      continuing = undefined;
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
      continuing = undefined;
      return;
    }
    if (continuing && continuing.left > 0) {
      // A line that carries on the heading above it: a block of its own, shown as part of that heading.
      continuing.lines.push(text);
      const id = `${continuing.block.id}-line-${continuing.lines.length}`;
      continuing.section.blocks.push({
        kind: 'heading',
        id,
        level: continuing.block.level,
        text,
        line,
        url: `${continuing.section.url}#${id}`,
        continues: true,
      });
      if (continuing.section.kind === 'appendix' && continuing.block.level === 1) {
        continuing.section.title = joinHeadingLines(continuing.lines);
        continuing.section.label = continuing.section.title;
      }
      continuing.left--;
      return;
    }
    continuing = undefined;
    if (layout.appendices.has(index)) {
      const slug = `appendix-${++appendices}`;
      const section = startSection({ slug, kind: 'appendix', title: text, name: text, label: text }, line, text);
      heading(section, slug, 1, line, text, layout.continued.get(index) ?? 0);
      return;
    }
    if (current.kind === 'appendix') {
      // An appendix's own title (a table's, a list's) follows its marker; nothing else in an
      // appendix is a heading: its 一、…十、 lists look like sub-parts but are items.
      if (layout.appendixTitles.has(index)) {
        heading(current, `${current.slug}-1`, 2, line, text);
        current.label = `${current.title} ${text}`;
      } else {
        current.blocks.push(paragraph(current, line, text, findRunInHead(text)));
      }
      return;
    }

    const start = layout.parts.get(index);
    if (start) {
      startPart(start, index, line, text);
      if (start.kind !== 'headingless') return;
    } else if (headings.has(text) && isPartShaped(text, layout.partRank, lines[index + 1]?.text)) {
      // A part heading given twice is refused, even where its number no longer counts up.
      throw new ReportError(line, duplicateHeading(text, headings.get(text)!));
    }
    const section = sections.at(-1)!;

    const lost = layout.unnumbered.get(index);
    if (lost !== undefined && section.kind === 'part') {
      // A sub-part heading whose number the copy lost: it counts as that number.
      subParts++;
      subSubParts = 0;
      lastNumber = { 2: { value: lost, line }, 3: undefined };
      heading(section, `${section.slug}-${subParts}`, 2, line, text);
      return;
    }
    const numbering = section.kind === 'part' ? numberingOf(text) : undefined;
    const level = numbering && layout.levels.get(numbering.rank);
    if (numbering && level) {
      const ownLine = isHeadingShaped(text, MAX_SUB_PART_HEADING) || layout.sentenceHeadings.has(index);
      const lead = ownLine ? undefined : runInSubPartLead(text, MAX_SUB_PART_HEADING);
      if (ownLine || lead) {
        const last = lastNumber[level];
        if (last && numbering.value === 1 && level === 2) {
          // Sub-parts numbered afresh inside one part: the part heading between them is missing.
          warnings.push({
            line,
            message:
              `分项编号在第${line}行重新从${numbering.mark}开始（上一个是第${last.line}行的${last.value}）：这里之前是否缺少一个部分标题？` +
              ` (sub-part numbering starts again at 1; is a part heading missing before it?)`,
          });
        } else if (numbering.value !== (last?.value ?? 0) + 1) {
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
          const id = level === 2 ? `${section.slug}-${subParts}` : `${section.slug}-${subParts}-${subSubParts}`;
          heading(section, id, level, line, text, layout.continued.get(index) ?? 0);
        } else {
          section.blocks.push(paragraph(section, line, text, lead, level));
        }
        return;
      }
    }
    if (
      section.kind === 'part' &&
      !numbering &&
      isStatementHeading(text) &&
      isHeadingShaped(text, MAX_SUB_PART_HEADING)
    ) {
      // 一年来，我们坚持…: the review's sub-parts stated as what was done.
      subParts++;
      subSubParts = 0;
      heading(section, `${section.slug}-${subParts}`, 2, line, text);
      return;
    }
    section.blocks.push(paragraph(section, line, text, findRunInHead(text)));
  });

  requireText(sections.at(-1)!);
  if (options.parts) requireDeclaredParts(sections, options.parts, lines.at(-1)!.line);
  return { sections, warnings };
}

function noPartHeading(last: number): ReportError {
  return new ReportError(
    last,
    `报告里找不到任何部分标题（读到第${last}行为止）。部分标题是单独的一行，不超过${MAX_PART_HEADING}个字，` +
      `不带句号、冒号、分号，可以带编号，如“一、2023年工作回顾”或“过去五年工作回顾”。` +
      ` (no part heading found up to line ${last}; a part heading is a short line of its own without sentence punctuation, such as 一、2023年工作回顾)`,
  );
}

/** Bare parts: a heading-shaped line with no number; numbered parts: a number and a heading. */
function isPartShaped(text: string, partRank: number, next: string | undefined): boolean {
  const numbering = numberingOf(text);
  // A short line right above a table is the table's title.
  if (next !== undefined && isTableRow(next)) return false;
  if (partRank < 0) return numbering === undefined && isHeadingShaped(text, MAX_PART_HEADING);
  if (numbering?.rank !== partRank) return false;
  return isHeadingShaped(afterNumber(text, numbering), MAX_PART_HEADING);
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

/**
 * A part whose heading is followed by nothing but headings has lost its text. An appendix may be
 * a heading alone: 附件一：2018年民生实事（略）.
 */
function requireText(section: ParsedSection): void {
  const heading = section.blocks[0];
  if (section.kind !== 'part' || !heading) return;
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
function checkDeclaredParts(found: ParsedSection[], declared: readonly string[], startLine: number): void {
  for (const [index, section] of found.entries()) {
    if (declared[index] === section.slug) continue;
    const line = section.blocks[0]?.line ?? startLine;
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
