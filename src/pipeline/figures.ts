/**
 * The report's numbers, from the validated model: the year's main targets, the five-year goals'
 * figures and every figure with its unit. Pure functions; the genre's phrasing is data in
 * `figure-rules.ts`. Every span is an exact slice of its paragraph, and `verifyFigures` refuses
 * a file whose spans are not (the build runs it before publishing).
 */
import type { Block, ParagraphBlock } from '../schemas/block.ts';
import type { Figure, FiguresFile, Target } from '../schemas/figures.ts';
import type { Report } from '../schemas/report.ts';
import { quoteDirective, withTextDirective } from '../share/text-fragment.ts';
import { FLAT, ZERO_WORDS } from './figure-rules.ts';
import { findFigures } from './find-figures.ts';
import { ReportError, quote } from './report-error.ts';
import { goalItems, yearTargets, type ItemText } from './targets.ts';

export { findFigures, numbersIn, quotedSpans, type FigureMatch } from './find-figures.ts';
export { goalItems, itemSpans, listItems, parseItem, yearTargets, type ItemText } from './targets.ts';

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
export function blocksInPages(report: Report) {
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
export function fragmentUrl(block: TextBlock, start: number, end: number, before: string): string {
  const directive = quoteDirective(block.text, start, end, before);
  return directive ? withTextDirective(block.url, directive.directive) : block.url;
}

function toTarget(item: ItemText, block: ParagraphBlock, before: string): Target {
  const { start, end, ...values } = item;
  return {
    ...values,
    text: block.text.slice(start, end),
    paragraph: block.id,
    number: block.number,
    url: fragmentUrl(block, start, end, before),
  } as Target;
}

/** Whether a section is the five-year goals part. */
export const isGoalsPart = (section: { kind: string; slug: string }) =>
  section.kind === 'part' && section.slug === 'goals';

/** Everything `/figures.json` holds, from the validated report. */
export function extractFigures(report: Report): FiguresFile {
  const entries = blocksInPages(report);
  const befores = new Map(entries.map((entry) => [entry.block.id, entry.before]));
  const targets = yearTargets(report).flatMap(({ block, items }) =>
    items.map((item) => toTarget(item, block, befores.get(block.id)!)),
  );
  const goals: Target[] = [];
  const figures: Figure[] = [];
  for (const { block, section, before, subpart } of entries) {
    if (block.kind === 'paragraph' && isGoalsPart(section)) {
      goals.push(...goalItems(block.text).map((item) => toTarget(item, block, before)));
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

/** The numbers a target's bounds may be: those of its words, and 0 for 正增长 and 持平. */
function statedNumbers(target: Target): string[] {
  const zero = ZERO_WORDS.some((word) => target.phrase.includes(word)) || FLAT.phrase.test(target.phrase);
  return [...target.numbers.map(String), ...(zero ? ['0'] : [])];
}

/**
 * Refuses figures that are not in the text: every target's and figure's span must occur verbatim
 * in its paragraph; a target's phrase in its span, each of its numbers in its phrase, and its
 * bounds and stretch among its numbers (0 for 正增长). Throws a ReportError naming the paragraph
 * and its line.
 */
export function verifyFigures(file: FiguresFile, report: Report): void {
  const blocks = new Map(report.sections.flatMap((section) => section.blocks).map((block) => [block.id, block]));
  const spans = [
    ...[...file.targets, ...file.goals].map((target) => ({
      paragraph: target.paragraph,
      text: target.text,
      also: [target.phrase, ...target.numbers.map(String)],
      within: target.phrase,
      values: [target.lower, target.upper, target.stretch]
        .filter((value) => value !== null && value !== undefined)
        .map(String)
        .filter((value) => !statedNumbers(target).includes(value)),
    })),
    ...file.figures.map((figure) => ({
      paragraph: figure.paragraph,
      text: figure.text,
      also: [figure.clause],
      within: undefined,
      values: [],
    })),
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
    const missing = span.also.find((part, index) =>
      index === 0 && span.within !== undefined ? !span.text.includes(part) : !(span.within ?? text).includes(part),
    );
    if (missing !== undefined) {
      throw new ReportError(
        block.line,
        `${name} 中没有 ${quote(missing)}（${quote(span.text)}）(not verbatim in paragraph ${block.id})`,
      );
    }
    if (span.values.length > 0) {
      throw new ReportError(
        block.line,
        `${name} 的目标 ${quote(span.text)} 中没有数值 ${span.values.join('、')}：目标的上下限只能取原文中的数字 (a bound is not a number of the target’s words in paragraph ${block.id})`,
      );
    }
  }
}
