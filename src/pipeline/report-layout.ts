/**
 * The report's layout, read from all its lines before any block is made: the cover, how its parts
 * are numbered and where they start, which lines continue a heading, where the appendices start
 * and which lines are notes rather than text. parse-report.ts then walks the lines once and makes
 * the blocks; the decisions that need to see ahead (a part's number between two others, a heading
 * over two lines, a list of appendices) are made here, by the genre's profile.
 */
import { chineseNumeral } from './chinese-numeral.ts';
import {
  HEADINGLESS_PART,
  MAX_HEADER_LINES,
  MAX_HEADING_LINES,
  MAX_PART_HEADING,
  MAX_SUB_PART_CONTINUATION,
  MAX_SUB_PART_HEADING,
  MIN_BARE_HEADING_WORDS,
  OPENING_FORMULA,
  OWN_HEADING_START,
  type NoteRole,
} from './genre-profile.ts';
import {
  afterNumber,
  appendixListStart,
  headerRoleOf,
  isAddress,
  isAppendixLabel,
  isAppendixMarker,
  isCoverShaped,
  isHeadingShaped,
  isLooseHeading,
  isSentenceHeading,
  isStatementHeading,
  isTableRow,
  noteRoleOf,
  numberingOf,
  runInPartLead,
  runInSubPartLead,
} from './line-shapes.ts';
import type { SourceLine } from './normalize-lines.ts';
import { APPENDIX_LIST_ITEM } from './genre-profile.ts';

/** How a part starts: at its own heading line, run into its first paragraph, or with no heading. */
export type PartStart =
  | { kind: 'heading'; number?: number; label: string }
  | { kind: 'run-in'; number: number; label: string; lead: string }
  | { kind: 'headingless'; name: string; slug?: string; number?: number };

export interface ReportLayout {
  /** How many lines at the start are the cover: title, dateline, speaker. */
  coverLines: number;
  /** Parts are bare lines (-1), or numbered in the style of this rank (0 一、, 1 （一）); none found: -1. */
  partRank: number;
  /** Rank of the numbering style → heading level (2 or 3), for lines inside parts. */
  levels: Map<number, 2 | 3>;
  /** Line index → the part that starts there. */
  parts: Map<number, PartStart>;
  /** Line index → how many lines after it continue its heading (parts and appendices). */
  continued: Map<number, number>;
  /** Line index of an appendix's first line → the index of its title line (level 2), if any. */
  appendices: Map<number, number | undefined>;
  /** The appendices' title lines. */
  appendixTitles: Set<number>;
  /** Line index → the role of a line that is not the report's text. */
  notes: Map<number, NoteRole>;
  /** Numbered lines that are one sentence and a heading of their own: （一）加快发展现代工业。 */
  sentenceHeadings: Set<number>;
  /** Level-2 headings whose number the copy lost, with the number they stand for. */
  unnumbered: Map<number, number>;
  /** Where the layout is not what the genre leads one to expect: the build goes on. */
  warnings: { line: number; message: string }[];
}

interface Candidate {
  at: number;
  value: number;
  /**
   * A heading of its own (strict), or one only the numbering can confirm: loose, run in after a
   * space, or glued to its text (二、…全力做好2004年各项工作今年将全面实施…), where the sub-parts' numbers
   * starting again at （一） below it say that a part starts.
   */
  shape: 'strict' | 'loose' | 'run-in' | 'glued';
  label: string;
  lead?: string;
}

export function layoutOf(lines: SourceLine[]): ReportLayout {
  const texts = lines.map((line) => line.text);
  const coverLines = coverLineCount(lines);
  const notes = new Map<number, NoteRole>();
  texts.forEach((text, at) => {
    const role = at >= coverLines && !isTableRow(text) ? noteRoleOf(text) : undefined;
    if (role) notes.set(at, role);
  });
  const warnings: ReportLayout['warnings'] = [];
  const continued = new Map<number, number>();

  // The appendices start at the first marker that has text before it.
  const firstText = coverLines;
  let mainEnd = texts.length;
  for (let at = firstText + 1; at < texts.length; at++) {
    if (!notes.has(at) && (isAppendixMarker(texts[at]!) || appendixListStart(texts[at]!))) {
      mainEnd = at;
      break;
    }
  }
  const isText = (at: number) => !notes.has(at) && !isTableRow(texts[at]!);
  const aboveTable = (at: number) => texts[at + 1] !== undefined && isTableRow(texts[at + 1]!);

  // Heading lines that carry on the heading above: no number, heading-shaped, no table below.
  const continuationsAfter = (at: number, max: number, end: number, fits: (text: string) => boolean) => {
    let count = 0;
    while (count < max && at + count + 1 < end) {
      const next = at + count + 1;
      const text = texts[next]!;
      if (!isText(next) || aboveTable(next) || numberingOf(text) || isAddress(text) || isAppendixMarker(text)) break;
      // A heading of its own: it starts with a time, or repeats an earlier line (refused later as such).
      if (OWN_HEADING_START.test(text) || texts.indexOf(text) < next) break;
      // 一年来，我们坚持…，… starts the sub-parts; 我们锚定目标团结奋进 under a heading is its subtitle.
      if ((isStatementHeading(text) && /[，,]/.test(text)) || !fits(text)) break;
      count++;
    }
    return count;
  };

  // The parts' style: the first line in the main text that could be a part heading, bare or 一、.
  const bare = (at: number) =>
    isText(at) &&
    !aboveTable(at) &&
    !isAddress(texts[at]!) &&
    !numberingOf(texts[at]!) &&
    isHeadingShaped(texts[at]!, MAX_PART_HEADING) &&
    hasWords(texts[at]!) &&
    !isStatementHeading(texts[at]!) &&
    // 我代表省人民政府，向大会作工作报告，请予审议 without its full stop is the opening, not a heading.
    !OPENING_FORMULA.test(texts[at]!);
  const numbered = (rank: number) => candidatesOf(texts, firstText, mainEnd, rank, isText, aboveTable);
  const byRank = [numbered(0), numbered(1)];
  let partRank = -1;
  // The first line is left out: it may be an address or a title that the cover did not take.
  const firstBare = range(firstText + 1, mainEnd).find(bare);
  const firstNumbered = byRank[0]!.find(
    (candidate) => candidate.at > firstText && (candidate.shape === 'strict' || candidate.value === 1),
  );
  if (firstNumbered && (firstBare === undefined || firstNumbered.at < firstBare)) partRank = 0;
  else if (firstBare === undefined && increasing(byRank[1]!.filter((candidate) => candidate.shape === 'strict'))) {
    // No bare or 一、 headings: （一） lines that never start again at 1 are the parts (State Council, 1980s).
    partRank = 1;
  }

  const parts = new Map<number, PartStart>();
  if (partRank < 0 && firstBare !== undefined) {
    for (let at = firstText; at < mainEnd; at++) {
      if (!bare(at)) continue;
      parts.set(at, { kind: 'heading', label: texts[at]! });
      const count = continuationsAfter(at, MAX_HEADING_LINES - 1, mainEnd, (text) =>
        isHeadingShaped(text, MAX_PART_HEADING),
      );
      if (count > 0) continued.set(at, count);
      at += count;
    }
  } else if (partRank >= 0) {
    for (const part of numberedChain(byRank[partRank]!)) {
      if (part.shape === 'run-in') {
        parts.set(part.at, { kind: 'run-in', number: part.value, label: part.label, lead: part.lead! });
        continue;
      }
      if (part.shape === 'glued') {
        parts.set(part.at, { kind: 'headingless', name: `第${chineseNumeral(part.value)}部分`, number: part.value });
        warnings.push({
          line: lines[part.at]!.line,
          message: `“${chineseNumeral(part.value)}、”之后的标题与正文连在一起，分不开：这一部分以“第${chineseNumeral(part.value)}部分”为题。 (part ${part.value}'s heading runs into its text without a break)`,
        });
        continue;
      }
      parts.set(part.at, { kind: 'heading', number: part.value, label: part.label });
      const count = continuationsAfter(part.at, MAX_HEADING_LINES - 1, mainEnd, (text) =>
        isHeadingShaped(text, MAX_PART_HEADING),
      );
      if (count > 0) continued.set(part.at, count);
    }
  }

  // Text before the first part that is more than the opening: a part whose heading is missing.
  const first = Math.min(...parts.keys(), mainEnd);
  const firstPart = parts.get(first);
  const openingEnd = openingEndOf(texts, coverLines, first);
  const hasText = range(openingEnd, first).some(isText);
  if (parts.size === 0) {
    if (openingEnd < mainEnd)
      parts.set(openingEnd, { kind: 'headingless', name: HEADINGLESS_PART.name, slug: HEADINGLESS_PART.slug });
    warnings.push({
      line: lines[Math.min(openingEnd, lines.length - 1)]!.line,
      message: noPartsFound(texts, lines, firstText, mainEnd),
    });
  } else if (hasText && firstPart && (firstPart.number ?? 1) > 1) {
    const name = `第${chineseNumeral(1)}部分`;
    parts.set(openingEnd, { kind: 'headingless', name });
    warnings.push({
      line: lines[openingEnd]!.line,
      message:
        `第一个部分标题是第${lines[first]!.line}行的“${chineseNumeral(firstPart.number!)}、”：之前的文字没有部分标题，作为“${name}”发布。` +
        ` (the first part heading found is number ${firstPart.number}; the text before it is published as a part without a heading)`,
    });
  }

  // A numbered one-sentence line heads what follows it, unless it is an item of a list of such
  // lines: the line before or after it is one of the same rank.
  const sentenceHeadings = new Set<number>();
  const sentenceOfRank = (at: number, rank: number) =>
    isSentenceHeading(texts[at] ?? '', MAX_SUB_PART_HEADING) && numberingOf(texts[at]!)?.rank === rank;
  for (let at = firstText; at < mainEnd - 1; at++) {
    if (!isText(at) || parts.has(at) || !isSentenceHeading(texts[at]!, MAX_SUB_PART_HEADING)) continue;
    const rank = numberingOf(texts[at]!)!.rank;
    if (!isText(at + 1) || numberingOf(texts[at + 1]!)?.rank === rank || sentenceOfRank(at - 1, rank)) continue;
    sentenceHeadings.add(at);
  }

  // Levels below the parts: the numbering styles the main text uses for headings, in GB/T 9704's order.
  const used = new Set<number>();
  for (let at = firstText; at < mainEnd; at++) {
    const numbering = numberingOf(texts[at]!);
    if (!numbering || numbering.rank <= partRank || parts.has(at)) continue;
    if (
      isHeadingShaped(texts[at]!, MAX_SUB_PART_HEADING) ||
      sentenceHeadings.has(at) ||
      runInSubPartLead(texts[at]!, MAX_SUB_PART_HEADING)
    ) {
      used.add(numbering.rank);
    }
  }
  const ranks = [...used].sort((a, b) => a - b).slice(0, 2);
  const levels = new Map(ranks.map((rank, index) => [rank, index === 0 ? 2 : 3] as const));
  // A sub-part heading cut in two (二）…稳步提 / 高): the fragment continues it.
  for (let at = firstText; at < mainEnd; at++) {
    const numbering = numberingOf(texts[at]!);
    if (
      !numbering ||
      !levels.has(numbering.rank) ||
      parts.has(at) ||
      !isHeadingShaped(texts[at]!, MAX_SUB_PART_HEADING)
    )
      continue;
    const count = continuationsAfter(at, 1, mainEnd, (text) => [...text].length <= MAX_SUB_PART_CONTINUATION);
    if (count > 0) continued.set(at, count);
  }

  // A sub-part whose number the copy lost: between own-line （六） and （八） of one part, the one
  // unnumbered heading-shaped line is （七）.
  const unnumbered = new Map<number, number>();
  const ownLine = (at: number) => isHeadingShaped(texts[at]!, MAX_SUB_PART_HEADING) || sentenceHeadings.has(at);
  let previous: { at: number; value: number; rank: number } | undefined;
  for (let at = firstText; at < mainEnd; at++) {
    if (parts.has(at)) previous = undefined;
    const numbering = numberingOf(texts[at]!);
    if (!numbering || levels.get(numbering.rank) !== 2 || !ownLine(at)) continue;
    if (previous && previous.rank === numbering.rank && numbering.value === previous.value + 2) {
      const between = range(previous.at + 1, at).filter(
        (line) =>
          isText(line) &&
          !numberingOf(texts[line]!) &&
          !continued.has(line - 1) &&
          isHeadingShaped(texts[line]!, MAX_SUB_PART_HEADING) &&
          ![...continued].some(([heading, count]) => line > heading && line <= heading + count),
      );
      if (between.length === 1) {
        unnumbered.set(between[0]!, previous.value + 1);
        warnings.push({
          line: lines[between[0]!]!.line,
          message:
            `这一行没有编号，但在${previous.value}和${numbering.value}之间：作为第${previous.value + 1}个分项。` +
            ` (an unnumbered heading between sub-parts ${previous.value} and ${numbering.value}: taken as number ${previous.value + 1})`,
        });
      }
    }
    previous = { at, value: numbering.value, rank: numbering.rank };
  }

  const appendices = appendicesOf(texts, mainEnd, isText, continued);
  const appendixTitles = new Set([...appendices.values()].filter((title) => title !== undefined));
  return {
    coverLines,
    partRank,
    levels,
    parts,
    continued,
    appendices,
    appendixTitles,
    notes,
    sentenceHeadings,
    unnumbered,
    warnings,
  };
}

/** The numbered lines of a rank that could head a part, strict or not. */
function candidatesOf(
  texts: string[],
  from: number,
  to: number,
  rank: number,
  isText: (at: number) => boolean,
  aboveTable: (at: number) => boolean,
): Candidate[] {
  const found: Candidate[] = [];
  for (let at = from; at < to; at++) {
    const text = texts[at]!;
    const numbering = numberingOf(text);
    if (!numbering || numbering.rank !== rank || !isText(at) || aboveTable(at)) continue;
    const words = afterNumber(text, numbering);
    if (words === '' || isHeadingShaped(words, MAX_PART_HEADING)) {
      found.push({ at, value: numbering.value, shape: 'strict', label: words });
      continue;
    }
    const lead = runInPartLead(text, numbering);
    if (lead) found.push({ at, value: numbering.value, shape: 'run-in', label: afterNumber(lead, numbering), lead });
    else if (isLooseHeading(words)) found.push({ at, value: numbering.value, shape: 'loose', label: words });
    else if (restartsBelow(texts, at, to, rank)) found.push({ at, value: numbering.value, shape: 'glued', label: '' });
  }
  return found;
}

/** Whether the next numbered line of the rank below, before the next one of this rank, is its 1. */
function restartsBelow(texts: string[], at: number, to: number, rank: number): boolean {
  for (let next = at + 1; next < to; next++) {
    const numbering = numberingOf(texts[next]!);
    if (!numbering || numbering.rank < rank) continue;
    if (numbering.rank === rank) return false;
    return numbering.rank === rank + 1 && numbering.value === 1;
  }
  return false;
}

/**
 * The parts among numbered candidates: they only count up. A strict heading is taken whenever its
 * number is higher than the last part's (a gap is a warning later); a loose, run-in or glued one
 * only as the very next number, and only where no strict heading after it claims that number.
 */
function numberedChain(candidates: Candidate[]): Candidate[] {
  const chain: Candidate[] = [];
  let last = 0;
  candidates.forEach((candidate, index) => {
    if (candidate.value <= last) return;
    if (candidate.shape !== 'strict') {
      if (candidate.value !== last + 1) return;
      // A list item 三、…，… inside part 二 gives way to the heading 三、 that follows it.
      const nextStrict = candidates.slice(index + 1).find((each) => each.shape === 'strict' && each.value > last);
      if (nextStrict && nextStrict.value <= candidate.value) return;
    }
    chain.push(candidate);
    last = candidate.value;
  });
  return chain;
}

/** A bare heading says something: a few Chinese words, not a number left alone by a broken line (80). */
const hasWords = (text: string) => (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= MIN_BARE_HEADING_WORDS;

const increasing = (candidates: Candidate[]) =>
  candidates.length >= 2 && candidates.every((each, index) => index === 0 || each.value > candidates[index - 1]!.value);

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);

/**
 * Where the opening ends, when a part must start without a heading: after the address and the
 * paragraph presenting the report (现在，我代表…向大会报告工作), or after the first paragraph.
 */
function openingEndOf(texts: string[], coverLines: number, limit: number): number {
  let at = coverLines;
  if (texts[at] !== undefined && isAddress(texts[at]!)) at++;
  for (let next = at; next < Math.min(at + 3, limit); next++) {
    if (OPENING_FORMULA.test(texts[next]!)) return next + 1;
  }
  return Math.min(at + 1, limit);
}

/** What the warning for a report without part headings says it saw. */
function noPartsFound(texts: string[], lines: SourceLine[], from: number, to: number): string {
  const seen = range(from, to)
    .filter((at) => numberingOf(texts[at]!) && isHeadingShaped(texts[at]!, MAX_SUB_PART_HEADING))
    .slice(0, 3)
    .map((at) => `第${lines[at]!.line}行“${texts[at]!.slice(0, 16)}”`);
  return (
    `找不到部分标题，全文作为一个部分“${HEADINGLESS_PART.name}”发布${seen.length > 0 ? `；看到的标题只有分项：${seen.join('、')}` : ''}。` +
    `部分标题是单独的一行，如“一、2023年工作回顾”或“过去五年工作回顾”。` +
    ` (no part heading found: the text is published as one part${seen.length > 0 ? `; headings seen are sub-parts only` : ''})`
  );
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

/**
 * The appendices after the main text: each starts at a marker line (附件一, 附件1：…, 名词解释). A
 * label without a title (附件, 附 录) takes the next label (附录一) as its heading's second line and
 * the next heading-shaped line (a title such as 名词解释 too) as its title. A list of the appendices
 * (附件：1.… / 2.…) stays in the text when labels follow that start them; otherwise the lines equal
 * to its titles start them, or else the list itself starts the one appendix.
 */
function appendicesOf(
  texts: string[],
  start: number,
  isText: (at: number) => boolean,
  continued: Map<number, number>,
): Map<number, number | undefined> {
  const appendices = new Map<number, number | undefined>();
  const listed = new Set<string>();
  let at = start;
  while (at < texts.length) {
    const text = texts[at]!;
    if (!isText(at)) {
      at++;
      continue;
    }
    const list = appendixListAt(texts, at);
    if (list && !appendices.has(at)) {
      const end = at + list.lines;
      const labelled = range(end, texts.length).some((next) => isText(next) && isAppendixMarker(texts[next]!));
      if (!labelled) {
        const titled = range(end, texts.length).filter((next) => list.titles.includes(stripOmitted(texts[next]!)));
        // Nothing follows that the list names: the list's first line starts the one appendix.
        if (titled.length === 0) appendices.set(at, undefined);
        for (const title of list.titles) listed.add(title);
      }
      at = end;
      continue;
    }
    if (isAppendixMarker(text) || listed.has(stripOmitted(text))) {
      let next = at + 1;
      let count = 0;
      if (isAppendixLabel(text)) {
        while (next < texts.length && count < MAX_HEADING_LINES - 1 && isText(next) && isAppendixLabel(texts[next]!)) {
          count++;
          next++;
        }
      }
      if (count > 0) continued.set(at, count);
      let title: number | undefined;
      const candidate = texts[next];
      if (
        candidate !== undefined &&
        isText(next) &&
        !isAppendixLabel(candidate) &&
        !/^附/.test(candidate) &&
        (isHeadingShaped(candidate, MAX_PART_HEADING) || isAppendixMarker(candidate))
      ) {
        title = next++;
      }
      appendices.set(at, title);
      at = next;
      continue;
    }
    at++;
  }
  return appendices;
}

/** A list of appendix titles starting at a line: 附件：1.… or 附件 then 1.…, and the 2.… after it. */
function appendixListAt(texts: string[], at: number): { lines: number; titles: string[] } | undefined {
  const first = appendixListStart(texts[at]!);
  const items: string[] = [];
  let next = at + 1;
  if (first) items.push(first);
  else if (/^附件[：:]?$/.test(texts[at]!) && APPENDIX_LIST_ITEM.exec(texts[at + 1] ?? '')?.[1] === '1') {
    items.push(texts[at + 1]!);
    next++;
  } else return undefined;
  while (next < texts.length && APPENDIX_LIST_ITEM.exec(texts[next]!)?.[1] === String(items.length + 1)) {
    items.push(texts[next]!);
    next++;
  }
  const titles = items.map((item) => stripOmitted(APPENDIX_LIST_ITEM.exec(item)?.[2] ?? item));
  return { lines: next - at, titles };
}

/** A title without its （略） and surrounding marks, for matching a list's title to a line. */
const stripOmitted = (text: string) =>
  text
    .replace(/[（(]略[）)]$/, '')
    .replace(/[。；;]$/, '')
    .trim();
