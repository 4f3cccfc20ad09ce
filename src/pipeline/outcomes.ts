/**
 * What became of a year's targets: the results a report's review states for last year (全年地区
 * 生产总值增长5.5%；城乡居民人均可支配收入分别增长7.0%和9.1%), read as values, and the one that
 * answers a target of last year's report. Pure functions over the validated report; the genre's
 * words are data in `outcome-rules.ts`, the indicators in `indicators.ts`, and a result's clause
 * is read as a target's item is (`parseItem`), so 分别, 城乡 and the value words are read once.
 * Every result's words are an exact slice of its paragraph.
 */
import type { Measure, Target } from '../schemas/figures.ts';
import type { Report } from '../schemas/report.ts';
import type { PlaceLevel } from '../schemas/report-meta.ts';
import { findFigures } from './find-figures.ts';
import { FLAT } from './figure-rules.ts';
import { INDICATORS } from './indicators.ts';
import {
  CONTINUATION,
  LIST_AGAIN,
  FIVE_YEAR_PARAGRAPH,
  ONE_YEAR_PARAGRAPH,
  PARAGRAPH_LEAD,
  NOT_THE_YEAR,
  OTHER_PLACES,
  OUTCOME_FLAGS,
  PART_OF_INDICATOR,
  PART_OF_SHARE,
  PARTNERS,
  PART_OF_YEAR,
  PLAN_PARTS,
  SENTENCE_HEADS,
  SHARE_INDICATORS,
  PLAN_WORDS,
  REMARK,
  YEAR_MARK,
  RATE_UNITS,
  UNIT_MULTIPLIERS,
  type OutcomeFlag,
} from './outcome-rules.ts';
import { parseItem, type ItemText } from './targets.ts';

/** One result a review states: an indicator's value for the year reviewed, with its words. */
export interface ResultStatement {
  indicator: string;
  /** What is measured, as written (a 分别 item's own name: 城镇居民人均可支配收入). */
  name: string;
  measure: Measure;
  /** The value as written: 5.5 in 增长5.5%, 1206 in 1206万人, 5.3 in 5.3%以下. */
  value: number;
  /** The upper end of a range (增长6%—7%). */
  upTo?: number;
  /** The value's unit as written, multiplier included: %, 万人, 万亿元. */
  unit: string;
  /** The value's words, verbatim: 增长5.5%, 1206万人, 降到5.5%. */
  phrase: string;
  /** The words from the name to the value, verbatim in the paragraph: 全年国内生产总值增长3%. */
  text: string;
  /** Where `text` is in its paragraph. */
  start: number;
  end: number;
  /** The block id of its paragraph, and the paragraph's number. */
  paragraph: string;
  number: number;
  /** How the words qualify it: 预计, 初步, 左右, 同口径, 扣除…因素, 可比价, a bound (超过, 以下). */
  flags: OutcomeFlag[];
}

type Paragraph = { id: string; number: number; text: string; url: string };

/**
 * The review's paragraphs: every paragraph before the report's own targets (`stopAt`, the first
 * target's paragraph), the opening included (some reports state last year's results there), and a
 * part about the year's work that recalls last year before its targets (刚刚过去的2015年，…); never
 * the five-year goals' part nor an appendix. Without targets, up to the first part that plans.
 */
export function reviewParagraphs(report: Report, stopAt?: string): Paragraph[] {
  const found: Paragraph[] = [];
  for (const section of report.sections) {
    if (section.kind === 'appendix' || (stopAt === undefined && PLAN_PARTS.has(section.slug))) break;
    if (section.slug === 'goals') continue;
    for (const block of section.blocks) {
      if (block.id === stopAt) return found;
      if (block.kind === 'paragraph')
        found.push({ id: block.id, number: block.number, text: block.text, url: block.url });
    }
  }
  return found;
}

interface Span {
  start: number;
  end: number;
}

const OPENERS = new Set(['（', '(', '“', '《']);
const CLOSERS = new Set(['）', ')', '”', '》']);

/** Splits text[from, to) at the marks (a set of characters), outside brackets and quotes. */
function splitOutside(text: string, from: number, to: number, marks: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let start = from;
  for (let at = from; at < to; at++) {
    const char = text[at]!;
    if (OPENERS.has(char)) depth++;
    else if (CLOSERS.has(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && marks.has(char)) {
      // A colon between digits is a ratio (7.3:45.4:47.3), not a mark.
      const ratio = (char === '：' || char === ':') && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '');
      if (!ratio) {
        spans.push({ start, end: at });
        start = at + 1;
      }
    }
  }
  spans.push({ start, end: to });
  return spans.filter((span) => span.end > span.start);
}

const SENTENCE_MARKS = new Set(['。', '！', '？']);
const CLAUSE_MARKS = new Set(['，', ',', '；', ';', '：', ':']);
const LIST_MARKS = new Set(['、']);

/** The spans of a text inside brackets: a note's figures (（剔除…，可比口径增长13%）) are not the result. */
function bracketed(text: string): [number, number][] {
  return [...text.matchAll(/（[^（）]*）|\([^()]*\)/g)].map((match) => [match.index, match.index + match[0].length]);
}

const MARKERS =
  /^(?:——|－－|—|[一二三四五六七八九十]是|（[一二三四五六七八九十0-9]+）|\([0-9]+\)|[0-9]+[.．、](?!\d)|[①-⑩])\s*/;

/** The words of the indicator's name in a clause, and where: 国内生产总值 in 国内生产总值迈上新台阶. */
function namedIndicator(words: string): { id: string; name: string; at: number } | undefined {
  for (const entry of INDICATORS) {
    const match = entry.names.exec(words);
    if (!match || match[0] === '' || entry.unless?.test(words.slice(0, match.index + match[0].length))) continue;
    return { id: entry.id, name: match[0], at: match.index };
  }
  return undefined;
}

/**
 * Whether a name narrows its indicator to a part or a share (民营企业进出口, 进出口占比), read
 * outside the indicator's own words: 研发经费支出占比 is a share by name, and all of R&D intensity.
 */
function partOfIndicator(name: string): boolean {
  const named = namedIndicator(name);
  const rest = named ? name.slice(0, named.at) + name.slice(named.at + named.name.length) : name;
  return PART_OF_INDICATOR.test(rest);
}

/** Words that carry on a value (增长11% in 7284.5亿元、增长11%), not a remark of their own. */
const VALUE_WORD_FIRST = /^(?:同比|比上年|实际|分别|均)?(?:增长|下降|降低|增加|减少|上涨|提高|达到|达|为|突破|超过)/;

/** Whether words start with an indicator's name (城镇调查失业率平均为5.1%): no number before it. */
function startsWithName(words: string): boolean {
  const named = namedIndicator(words);
  return named !== undefined && named.at <= 6 && !/\d/.test(words.slice(0, named.at));
}

/**
 * The name a result takes from the head of the name before it (实际利用内资2567亿元、外资41亿美元:
 * 实际利用 + 外资), as a target's listed names do: its own name is no indicator, ends as the one before
 * it does, and names one in that one's place; or, for a share, the whole name before it.
 */
function withHeadOf(before: string | undefined, own: string): string | undefined {
  // A share of the name before it (全社会研发投入超过2700亿元，占GDP比重达2.72%): the two together.
  if (before && /^(?:占|相当于)/.test(own)) return namedIndicator(before + own) ? before + own : undefined;
  if (!before || own.length < 2 || before.length <= own.length || before.at(-1) !== own.at(-1)) return undefined;
  if (namedIndicator(own)) return undefined;
  const name = before.slice(0, before.length - own.length) + own;
  return namedIndicator(name) ? name : undefined;
}

/** Years a clause names other than the one reviewed (2010年, 2023年), which make it not the year's. */
function namesAnotherYear(words: string, year: number): boolean {
  return [...words.matchAll(/(?<!\d)(\d{4})年/g)].some((match) => Number(match[1]) !== year);
}

/** Whether a clause speaks of something other than the year's result here. */
function elsewhere(words: string, year: number, level: PlaceLevel): boolean {
  return (
    NOT_THE_YEAR.test(words) ||
    PART_OF_YEAR.test(words) ||
    PLAN_WORDS.test(words) ||
    namesAnotherYear(words, year) ||
    (OTHER_PLACES[level]?.test(words) ?? false)
  );
}

/**
 * Whether a paragraph that neither opens with five years nor with the year says it is about five
 * years after an address (各位代表！五年来，…), a short sentence, or both (各位代表！本届政府任期已满。
 * 五年来，…).
 */
function opensFiveYearsAfterLead(text: string): boolean {
  const addressed = text.replace(PARAGRAPH_LEAD.address, '');
  if (addressed !== text && FIVE_YEAR_PARAGRAPH.test(addressed)) return true;
  const rest = addressed.replace(PARAGRAPH_LEAD.sentence, '');
  return rest !== addressed && FIVE_YEAR_PARAGRAPH.test(rest);
}

/** The flags of a result from the words around its value. */
function flagsOf(sentence: string, clause: string, phrase: string, value: number): OutcomeFlag[] {
  const flags: OutcomeFlag[] = [];
  const number = [...phrase.matchAll(/\d+(?:\.\d+)?/g)].find((match) => Number(match[0]) === value);
  const before = number ? phrase.slice(0, number.index) : phrase;
  const after = number
    ? phrase.slice(number.index + number[0].length).replace(/^[^左上以多余]*?(?=左右|上下|以|多|余|$)/, '')
    : '';
  if (OUTCOME_FLAGS.estimate.test(sentence)) flags.push('estimate');
  if (OUTCOME_FLAGS.preliminary.test(sentence)) flags.push('preliminary');
  // 与上年基本持平: a growth of about 0, as 左右 is about its number.
  if (OUTCOME_FLAGS.about.test(after) || /基本持平$/.test(phrase)) flags.push('about');
  if (OUTCOME_FLAGS['same-basis'].test(clause)) flags.push('same-basis');
  if (OUTCOME_FLAGS.excluding.test(clause)) flags.push('excluding');
  if (OUTCOME_FLAGS['comparable-prices'].test(sentence)) flags.push('comparable-prices');
  if (OUTCOME_FLAGS.bound.test(after) || OUTCOME_FLAGS.bound.test(before)) flags.push('bound');
  return flags;
}

/**
 * Every result a review states for the year reviewed, in reading order: each clause of a review
 * paragraph whose name is an indicator of the vocabulary and whose value is a number, or a clause
 * with a value and no name of its own after one that names it (国内生产总值达到67.7万亿元，增长6.9%).
 * Left out: paragraphs about five years (五年来，…), clauses about more than the year (年均, 累计,
 * 比2010年), part of it (上半年), a plan (目标, 计划), another place (好于全国 in a province's
 * review) or a part of the indicator (贫困地区农村居民收入, 民营企业进出口).
 */
export function reviewStatements(
  report: Report,
  options: { level: PlaceLevel; year?: number; stopAt?: string | undefined },
): ResultStatement[] {
  const year = options.year ?? report.year - 1;
  const statements: ResultStatement[] = [];
  // A paragraph that opens a review of five years (过去五年…, 五年来…) starts a run of them, which a
  // paragraph about the year (过去一年…, 2022年是…) ends.
  let fiveYears = false;
  const yearMark = new RegExp(YEAR_MARK.source.replace('YEAR', String(year)));
  for (const paragraph of reviewParagraphs(report, options.stopAt)) {
    const { text } = paragraph;
    if (FIVE_YEAR_PARAGRAPH.test(text)) fiveYears = true;
    else if (ONE_YEAR_PARAGRAPH.test(text) || ONE_YEAR_PARAGRAPH.test(text.slice(text.search(/[。！？]/) + 1))) {
      // 党的十九大胜利召开，….去年，我们…: the year's own account, from its first or second sentence.
      fiveYears = false;
    } else if (opensFiveYearsAfterLead(text)) fiveYears = true;
    if (!/\d/.test(text)) continue;
    const notes = bracketed(text);
    const inNote = (at: number) => notes.some(([from, to]) => at > from && at < to);
    for (const sentence of splitOutside(text, 0, text.length, SENTENCE_MARKS)) {
      // No number, no result: most of a review's sentences, skipped before any reading.
      if (!/\d/.test(text.slice(sentence.start, sentence.end))) continue;
      let carry: { name: string; start: number } | undefined;
      // The name of the clause before, whose head a name after it may share (…内资…、外资…).
      let previous: { name: string; start: number } | undefined;
      // The names of a list of values just before (城乡…37342元和14656元), for a 分别 clause after it.
      let listed: { name: string; start: number } | undefined;
      let clauses = resultClauses(text, sentence);
      if (fiveYears) {
        // A five-year paragraph: only what a sentence says of the year itself, from its mark on.
        const from = clauses.findIndex((clause) => yearMark.test(text.slice(clause.start, clause.end)));
        if (from < 0) continue;
        // The name of the clause right before the mark carries into it (地区生产总值跨越两个千亿元台阶，
        // 2011年达到4243.4亿元): the clause's own value, if any, stays unread.
        const lead = clauses[from - 1];
        const leadWords = lead ? text.slice(lead.start, lead.end) : '';
        const named = namedIndicator(leadWords);
        if (lead && named && !partOfIndicator(leadWords) && !elsewhere(leadWords, year, options.level)) {
          carry = { name: named.name, start: lead.start + named.at };
        }
        clauses = clauses.slice(from);
      }
      for (const clause of clauses) {
        const marker = MARKERS.exec(text.slice(clause.start, clause.end));
        const start = clause.start + (marker?.[0].length ?? 0);
        const words = text.slice(start, clause.end);
        // The words outside the clause's notes decide whether it is the year's result here.
        const plain = words.replace(/（[^（）]*）|\([^()]*\)/g, '');
        const figures = findFigures(words).filter((figure) => !inNote(start + figure.start));
        if (elsewhere(plain, year, options.level)) {
          // A remark (居全国首位) is about the result before it: the name carries past it.
          if (!REMARK.test(plain)) carry = undefined;
          previous = undefined;
          continue;
        }
        // 进出口总额2526亿元，与上年持平: an amount level with last year's, a growth of 0, read below as
        // more of the name before it; not after a rate (增长5.5%，与上年持平 is last year's rate again).
        // A name of its own with the same words (固定资产投资额与上年持平) is read as its item.
        const own = figures.length === 0 && plain.includes('持平') ? parseItem(text, start, clause.end)[0] : undefined;
        const flat =
          (carry !== undefined && FLAT.phrase.test(plain.trim()) && !/[%％]/.test(text.slice(carry.start, start))) ||
          (own !== undefined && own.indicator !== null && FLAT.phrase.test(own.phrase) && !FLAT.other.test(own.name));
        if (figures.length === 0 && !flat) {
          const named = namedIndicator(plain);
          if (named && !partOfIndicator(plain)) carry = { name: named.name, start: start + words.indexOf(named.name) };
          continue;
        }
        let items = parseItem(text, start, clause.end);
        let from = start;
        const listedBefore = listed;
        listed = undefined;
        const [only] = items;
        const before = previous;
        previous = only ? { name: only.name, start } : undefined;
        // 粮食…，总产量…: a tail of a name whose head the sentence gave before it.
        const tail = items.every((item) => item.indicator === null)
          ? SENTENCE_HEADS.find((rule) => rule.tail.test(words) && rule.before.test(text.slice(sentence.start, start)))
          : undefined;
        const headed =
          items.length === 1 && only!.indicator === null ? withHeadOf(before?.name, only!.name) : undefined;
        if (headed) {
          const joined = `${headed.slice(0, headed.length - only!.name.length)}${words.slice(words.indexOf(only!.name))}`;
          items = parseItem(joined, 0, joined.length);
          from = before!.start;
        } else if (tail) {
          // 粮食生产获得大丰收，总产量807.84亿斤: the tail read with the head the sentence gave.
          const joined = `${tail.head}${words}`;
          items = parseItem(joined, 0, joined.length);
        } else if (
          carry &&
          (items.length === 1
            ? only!.indicator === null && (only!.name === only!.phrase || CONTINUATION.test(only!.name))
            : // Values joined by 、 without a name (…台阶，达到8275.22亿元、增长4%): the clause is their name.
              items.length > 1 && items.every((item) => item.indicator === null && item.name === words))
        ) {
          // No name of its own: more of the name before it, read as one item with that name.
          const joined = `${carry.name}${words}`;
          items = parseItem(joined, 0, joined.length);
          from = carry.start;
        } else if (listedBefore && LIST_AGAIN.test(words) && items.every((item) => item.indicator === null)) {
          // ，分别增长6.7%和6.6% (or ，增长8.8%、9.4%, read with 分别) after 城乡居民人均可支配收入37342元和14656元: the
          // list's names again.
          const joined = `${listedBefore.name}${/^分别/.test(words) ? '' : '分别'}${words}`;
          items = parseItem(joined, 0, joined.length);
          from = listedBefore.start;
        } else if (items.length === 1 && only!.indicator !== null && text.includes(only!.name)) {
          carry = { name: only!.name, start };
        } else if (items.some((item) => item.indicator !== null)) {
          carry = undefined;
          const head = /^[^\d]*?(?=分别|\d)/.exec(words)?.[0] ?? '';
          if (items.length > 1 && items.every((item) => item.indicator !== null) && namedIndicator(head)) {
            listed = { name: head, start };
          }
        }
        let searchFrom = start;
        for (const value of itemValues(items)) {
          if (partOfIndicator(value.name)) continue;
          const at = text.indexOf(value.phrase, searchFrom);
          if (at < 0 || at >= clause.end) continue;
          // Trade with a partner, in the name or before a 分别 list's second name (对非洲、拉美市场出口分别
          // 增长20%、7.6%); a share of a part (企业研发投入占比).
          if (PARTNERS.test(value.name) || PARTNERS.test(text.slice(start, at))) continue;
          if (SHARE_INDICATORS.has(value.indicator) && PART_OF_SHARE.test(value.name)) continue;
          searchFrom = at + value.phrase.length;
          const end = at + value.phrase.length;
          statements.push({
            ...value,
            text: text.slice(from, end),
            start: from,
            end,
            paragraph: paragraph.id,
            number: paragraph.number,
            flags: flagsOf(
              text.slice(sentence.start, end),
              plain,
              text.slice(at, Math.min(end + 2, clause.end)),
              value.value,
            ),
          });
        }
      }
    }
  }
  return statements;
}

/**
 * A sentence's clauses, split at ，；： and at a 、 that starts another result (城镇新增就业1361万人、
 * 调查失业率稳定在5%左右), not at one inside a list of names or values (固定资产投资、社会消费品零售
 * 总额分别增长10%、12%; 一般公共预算收入7284.5亿元、增长11%).
 */
function resultClauses(text: string, sentence: Span): Span[] {
  return splitOutside(text, sentence.start, sentence.end, CLAUSE_MARKS).flatMap((clause) => {
    const clauses: Span[] = [];
    for (const piece of splitOutside(text, clause.start, clause.end, LIST_MARKS)) {
      const last = clauses.at(-1);
      const words = text.slice(piece.start, piece.end);
      const before = last !== undefined && findFigures(text.slice(last.start, last.end)).length > 0;
      // Another result (…、城镇调查失业率5.1%), or a remark without a value after one (地区生产总值
      // 增长3.9%、总量连续37年居全国首位), whose words must not decide for the result before it.
      // A name that shares the head of the one before it (实际利用内资2567亿元、外资41亿美元) starts one too.
      const named = (span: Span) => parseItem(text, span.start, span.end)[0]?.name ?? '';
      const startsAnother =
        before &&
        (REMARK.test(words.trim()) ||
          (findFigures(words).length > 0
            ? startsWithName(words) || withHeadOf(named(last), named(piece)) !== undefined
            : !VALUE_WORD_FIRST.test(words.trim())));
      if (last && !startsAnother) last.end = piece.end;
      else clauses.push({ ...piece });
    }
    return clauses;
  });
}

type StatementValue = Pick<ResultStatement, 'indicator' | 'name' | 'measure' | 'value' | 'upTo' | 'unit' | 'phrase'>;

/**
 * The values of a clause's items: each item with a number, its phrase cut after its value (粮食产量
 * 首次跃上1.4万亿斤, not …新台阶、亩产提升10.1斤). Names listed before as many values without 分别
 * (进出口、实际使用外资增长32.4%、21.9%) take them in order.
 */
function itemValues(items: ItemText[]): StatementValue[] {
  const named = items.filter((item) => item.indicator !== null && item.qualifier !== 'qualitative');
  const shared = named.length > 1 && named.every((item) => item.phrase === named[0]!.phrase);
  const figures = shared ? findFigures(named[0]!.phrase) : [];
  return named.flatMap((item, index): StatementValue[] => {
    let { phrase } = item;
    let value = item.lower ?? item.upper;
    if (shared && figures.length === named.length) {
      const figure = figures[index]!;
      phrase = phrase.slice(index === 0 ? 0 : figures[index - 1]!.end + 1, figure.end);
      value = figure.value;
    } else {
      const found = findFigures(phrase);
      // 从2.95%提升至3.38%: the value it reached is the result, not the one it started from.
      const reached =
        /(?:从|由)$/.test(item.name) && found.length === 2 && /(?:至|到)$/.test(phrase.slice(0, found[1]!.start))
          ? found[1]
          : undefined;
      if (reached) value = reached.value;
      const figure = reached ?? found.find((each) => each.value === value);
      if (figure) phrase = phrase.slice(reached ? found[0]!.end : 0, figure.end);
    }
    if (value === null || phrase === '') return [];
    return [
      {
        indicator: item.indicator!,
        name: item.name,
        measure: item.measure,
        value,
        ...(item.qualifier === 'range' && item.upper !== null ? { upTo: item.upper } : {}),
        unit: item.unit,
        phrase: phrase.replace(/^[、，,\s]+/, ''),
      },
    ];
  });
}

/** The measures a target and a result can be compared in: a change (growth, decrease) or a level. */
const family = (measure: Measure) => (measure === 'level' ? 'level' : 'change');

/** A unit without its multiplier, and the multiplier's factor: 万亿元 → 元, 1e12. */
export function unitBase(unit: string): { base: string; factor: number } {
  if (RATE_UNITS.test(unit)) return { base: /百分点/.test(unit) ? '个百分点' : unit === '％' ? '%' : unit, factor: 1 };
  for (const [word, factor] of UNIT_MULTIPLIERS) {
    if (unit.startsWith(word) && unit.length > word.length) return { base: unit.slice(word.length), factor };
  }
  return { base: unit, factor: 1 };
}

/** Whether a result's unit can be compared with a target's (the same unit, maybe another multiplier). */
export const comparableUnits = (a: string, b: string) => unitBase(a).base === unitBase(b).base;

/** Why a target has no outcome: the reasons a reader sees. */
export type NoOutcome =
  | { reason: 'no-report'; text: string }
  | { reason: 'not-stated'; text: string }
  | { reason: 'other-measure'; text: string };

/**
 * The result a review states for a target of the year it reviews: the first, in reading order, of
 * the target's indicator in the target's measure (a change for 增长 and 下降, a level for the
 * rest) and unit. A qualitative target takes the first result of its indicator in its measure, or
 * else in any. None: why, in words (never a figure from elsewhere).
 */
export function findOutcome(
  target: Pick<Target, 'indicator' | 'measure' | 'qualifier' | 'unit'> & Partial<Pick<Target, 'name' | 'phrase'>>,
  statements: readonly ResultStatement[],
): { outcome: ResultStatement } | NoOutcome {
  const own = statements.filter((statement) => statement.indicator === target.indicator);
  const sameMeasure = own.filter((statement) => family(statement.measure) === family(target.measure));
  if (target.qualifier === 'qualitative') {
    // A qualitative target's measure is a guess where its words name none (进出口稳中提质): a
    // change first, as the genre's qualitative targets are about direction, then a level.
    const words = `${target.name ?? ''}${target.phrase ?? ''}`;
    const named = /增长|增|下降|降低|减少|上涨|提高/.test(words) || target.measure !== 'level';
    const change = own.filter((statement) => statement.measure !== 'level');
    const first = (named ? sameMeasure[0] : change[0]) ?? own[0];
    return first ? { outcome: first } : { reason: 'not-stated', text: '回顾中没有给出这一指标的数值' };
  }
  const comparable = sameMeasure.filter((statement) => comparableUnits(statement.unit, target.unit));
  // Of several, the one named as the target is (地方一般公共预算收入 beside 一般公共预算收入).
  const bare = (name: string) => name.replace(/^(?:全[国省市区县州]|我[国省市区县]|本[市区县]|全年|实现|完成)+/, '');
  const same = target.name ? comparable.find((statement) => bare(statement.name) === bare(target.name!)) : undefined;
  if (same ?? comparable[0]) return { outcome: (same ?? comparable[0])! };
  if (sameMeasure[0]) return { outcome: sameMeasure[0] };
  if (own[0]) {
    const other = own[0].measure === 'level' ? '总量或水平' : '增减幅度';
    return {
      reason: 'other-measure',
      text: `回顾只给出了这一指标的${other}（${own[0].phrase}），与目标的口径不同`,
    };
  }
  return { reason: 'not-stated', text: '回顾中没有给出这一指标的数值' };
}
