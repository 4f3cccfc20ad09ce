// A PDF's text layer as lines of text, through pdf.js (its legacy build, which runs in Node):
// the text items placed on each page, grouped into visual lines by position (not the content
// stream's order), then cleaned in the named steps of clean-lines.ts.
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import {
  dropPageFurniture,
  isWide,
  joinSplitDateline,
  removeLetterSpacing,
  removeSpacesBetweenChineseAndDigits,
  tidyLine,
  unbreakLines,
  unifyGlyphTwins,
  unifyRadicals,
  type PlacedLine,
} from './clean-lines.ts';
import type { Imported } from './imported.ts';
import { Refused } from './refused.ts';

// pdf.js's own folders: the Adobe character maps that read Chinese fonts without a ToUnicode map
// (STSong-Light with UniGB-UCS2-H, as many government PDFs have), and the standard fonts' data.
const pdfjsFolder = (name: string) =>
  fileURLToPath(new URL(`${name}/`, import.meta.resolve('pdfjs-dist/package.json')));

interface PlacedItem {
  text: string;
  left: number;
  right: number;
  baseline: number;
  size: number;
}

/** A line's items, left to right, as text: a space only where the gap is one. */
export function joinItems(items: readonly PlacedItem[]): string {
  let text = '';
  let previous: PlacedItem | undefined;
  for (const item of [...items].sort((a, b) => a.left - b.left)) {
    if (previous) {
      const gap = item.left - previous.right;
      const last = [...text].at(-1);
      const first = [...item.text][0];
      const wide = isWide(last) || isWide(first);
      // Justified Chinese spreads its characters a little; a real space is wider.
      if ((gap > 0.6 * item.size || (!wide && gap > 0.2 * item.size)) && last !== ' ' && first !== ' ') text += ' ';
    }
    text += item.text;
    previous = item;
  }
  return text.replace(/ {2,}/g, ' ');
}

/** Gaps of more than two characters between a line's items: the columns of a table. */
function wideGaps(items: readonly PlacedItem[]): number {
  const ordered = [...items].sort((a, b) => a.left - b.left);
  return ordered.filter((item, index) => index > 0 && item.left - ordered[index - 1]!.right > 2 * item.size).length;
}

/**
 * Items into visual lines, top to bottom: those whose baselines lie within a third of their size of
 * each other. The content stream's order counts for nothing.
 */
export function groupLines(
  items: readonly PlacedItem[],
  page: number,
  pageWidth: number,
  pageHeight: number,
): PlacedLine[] {
  const lines: PlacedItem[][] = [];
  for (const item of [...items].sort((a, b) => a.baseline - b.baseline || a.left - b.left)) {
    const line = lines.find(
      (each) => Math.abs(each[0]!.baseline - item.baseline) < 0.35 * Math.max(each[0]!.size, item.size),
    );
    if (line) line.push(item);
    else lines.push([item]);
  }
  return lines
    .map((line) => ({
      text: joinItems(line),
      wideGaps: wideGaps(line),
      page,
      left: Math.min(...line.map((item) => item.left)),
      right: Math.max(...line.map((item) => item.right)),
      baseline: line[0]!.baseline,
      size: Math.max(...line.map((item) => item.size)),
      pageWidth,
      pageHeight,
    }))
    .filter((line) => line.text.trim() !== '');
}

export interface PdfLines {
  lines: PlacedLine[];
  pages: number;
  pagesWithoutText: number[];
  title: string | undefined;
}

/** The placed lines of every page, in reading order: top to bottom, each line left to right. */
export async function pdfLines(bytes: Uint8Array): Promise<PdfLines> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: pdfjsFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsFolder('standard_fonts'),
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const lines: PlacedLine[] = [];
    const pagesWithoutText: number[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PlacedItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [, , c, d, e, f] = (item as TextItem).transform as number[];
        const [x, y] = viewport.convertToViewportPoint(e!, f!) as [number, number];
        const size = Math.hypot(c!, d!) || 1;
        items.push({ text: item.str, left: x, right: x + item.width, baseline: y, size });
      }
      const pageLines = groupLines(items, number, viewport.width, viewport.height);
      if (pageLines.length === 0) pagesWithoutText.push(number);
      lines.push(...pageLines);
      page.cleanup();
    }
    const { info } = await document.getMetadata();
    const title = (info as { Title?: unknown }).Title;
    return { lines, pages: document.numPages, pagesWithoutText, title: typeof title === 'string' ? title : undefined };
  } finally {
    await task.destroy();
  }
}

const list = (items: string[], max = 5) =>
  items
    .slice(0, max)
    .map((item) => `“${item.length > 16 ? `${item.slice(0, 16)}…` : item}”`)
    .join(' ') + (items.length > max ? ` 等 ${items.length} 处` : '');

/** A PDF with a text layer: its paragraphs, its title, and what to check. A scan is refused. */
export async function importPdf(bytes: Uint8Array): Promise<Imported> {
  const { lines, pages, pagesWithoutText, title } = await pdfLines(bytes);
  if (lines.length === 0) {
    throw new Refused(
      '这是没有文字层的 PDF（扫描件或图片）',
      'a PDF without a text layer (a scan)',
      '请找原始的 Word 文件或网页；实在没有，先用 OCR 软件识别成文字，再逐字校对。',
    );
  }
  const notes: string[] = [];
  const furniture = dropPageFurniture(lines);
  const { paragraphs, guesses } = unbreakLines(furniture.lines);
  let radicals = 0;
  let spaces = 0;
  let twins = 0;
  const changed = (before: string, after: string) =>
    [...before].filter((char, index) => char !== [...after][index]).length;
  const cleaned = paragraphs.map((paragraph) => {
    const unified = unifyRadicals(paragraph);
    radicals += changed(paragraph, unified);
    const untwinned = unifyGlyphTwins(unified);
    twins += changed(unified, untwinned);
    const unspaced = removeSpacesBetweenChineseAndDigits(removeLetterSpacing(untwinned));
    spaces += untwinned.length - unspaced.length;
    return tidyLine(unspaced);
  });
  if (furniture.dropped.length > 0) {
    notes.push(
      `去掉了页码和页眉页脚 ${furniture.dropped.length} 行：${list(furniture.dropped.map((line) => line.text))} (page furniture dropped)`,
    );
  }
  if (guesses.length > 0) {
    notes.push(
      `${guesses.length} 处没有首行缩进、按行距或字号分段：${list(guesses)} (paragraphs started without an indent)`,
    );
  }
  if (radicals > 0) notes.push(`${radicals} 个康熙部首或部首补充字符已换成通用汉字（如 ⼯→工） (radicals unified)`);
  if (twins > 0) notes.push(`${twins} 个与别的字共用字形的字符已换回（如 ―→—） (glyph twins unified)`);
  if (spaces > 0) notes.push(`去掉了字间和汉字与数字之间的 ${spaces} 个空格 (spaces between characters removed)`);
  const tablePages = [...new Set(lines.filter((line) => (line.wideGaps ?? 0) >= 2).map((line) => line.page))];
  if (tablePages.length > 0) {
    notes.push(
      `第 ${tablePages.join('、')} 页像是有表格：PDF 里的表格按文字行读出，不是制表符分隔的行，请对照原文改好 (tables are not rebuilt from a PDF)`,
    );
  }
  if (pagesWithoutText.length > 0) {
    notes.push(`第 ${pagesWithoutText.join('、')} 页（共 ${pages} 页）没有文字，可能是扫描页 (pages without text)`);
  }
  return { lines: joinSplitDateline(cleaned.filter((line) => line !== '')), hints: { title }, notes };
}
