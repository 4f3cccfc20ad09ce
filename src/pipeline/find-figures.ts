/**
 * Figures in a text: Arabic numbers with their units or counters (757.5亿元, 60余项, 7.5%—8%), as
 * the genre writes them; the units and the words around them are data in `figure-rules.ts`.
 */
import type { FigureKind } from '../schemas/figures.ts';
import {
  APPROXIMATE,
  MULTIPLIERS,
  NAME_QUOTES,
  NAME_THRESHOLD,
  NOT_A_FIGURE_BEFORE,
  QUALIFIERS,
  RANGE_MARKS,
  UNITS,
} from './figure-rules.ts';

export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
export const alternatives = (words: string[]) =>
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

export const inside = (spans: [number, number][], at: number) => spans.some(([from, to]) => at > from && at < to);

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
