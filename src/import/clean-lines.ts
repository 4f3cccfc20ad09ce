// The cleaning steps every importer's lines go through before they become report.txt: named, pure
// and small, each tested on its own (after laws-africa/indigo's importers: unbreak lines, remove
// page furniture, then one grammar). Nothing here knows which format a line came from; a step
// that needs a PDF's geometry takes placed lines, the rest take the text.
import { radicalToIdeograph } from './radicals.ts';

/** A character of Chinese text: an ideograph, or CJK or full-width punctuation (，。、“”——…). */
const WIDE = /[\p{Script=Han}\u2e80-\u2fdf\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]/u;
export const isWide = (char: string | undefined) => char !== undefined && WIDE.test(char);

/**
 * Two pieces of one paragraph that a line break (a PDF's line end, a soft break, a `<br>`, a line
 * break in HTML source) split: Chinese text runs on without a space, Latin words get one.
 */
export function joinBroken(before: string, after: string): string {
  const end = before.trimEnd();
  const start = after.trimStart();
  if (end === '' || start === '') return end + start;
  return isWide([...end].at(-1)) || isWide([...start][0]) ? end + start : `${end} ${start}`;
}

// White space around a line that only lays the text out: ASCII blanks, no-break spaces (&nbsp;),
// ideographic spaces (the　　first-line indent), zero-width spaces and the BOM.
const EDGE_SPACE = /^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/gu;

/** A line without the indent and white space around it; inside it, nothing changes. */
export function tidyLine(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

/** The lines tidied, without the empty ones. */
export function tidyLines(lines: readonly string[]): string[] {
  return lines.map(tidyLine).filter((line) => line !== '');
}

/** A page number on a line of its own: — 1 —, - 2 -, 3, 第4页, 第 5 页 共 20 页, 6/20. */
export const PAGE_NUMBER =
  /^[-—–－~～\s]*(第\s*)?[0-9]{1,4}(\s*页)?(\s*[/／]\s*[0-9]{1,4}|\s*共\s*[0-9]{1,4}\s*页)?[-—–－~～\s]*$/;
/** A page number set off with dashes (— 1 —): never a line of the report, wherever it stands. */
const DASHED_PAGE_NUMBER = /^[-—–－~～]+\s*[0-9]{1,4}\s*[-—–－~～]+$/;

export interface Dropped {
  lines: string[];
  /** What was taken out, for the publisher to check. */
  dropped: string[];
}

/** Lines that are a page number with its dashes (— 1 —), which a Word file converted from a PDF keeps. */
export function dropPageNumberLines(lines: readonly string[]): Dropped {
  const dropped = lines.filter((line) => DASHED_PAGE_NUMBER.test(line.trim()));
  return { lines: lines.filter((line) => !DASHED_PAGE_NUMBER.test(line.trim())), dropped };
}

// The controls an article page of a government site puts around the text: 字号 大 中 小, 打印,
// 关闭窗口, 分享到, 收藏, 返回顶部, 【纠错】, 扫一扫在手机打开当前页… A line made of these alone is chrome.
const CHROME_WORD =
  /【|】|\[|\]|[|｜:：]|字号|字体|大|中|小|默认|打印(本页|此页|文章)?|关闭(窗口|本页)?|分享到?|收藏(本页)?|返回(顶部)?|纠错|我要纠错|扫一扫(在手机打开当前页)?|微信|微博|QQ空间|保存|浏览次数|阅读次数|访问量|视力保护色|\s/gu;

/** Lines made only of a page's controls (【字体：大 中 小】【打印】【关闭窗口】, 分享到：). */
export function dropPageChrome(lines: readonly string[]): Dropped {
  const isChrome = (line: string) => {
    const rest = line.replace(CHROME_WORD, '');
    return rest.length === 0 && /[字打关分收返纠扫]/.test(line) && line.length <= 60;
  };
  return { lines: lines.filter((line) => !isChrome(line)), dropped: lines.filter(isChrome) };
}

/**
 * The space PDF text puts between Chinese and the digits or Latin letters set in a Latin font
 * (2021 年, 增长 5.3%, 单位 GDP): a gap in the layout (Word's spacing between Asian and Latin
 * text), not a character of the text.
 */
export function removeSpacesBetweenChineseAndDigits(text: string): string {
  const chinese = `${WIDE.source.slice(0, -1)}\u2236]`; // and ∶, the ratio sign of 0.23∶31.8
  return text
    .replace(new RegExp(`(?<=${chinese})[ \u00a0]+(?=[0-9A-Za-z])`, 'gu'), '')
    .replace(new RegExp(`(?<=[0-9A-Za-z%])[ \u00a0]+(?=${chinese})`, 'gu'), '');
}

/**
 * The spaces a PDF's text shows between the characters of a line spread out to fill the width
 * (一 般 公 共 预 算, 资 金5 2亿 元): four or more pieces of one or two characters, each followed by one
 * space, most of them Chinese, are written without the spaces. A space between longer words stays
 * (市长 马晓磊), and so do the spaces of a short run (区长 张 三).
 */
export function removeLetterSpacing(text: string): string {
  return text.replace(/(?:\S{1,2} ){3,}\S{1,2}/gu, (run) => {
    const chars = [...run.replace(/ /g, '')];
    return chars.filter(isWide).length * 2 > chars.length ? chars.join('') : run;
  });
}

/**
 * Kangxi radicals (⽹ U+2F79) and CJK radicals supplement characters (⻓ U+2ED3) that a PDF's font
 * maps its glyphs to, as the unified ideographs they stand for (网, 长). Only these: no other
 * character changes, so （一）, 　 and full-width digits stay as they are (NFKC would change them).
 */
export function unifyRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/gu, (char) => radicalToIdeograph(char) ?? char);
}

/**
 * Characters that Chinese fonts draw with one glyph, which a PDF's text gives as the wrong one of
 * the two (measured in Chromium's PDFs in Noto CJK SC): a single dash — as the horizontal bar ―
 * (U+2015; the pair —— comes back right), 胶 as its variant 㬵 (U+3B35). Neither belongs in a
 * report's text.
 */
const GLYPH_TWINS: Record<string, string> = { '\u2015': '—', '\u3b35': '胶' };
export function unifyGlyphTwins(text: string): string {
  return text.replace(/[\u2015\u3b35]/gu, (char) => GLYPH_TWINS[char]!);
}

/**
 * A dateline that a PDF's centred lines split (——2024年1月10日在东山市第十八届人民代表大会第三次会 /
 * 议上): on the cover, a line that starts a dateline without ending it (会议上), followed by the
 * short line that ends it, is one line.
 */
export function joinSplitDateline(lines: readonly string[]): string[] {
  const joined = [...lines];
  for (let i = 0; i < Math.min(joined.length - 1, 6); i++) {
    const [line, next] = [joined[i]!, joined[i + 1]!];
    if (/^——.*年.*月/.test(line) && !/会议上$/.test(line) && /会议上$/.test(line + next) && [...next].length <= 24) {
      joined.splice(i, 2, line + next);
    }
  }
  return joined;
}

/** A visual line of a PDF page: its text and where it stands, in points from the page's top left. */
export interface PlacedLine {
  text: string;
  /** 1-based page number. */
  page: number;
  /** Left and right edge of the line's text. */
  left: number;
  right: number;
  /** The baseline, from the page's top. */
  baseline: number;
  /** The size of the line's (largest) font. */
  size: number;
  pageWidth: number;
  pageHeight: number;
  /** Gaps of more than two characters inside the line, as between a table's cells. */
  wideGaps?: number;
}

const furnitureKey = (line: PlacedLine) =>
  `${line.text.replace(/[0-9]+/g, '#').replace(/\s+/g, '')}@${Math.round(line.baseline / 6)}`;

/**
 * Page furniture: page numbers (— 1 —, 2, 第3页) and running heads or feet (a title, a date
 * repeated at the same height on several pages). Only a page's first or last line can be
 * furniture, and only when it stands apart from the text (more than a line and a half away) or is a
 * dashed page number; then it is dropped when it is a page number or repeats on another page.
 */
export function dropPageFurniture(lines: readonly PlacedLine[]): { lines: PlacedLine[]; dropped: PlacedLine[] } {
  const pitch = medianPitch(lines);
  const candidates = new Set<PlacedLine>();
  for (const pageLines of groupByPage(lines).values()) {
    const ordered = [...pageLines].sort((a, b) => a.baseline - b.baseline);
    const ends: [PlacedLine | undefined, PlacedLine | undefined][] = [
      [ordered[0], ordered[1]],
      [ordered.at(-1), ordered.at(-2)],
    ];
    for (const [edge, neighbour] of ends) {
      if (!edge) continue;
      const apart = !neighbour || Math.abs(neighbour.baseline - edge.baseline) > 1.5 * pitch;
      if (apart || DASHED_PAGE_NUMBER.test(edge.text.trim())) candidates.add(edge);
    }
  }
  const counts = new Map<string, number>();
  for (const line of candidates) counts.set(furnitureKey(line), (counts.get(furnitureKey(line)) ?? 0) + 1);
  const isFurniture = (line: PlacedLine) =>
    candidates.has(line) && (PAGE_NUMBER.test(line.text.trim()) || (counts.get(furnitureKey(line)) ?? 0) >= 2);
  return { lines: lines.filter((line) => !isFurniture(line)), dropped: lines.filter(isFurniture) };
}

function groupByPage(lines: readonly PlacedLine[]): Map<number, PlacedLine[]> {
  const pages = new Map<number, PlacedLine[]>();
  for (const line of lines) pages.set(line.page, [...(pages.get(line.page) ?? []), line]);
  return pages;
}

/**
 * The usual distance between two lines of text on a page: the lower quartile of the distances,
 * which the few wide ones (to a footer, between paragraphs) do not move.
 */
function medianPitch(lines: readonly PlacedLine[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (a.page === b.page && b.baseline > a.baseline) gaps.push(b.baseline - a.baseline);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 4)] ?? 20;
}

/** The value seen most often (rounded to a point), for the left edge of a page's text. */
function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1);
  let best: number | undefined;
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value;
  return best;
}

export interface Unbroken {
  paragraphs: string[];
  /** Paragraphs that started where neither an indent nor a short line said so: worth a look. */
  guesses: string[];
}

/**
 * A PDF's visual lines, in reading order, joined into paragraphs. A paragraph starts at the first-
 * line indent (a line that starts right of the text's left edge, as an indented or centred line
 * does), after a line that ends short of the right edge, after a wider gap than between lines, or
 * where the font size changes; any other line continues the paragraph before it, across pages too.
 * A centred paragraph that wrapped (a long dateline) comes out as two: its lines look exactly like
 * two centred paragraphs of which the first fills its line (the build reads a dateline over two
 * lines as one dateline).
 */
export function unbreakLines(lines: readonly PlacedLine[]): Unbroken {
  const byPage = groupByPage(lines);
  const allLefts = lines.map((line) => line.left);
  const edges = new Map<number, { left: number; right: number }>();
  for (const [page, pageLines] of byPage) {
    const left = pageLines.length >= 4 ? mostCommon(pageLines.map((line) => line.left)) : mostCommon(allLefts);
    // The right edge of justified text: the line ends that most lines reach.
    const rights = pageLines.map((line) => line.right).sort((a, b) => b - a);
    const right = rights[Math.min(rights.length - 1, Math.floor(rights.length / 4))] ?? 0;
    edges.set(page, { left: left ?? 0, right });
  }
  const pitch = medianPitch(lines);

  const paragraphs: string[] = [];
  const guesses: string[] = [];
  let previous: PlacedLine | undefined;
  for (const line of lines) {
    const { left } = edges.get(line.page)!;
    const indented = line.left > left + line.size;
    let starts = previous === undefined || indented;
    if (previous && !starts) {
      const previousEdge = edges.get(previous.page)!;
      const short = previous.right < previousEdge.right - 1.5 * previous.size;
      const gap = previous.page === line.page && line.baseline - previous.baseline > 1.6 * pitch;
      const resized = Math.abs(previous.size - line.size) > 0.15 * line.size;
      starts = short || gap || resized;
      if (starts && !short) guesses.push(line.text);
    }
    if (starts) paragraphs.push(line.text);
    else paragraphs[paragraphs.length - 1] = joinBroken(paragraphs.at(-1)!, line.text);
    previous = line;
  }
  return { paragraphs, guesses };
}
