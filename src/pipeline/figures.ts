/**
 * The report's numbers, from the validated model: the year's main targets, the five-year goals'
 * figures and every figure with its unit. Pure functions; the genre's phrasing is data in
 * `figure-rules.ts`. Every span is an exact slice of its paragraph, and `verifyFigures` refuses
 * a file whose spans are not (the build runs it before publishing).
 */
import type { Block, ParagraphBlock } from '../schemas/block.ts';
import type { Figure, FigureKind, FiguresFile, Target } from '../schemas/figures.ts';
import type { Report } from '../schemas/report.ts';
import { quoteDirective, withTextDirective } from '../share/text-fragment.ts';
import {
  APPROXIMATE,
  ITEM_SEPARATORS,
  MULTIPLIERS,
  NAME_QUOTES,
  NAME_THRESHOLD,
  NOT_A_FIGURE_BEFORE,
  QUALIFIERS,
  RANGE_MARKS,
  RESPECTIVELY,
  RESPECTIVELY_JOINS,
  RESPECTIVELY_NAMES,
  TARGETS_INTRO,
  TARGETS_TRAILER,
  UNITS,
  VALUE_WORDS,
} from './figure-rules.ts';
import { ReportError, quote } from './report-error.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const alternatives = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const UNIT_KIND = new Map<string, FigureKind>(
  (Object.entries(UNITS) as [FigureKind, string[]][]).flatMap(([kind, units]) => units.map((unit) => [unit, kind])),
);
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const FIGURE = new RegExp(
  `(${NUMBER})(?:(?:%|％)?(?:${alternatives(RANGE_MARKS)})(${NUMBER}))?` +
    `(${alternatives(APPROXIMATE)})?(${alternatives(MULTIPLIERS)})?(${alternatives(APPROXIMATE)})?` +
    `(${alternatives([...UNIT_KIND.keys()])})(${alternatives(QUALIFIERS)})?`,
  'g',
);
const NUMBERS = new RegExp(NUMBER, 'g');

/** A figure found in a text: where it is and what it says. */
export interface FigureMatch {
  start: number;
  end: number;
  text: string;
  value: number;
  upTo?: number;
  unit: string;
  kind: FigureKind;
}

/** The spans of a text inside name quotes (“…”, 《…》), marks included. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const [open, close] of NAME_QUOTES) {
    let at = text.indexOf(open);
    while (at >= 0) {
      const end = text.indexOf(close, at + 1);
      if (end < 0) break;
      spans.push([at, end + 1]);
      at = text.indexOf(open, end + 1);
    }
  }
  return spans;
}

const inside = (spans: [number, number][], at: number) => spans.some(([from, to]) => at > from && at < to);

/**
 * Every figure of a text: an Arabic number with its unit or counter (757.5亿元, 60余项, 4.7万余户,
 * 7.5%—8%). Not figures: numbers without a unit (2016年, 0.23∶31.8), ordinals and codes (第2,
 * PM2.5), numbers inside a quoted name (“人才金政37条”), thresholds in a name (500万元以上工业企业).
 */
export function findFigures(text: string): FigureMatch[] {
  const quoted = quotedSpans(text);
  const found: FigureMatch[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (NOT_A_FIGURE_BEFORE.test(text.slice(0, start)) || inside(quoted, start)) continue;
    const qualifier = match[7];
    if ((qualifier === '以上' || qualifier === '以下') && NAME_THRESHOLD.test(text.slice(end))) continue;
    const unit = `${match[4] ?? ''}${match[6]!}`;
    found.push({
      start,
      end,
      text: match[0],
      value: Number(match[1]),
      ...(match[2] ? { upTo: Number(match[2]) } : {}),
      unit,
      kind: UNIT_KIND.get(match[6]!)!,
    });
  }
  return found;
}

/** The Arabic numbers of a text in order, codes such as PM2.5 aside. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(NUMBERS)]
    .filter((match) => !/[A-Za-z]$/.test(text.slice(0, match.index)))
    .map((match) => Number(match[0]));
}

/** A target item before it gets its paragraph: names and words, with its span in the paragraph. */
export interface ItemText {
  indicator: string;
  target: string;
  numbers: number[];
  /** Where the item's words are in the paragraph. */
  start: number;
  end: number;
}

const VALUE_WORD = new RegExp(alternatives(VALUE_WORDS));
const STARTS_AS_VALUE = new RegExp(`^(?:${alternatives(VALUE_WORDS)}|\\d)`);

/** Splits `text[from, to)` at the separator marks outside quotes, keeping each piece's offsets. */
function splitAt(
  text: string,
  from: number,
  to: number,
  marks: RegExp,
): { start: number; end: number; mark: string }[] {
  const quoted = quotedSpans(text);
  const pieces: { start: number; end: number; mark: string }[] = [];
  let start = from;
  for (let at = from; at < to; at++) {
    if (marks.test(text[at]!) && !inside(quoted, at)) {
      pieces.push({ start, end: at, mark: text[at]! });
      start = at + 1;
    }
  }
  pieces.push({ start, end: to, mark: '' });
  return pieces.filter((piece) => piece.end > piece.start);
}

/**
 * The items of a list of targets in `text[from, to)`: split at ； then at ， and 、; a piece that
 * starts with a value word or a number continues the item before it (增长6%，力争6.5%; 地区生产总值
 * 1910亿元，增长15%以上); a piece without a value before a 、 is part of the next name (节能、环保指标).
 */
export function itemSpans(text: string, from: number, to: number): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  for (const segment of splitAt(text, from, to, ITEM_SEPARATORS.strong)) {
    const pieces = splitAt(text, segment.start, segment.end, ITEM_SEPARATORS.weak);
    let carried: number | undefined;
    pieces.forEach((piece, index) => {
      const words = text.slice(piece.start, piece.end);
      const last = items.at(-1);
      if (STARTS_AS_VALUE.test(words) && last && index > 0) {
        last.end = piece.end;
      } else if (piece.mark === '、' && index < pieces.length - 1 && !VALUE_WORD.test(words) && !/\d/.test(words)) {
        carried ??= piece.start;
      } else {
        items.push({ start: carried ?? piece.start, end: piece.end });
        carried = undefined;
      }
    });
  }
  return items;
}

/**
 * The names a 分别 item's shared name stands for: the names it lists (医疗床位、养老床位), or by the
 * genre's shorthand (城乡居民… → 城镇居民…, 农村居民…), else the name numbered.
 */
function respectiveNames(name: string, count: number): string[] {
  const listed = name.split(RESPECTIVELY_JOINS);
  if (listed.length === count && listed.every((each) => each.length > 0)) return listed;
  const rule = RESPECTIVELY_NAMES.find(([shared, each]) => name.includes(shared) && each.length === count);
  if (rule) return rule[1].map((each) => name.replace(rule[0], each));
  return Array.from({ length: count }, (_, index) => `${name}（${index + 1}）`);
}

/**
 * One item as indicator and target. The indicator is the text before the first value word (增长,
 * 达到, 控制在, …), or before a number that ends the item (地区生产总值1910亿元), so numbers in a name
 * (500万元以上工业企业增加值) are not values. 分别 makes one item per value. An item without a value
 * is its own indicator with an empty target.
 */
export function parseItem(text: string, start: number, end: number): ItemText[] {
  // Words that open the item but are not part of the name: 要, 力争 before a whole item.
  while (start < end && /[\s要]/.test(text[start]!)) start++;
  if (text.startsWith('力争', start) && VALUE_WORD.test(text.slice(start + 2, end))) start += 2;
  const words = text.slice(start, end);
  const respectively = words.indexOf(RESPECTIVELY);
  if (respectively > 0) {
    const name = words.slice(0, respectively);
    const values = words.slice(respectively + RESPECTIVELY.length);
    const verb = values.match(new RegExp(`^(?:${alternatives(VALUE_WORDS)})`))?.[0] ?? '';
    const parts = values.split(RESPECTIVELY_JOINS).filter((part) => /\d/.test(part));
    if (parts.length > 1) {
      const names = respectiveNames(name, parts.length);
      return parts.map((part, index) => ({
        indicator: names[index]!,
        target: index === 0 || part.startsWith(verb) ? part : `${verb}${part}`,
        numbers: numbersIn(part),
        start,
        end,
      }));
    }
  }
  // The value starts at the first value word, or at a figure that ends a piece (1910亿元，…).
  const figures = findFigures(words);
  const valueWord = words.slice(1).search(VALUE_WORD) + 1;
  const ending = figures.find((figure) => figure.start > 0 && /^(?:$|[，,、；;])/.test(words.slice(figure.end)));
  const candidates = [valueWord, ending?.start ?? 0].filter((at) => at > 0);
  const first = figures.find((figure) => figure.start > 0);
  const split = candidates.length > 0 ? Math.min(...candidates) : (first?.start ?? words.length);
  const target = words.slice(split);
  return [{ indicator: words.slice(0, split) || words, target, numbers: numbersIn(target), start, end }];
}

/** Where a sentence ends: after the next 。 (or the text's end). */
function sentenceEnd(text: string, from: number): number {
  const at = text.indexOf('。', from);
  return at < 0 ? text.length : at;
}

/**
 * The year's main targets of a paragraph: the list after 主要预期目标是：(or 为：, 建议为：,
 * 主要目标是：) to the end of its sentence, and each following sentence of one clause that ends in
 * 指标 or 目标 (全面完成上级下达的节能减排约束性指标。). Undefined when the paragraph states none.
 */
export function targetItems(text: string): ItemText[] | undefined {
  const intro = TARGETS_INTRO.exec(text);
  if (!intro) return undefined;
  const from = intro.index + intro[0].length;
  let to = sentenceEnd(text, from);
  const items = itemSpans(text, from, to).flatMap(({ start, end }) => parseItem(text, start, end));
  while (to < text.length) {
    const next = sentenceEnd(text, to + 1);
    if (!TARGETS_TRAILER.test(text.slice(to + 1, next))) break;
    items.push(...parseItem(text, to + 1, next));
    to = next;
  }
  return items.length > 0 ? items : undefined;
}

/**
 * The five-year goals' figures of a paragraph: each clause (between ，；。：) with a figure, as an
 * item: 地区生产总值年均增长7%以上, “四新”经济占比超过38.5%.
 */
export function goalItems(text: string): ItemText[] {
  return splitAt(text, 0, text.length, /[，,；;。：:！？]/)
    .filter(({ start, end }) => findFigures(text.slice(start, end)).length > 0)
    .flatMap(({ start, end }) => parseItem(text, start, end))
    .filter((item) => item.numbers.length > 0);
}

/** The clause around a span: from the mark before it to the mark after it. */
function clauseAround(text: string, start: number, end: number): { clause: string; offset: number } {
  // A tab separates a table row's cells.
  const marks = /[，,；;。：:！？\t]/;
  let from = start;
  while (from > 0 && !marks.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !marks.test(text[to]!)) to++;
  return { clause: text.slice(from, to), offset: start - from };
}

type TextBlock = Extract<Block, { kind: 'paragraph' | 'row' | 'heading' }>;

/** Every block of the report with what its page shows before it, for text fragments' prefixes. */
function blocksInPages(report: Report) {
  return report.sections.flatMap((section) => {
    let before = '';
    let subpart: string | undefined;
    return section.blocks.flatMap((block) => {
      if (block.kind === 'heading' && block.level === 2) subpart = block.id;
      if (block.kind === 'paragraph' && block.leadLevel === 2) subpart = block.id;
      const entry = { block, section, before, subpart };
      before += `\n${block.text}`;
      return block.kind === 'header' || block.kind === 'note' ? [] : [entry as typeof entry & { block: TextBlock }];
    });
  });
}

/** The paragraph's link with a text fragment that highlights `text.slice(start, end)`. */
function fragmentUrl(block: TextBlock, start: number, end: number, before: string): string {
  const directive = quoteDirective(block.text, start, end, before);
  return directive ? withTextDirective(block.url, directive.directive) : block.url;
}

function toTarget(item: ItemText, block: ParagraphBlock, before: string): Target {
  return {
    indicator: item.indicator,
    target: item.target,
    text: block.text.slice(item.start, item.end),
    numbers: item.numbers,
    paragraph: block.id,
    number: block.number,
    url: fragmentUrl(block, item.start, item.end, before),
  };
}

/** Whether a section is the five-year goals part. */
export const isGoalsPart = (section: { kind: string; slug: string }) =>
  section.kind === 'part' && section.slug === 'goals';

/** Everything `/figures.json` holds, from the validated report. */
export function extractFigures(report: Report): FiguresFile {
  const entries = blocksInPages(report);
  let targets: Target[] = [];
  const goals: Target[] = [];
  const figures: Figure[] = [];
  for (const { block, section, before, subpart } of entries) {
    if (block.kind === 'paragraph') {
      if (isGoalsPart(section)) {
        goals.push(...goalItems(block.text).map((item) => toTarget(item, block, before)));
      } else if (targets.length === 0) {
        targets = (targetItems(block.text) ?? []).map((item) => toTarget(item, block, before));
      }
    }
    const text = block.kind === 'row' ? block.cells.join('\t') : block.text;
    for (const figure of findFigures(text)) {
      const { clause, offset } = clauseAround(text, figure.start, figure.end);
      figures.push({
        text: figure.text,
        value: figure.value,
        ...(figure.upTo === undefined ? {} : { upTo: figure.upTo }),
        unit: figure.unit,
        kind: figure.kind,
        paragraph: block.id,
        clause,
        offset,
        section: section.slug,
        ...(subpart ? { subpart } : {}),
        url: fragmentUrl(block, figure.start, figure.end, before),
      });
    }
  }
  return { title: report.title, targets, goals, figures };
}

/**
 * Refuses figures that are not in the text: every target's and figure's span must occur verbatim
 * in its paragraph, and every number of a target in its span. Throws a ReportError naming the
 * paragraph and its line.
 */
export function verifyFigures(file: FiguresFile, report: Report): void {
  const blocks = new Map(report.sections.flatMap((section) => section.blocks).map((block) => [block.id, block]));
  const spans = [
    ...[...file.targets, ...file.goals].map((target) => ({
      paragraph: target.paragraph,
      text: target.text,
      also: target.numbers.map(String),
    })),
    ...file.figures.map((figure) => ({ paragraph: figure.paragraph, text: figure.text, also: [figure.clause] })),
  ];
  for (const span of spans) {
    const block = blocks.get(span.paragraph);
    const name = block && 'number' in block ? `第${block.number}段 (${block.id})` : span.paragraph;
    if (!block) throw new ReportError(undefined, `数字所在的段落 ${span.paragraph} 不存在 (no such paragraph)`);
    const text = block.kind === 'row' ? block.cells.join('\t') : block.text;
    if (!text.includes(span.text)) {
      throw new ReportError(
        block.line,
        `${name} 中没有原文 ${quote(span.text)}：数据只能发布原文中的字句 (the figure is not verbatim in paragraph ${block.id})`,
      );
    }
    const missing = span.also.find((part) => !span.text.includes(part) && !text.includes(part));
    if (missing !== undefined) {
      throw new ReportError(
        block.line,
        `${name} 中没有 ${quote(missing)}（${quote(span.text)}）(not verbatim in paragraph ${block.id})`,
      );
    }
  }
}
