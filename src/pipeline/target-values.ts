/**
 * A target's words read as values: what it measures, its bounds as written and how they are
 * qualified (增长6%以上 → growth, lower 6, no upper, at-least), and which indicator of the
 * vocabulary its name is. Pure functions over strings; the words are data in `figure-rules.ts`
 * and `indicators.ts`.
 */
import {
  ASPIRATION,
  FLAT,
  FROM_TO,
  INDEX_IN_PERCENT,
  MEASURE_OF_NAME,
  MEASURE_OF_PHRASE,
  MULTIPLIERS,
  QUALIFIER_AFTER,
  QUALIFIER_BEFORE,
  QUALIFIER_GAP,
  RANGE_MARKS,
  UNITS,
  ZERO_WORDS,
} from './figure-rules.ts';
import { alternatives } from './find-figures.ts';
import { INDICATORS, PER_AREA, SHARE_WORDS } from './indicators.ts';
import type { Measure, Qualifier } from '../schemas/figures.ts';

/** One target's value: its bounds as written, how they are qualified, and where its words are. */
export interface TargetValue {
  measure: Measure;
  lower: number | null;
  upper: number | null;
  qualifier: Qualifier;
  /** The unit as written, multiplier included: %, 万人, 亿元, 万亿斤; empty without a number. */
  unit: string;
  /** A higher value the report strives for (增长6%，力争6.5% → 6.5). */
  stretch?: number;
  /** Where this value's words are in the phrase: [start, end). */
  start: number;
  end: number;
}

/** The id of the indicator a target's name names, or null when the vocabulary has none. */
export function indicatorOf(name: string): string | null {
  // Spaces pasted from a PDF (城镇登记 失业率) are not part of a name.
  const words = /\s/.test(name) ? name.replace(/\s+/g, '') : name;
  if (PER_AREA.test(words)) return null;
  // The first entry whose words name it decides: its `unless` words (服务贸易 for 进出口) make the
  // name a part of that indicator, not one of a later, more general entry's (出口).
  const found = INDICATORS.find((entry) => entry.names.test(words));
  if (!found || found.unless?.test(words)) return null;
  // A share of it (税收占一般公共预算收入比重) is no value of it, read outside its own words.
  const own = found.names.exec(words)!;
  const rest = words.slice(0, own.index) + words.slice(own.index + own[0].length);
  return found.share || !SHARE_WORDS.test(rest) ? found.id : null;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const UNIT_WORDS = Object.values(UNITS).flat();
/**
 * A value: a number, or a range of two, with a multiplier, a unit and a qualifier, each optional
 * (6%以上, 6.5%—7%, 7~7.5%, 1.3万亿斤, 900万人, 103左右). Spaces from pasted PDFs are allowed.
 */
const VALUE = new RegExp(
  `(?<![\\d.A-Za-z第])(${NUMBER})(?:\\s*(?:%|％)?\\s*(?:${alternatives(RANGE_MARKS)})\\s*(${NUMBER}))?` +
    `(${alternatives(MULTIPLIERS)})?\\s*(${alternatives(UNIT_WORDS)})?\\s*(${alternatives(QUALIFIER_AFTER.map(([word]) => word))})?`,
  'g',
);
/** After a unitless number, what makes it a value: a qualifier, a mark or the end (指数103左右). */
const UNITLESS_END = /^(?:\s*$|[，,；;。、）)])/;
const QUALIFIER_AFTER_MAP = new Map(QUALIFIER_AFTER);
const BEFORE = QUALIFIER_BEFORE.map(([word, qualifier]) => ({ word, qualifier })).sort(
  (a, b) => b.word.length - a.word.length,
);

/** A number of a phrase with what is written around it. */
interface Token {
  start: number;
  end: number;
  lower: number;
  upper?: number;
  unit: string;
  after?: string;
}

function tokens(phrase: string): Token[] {
  const found: Token[] = [];
  for (const match of phrase.matchAll(VALUE)) {
    const [, first, second, multiplier, unit, after] = match;
    const end = match.index + match[0].length;
    // A year, a date, an ordinal: not a value; nor a term of a ratio (8：45：47).
    if (/^[年月日号届次期]/.test(phrase.slice(end)) && !unit && !after) continue;
    if (/^[：:]\d/.test(phrase.slice(end)) || /\d[：:]$/.test(phrase.slice(0, match.index))) continue;
    if (!multiplier && !unit && !after && !UNITLESS_END.test(phrase.slice(end))) continue;
    found.push({
      start: match.index,
      end: end - (match[0].length - match[0].trimEnd().length),
      lower: Number(first),
      ...(second === undefined ? {} : { upper: Number(second) }),
      unit: `${multiplier ?? ''}${unit ?? ''}`,
      ...(after ? { after } : {}),
    });
  }
  return found;
}

/** The qualifying word right before a value, and whether other words stand between (relative). */
function before(phrase: string, at: number): { qualifier?: Qualifier; relative: boolean } {
  const head = phrase.slice(0, at).replace(/\s+$/, '');
  // The clause the value is in.
  const clause = head.slice(Math.max(head.search(/[^，,；;、]*$/), 0));
  for (const { word, qualifier } of BEFORE) {
    const where = clause.lastIndexOf(word);
    if (where < 0) continue;
    const gap = clause.slice(where + word.length);
    if (QUALIFIER_GAP.test(gap)) return { qualifier, relative: false };
    if (qualifier === 'at-least' && !/\d/.test(gap)) return { relative: true };
  }
  return { relative: false };
}

/** What the words before a value (and the name's end, and the value's unit) say it measures. */
export function measureOf(name: string, words: string, unit = '', value = 0): Measure {
  for (const [pattern, measure] of MEASURE_OF_NAME) if (pattern.test(name)) return measure;
  const rise = INDEX_IN_PERCENT.name.test(name) && INDEX_IN_PERCENT.unit.test(unit) && value < INDEX_IN_PERCENT.below;
  for (const [pattern, measure] of MEASURE_OF_PHRASE) {
    if (pattern.test(words)) return rise && measure === 'level' ? 'growth' : measure;
  }
  return rise ? 'growth' : 'level';
}

/** The kind of a unit, to tell an amount (1910亿元) from a rate (增长15%) in one phrase. */
const unitKind = (unit: string) => (/%|％|百分点|‰/.test(unit) ? 'rate' : unit === '' ? 'none' : 'amount');

/**
 * The values of a target's phrase: usually one; an amount and its growth (1910亿元，增长15%以上)
 * are two. A later value with 力争 or the like (增长6%，力争6.5%) is the first one's `stretch`; a
 * value stated against another (高于全省1个百分点) is no bound. A phrase without a value is
 * qualitative (保持基本平衡), except 正增长 (growth of at least 0). `context` is what states the
 * measure when the phrase does not: the shared 增长 of 分别增长7%、8% for the phrase 8%.
 */
export function readPhrase(name: string, phrase: string, context = ''): TargetValue[] {
  const values: TargetValue[] = [];
  let lastToken: Token | undefined;
  const notes = [...phrase.matchAll(/（[^）]*）|\([^)]*\)/g)].map((note) => [note.index, note.index + note[0].length]);
  for (const token of tokens(phrase)) {
    // A note in brackets (不含省直分局收入55.1亿元) is no value of the target.
    if (notes.some(([from, to]) => token.start > from! && token.start < to!)) continue;
    const head = phrase.slice(0, token.start);
    const clauseStart = head.search(/[^，,；;、]*$/);
    const clause = head.slice(clauseStart);
    const { qualifier: written, relative } = before(phrase, token.start);
    const same = values.find((value) => unitKind(value.unit) === unitKind(token.unit));
    const last = values.at(-1);
    if (relative || (last && ASPIRATION.test(clause))) {
      // 力争6.5% is the stretch of 增长6%; 力争超过1.6万亿元 beside 增长9%左右 is neither.
      if (last && same === last && !relative) last.stretch ??= token.upper ?? token.lower;
      if (last) last.end = Math.max(last.end, token.end);
      continue;
    }
    if (same || (last && clauseStart <= last.start)) {
      // 从2.3%提高到2.8%: the level reached is the value; the first number was where it started.
      const reached =
        last !== undefined &&
        same === last &&
        lastToken !== undefined &&
        FROM_TO.from.test(phrase.slice(0, lastToken.start)) &&
        FROM_TO.to.test(phrase.slice(lastToken.end, token.start));
      if (reached) {
        const qualifier: Qualifier =
          token.upper !== undefined ? 'range' : token.after ? QUALIFIER_AFTER_MAP.get(token.after)! : 'exact';
        Object.assign(last, {
          measure: measureOf(name, phrase.slice(last.start, token.start), token.unit, token.upper ?? token.lower),
          lower: qualifier === 'at-most' ? null : token.lower,
          upper: qualifier === 'at-least' ? null : (token.upper ?? token.lower),
          qualifier,
          unit: token.unit,
        });
        lastToken = token;
      }
      // One more number of the same target (a second figure in its words, or in its clause):
      // kept in `numbers` only.
      last!.end = Math.max(last!.end, token.end);
      continue;
    }
    const qualifier: Qualifier =
      token.upper !== undefined ? 'range' : token.after ? QUALIFIER_AFTER_MAP.get(token.after)! : (written ?? 'exact');
    const from = last ? clauseStart : 0;
    if (last) last.end = Math.min(last.end, from);
    lastToken = token;
    values.push({
      measure: measureOf(
        name,
        `${last ? '' : context}${phrase.slice(from, token.start)}`,
        token.unit,
        token.upper ?? token.lower,
      ),
      lower: qualifier === 'at-most' ? null : token.lower,
      upper: qualifier === 'at-least' ? null : (token.upper ?? token.lower),
      qualifier,
      unit: token.unit,
      start: from,
      end: token.end,
    });
  }
  if (values.length > 0) {
    values.at(-1)!.end = Math.max(values.at(-1)!.end, phrase.length);
    return values;
  }
  const flat = FLAT.phrase.exec(phrase);
  if (flat && !FLAT.other.test(name)) {
    const qualifier = flat[1] ? 'about' : 'exact';
    return [{ measure: 'growth', lower: 0, upper: 0, qualifier, unit: '%', start: 0, end: phrase.length }];
  }
  const zero = ZERO_WORDS.some((word) => phrase.includes(word));
  return [
    {
      measure: zero ? 'growth' : measureOf(name, `${context}${phrase}`),
      lower: zero ? 0 : null,
      upper: null,
      qualifier: zero ? 'at-least' : 'qualitative',
      unit: zero ? '%' : '',
      start: 0,
      end: phrase.length,
    },
  ];
}

/**
 * A target's bounds in a few words, for the tables: 下限6% (6%以上), 上限5.5% (5.5%以内), 约6%
 * (6%左右), 6%—6.5%, 6% (a bare 6%), 定性 (a target without bounds).
 */
export function boundsText(target: {
  lower: number | null;
  upper: number | null;
  qualifier: Qualifier;
  unit: string;
}): string {
  const { lower, upper, unit } = target;
  switch (target.qualifier) {
    case 'about':
      return `约${lower}${unit}`;
    case 'exact':
      return `${lower}${unit}`;
    case 'range':
      return `${lower}${unit}—${upper}${unit}`;
    case 'at-least':
      return `下限${lower}${unit}`;
    case 'at-most':
      return `上限${upper}${unit}`;
    case 'qualitative':
      return '定性';
  }
}
