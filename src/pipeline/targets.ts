/**
 * The year's main targets (主要预期目标) of a report, and the five-year goals' figures, as items:
 * a name, the target's words and their values. Where the list is, where it ends and how its items
 * are written is the genre's, as data in `figure-rules.ts`; what a name is, in `indicators.ts`.
 * Every item's words are an exact slice of its paragraph.
 */
import type { Block, ParagraphBlock } from '../schemas/block.ts';
import type { Report } from '../schemas/report.ts';
import {
  ASPIRATION,
  CONTINUES,
  ITEM_MARKERS,
  ITEM_SEPARATORS,
  LIST_ENDS,
  LIST_LABEL,
  NAME_JOINS,
  LISTED_NAMES_JOIN,
  NAME_OPENERS,
  NOT_THE_YEARS_INTRO,
  INTRO_LINK,
  PLAN_ITEM,
  PLAN_CLAUSE,
  PLAN_PERIOD,
  PLAN_PART,
  THIS_YEAR,
  YEAR_IN_PART,
  PREFACE,
  QUALIFIER_AFTER,
  RELATIVE_VALUE,
  RESPECTIVELY,
  RESPECTIVELY_JOINS,
  RESPECTIVELY_NAMES,
  SENTENCE_ENDS,
  DEFERRED_LINK,
  FROM_TO,
  ITEMS_HEADING,
  RESULT_SENTENCE,
  TARGET_SENTENCE,
  TARGET_SENTENCE_NAMES,
  SHARED_NAME_HEAD,
  SHARED_NAME_TAILS,
  TARGET_NOUNS,
  TARGETS_TRAILER,
  TASK_TRAILER,
  NAME_TAILS,
  QUALITATIVE_ADVERBS,
  VALUE_ADVERBS,
  VALUE_WORDS,
  VALUE_WORDS_BEFORE_A_NUMBER,
} from './figure-rules.ts';
import { alternatives, escape, findFigures, inside, numbersIn, quotedSpans } from './find-figures.ts';
import { indicatorOf, readPhrase, type TargetValue } from './target-values.ts';

/** A target item before it gets its paragraph: its name, words and values, with its span. */
export interface ItemText extends Omit<TargetValue, 'start' | 'end'> {
  indicator: string | null;
  name: string;
  phrase: string;
  numbers: number[];
  /** Where the item's words are in the paragraph. */
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

// A value word, but not the start of a name's own word: 人口自然增长率, 降低率, 增加值.
// 上升 only before a number (VALUE_WORDS_BEFORE_A_NUMBER).
const BEFORE_A_NUMBER = `(?:${alternatives(VALUE_WORDS_BEFORE_A_NUMBER)})(?=[约近超]?\\d)`;
const VALUE_WORD = new RegExp(`(?:${alternatives(VALUE_WORDS)})(?![率值])|${BEFORE_A_NUMBER}`);
const VALUE_WORD_FIRST = new RegExp(
  `^(?:${alternatives(VALUE_ADVERBS)})*(?:(?:${alternatives(VALUE_WORDS)})(?![率值])|${BEFORE_A_NUMBER})`,
);

/**
 * Whether words start with their value: a value word (增长6%), or a number that is not a threshold
 * of a name (6.5%, 1910亿元, 103左右; not 500万元以上工业增加值).
 */
function startsWithValue(words: string): boolean {
  if (VALUE_WORD_FIRST.test(words)) return true;
  if (!/^\d/.test(words)) return false;
  return findFigures(words)[0]?.start === 0 || /^[\d.]+(?:左右|以上|以内|以下)?$/.test(words);
}
// 均 after 平, 年 or 人 is part of a word (平均, 年均, 人均), not 均 (both).
const ADVERB_AT_END = new RegExp(
  `(?:${[...VALUE_ADVERBS, ...NAME_TAILS]
    .sort((a, b) => b.length - a.length)
    .map((word) => (word === '均' ? '(?<![平年人])均' : escape(word)))
    .join('|')})$`,
);
const ADVERB = new RegExp(alternatives(QUALITATIVE_ADVERBS));
const NOUN = new RegExp(TARGET_NOUNS.source, 'g');
const SENTENCE_MARKS = /[。！？]/;
/** How far into a sentence its words say it is a result. */
const RESULT_WINDOW = 40;
// A clause that only introduces more of the list: 主要约束性指标是，….
const SUB_INTRO_IS = new RegExp(`^[^，,；;]{0,10}(?:${TARGET_NOUNS.source})(?:主要)?(?:是|为|如下|包括)$`);
const SUB_INTRO = new RegExp(`^[^，,；;]{0,10}(?:${TARGET_NOUNS.source})(?:主要)?(?:是|为|如下|包括)?$`);

/** Splits `text[from, to)` at the separator marks outside quotes, keeping each piece's offsets. */
function splitAt(text: string, from: number, to: number, marks: RegExp): (Span & { mark: string })[] {
  const quoted = quotedSpans(text);
  const pieces: (Span & { mark: string })[] = [];
  let start = from;
  for (let at = from; at < to; at++) {
    // A colon between digits is a ratio (1.0：52.4：46.6), not a mark.
    const ratio = /[：:]/.test(text[at]!) && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '');
    if (marks.test(text[at]!) && !inside(quoted, at) && !ratio) {
      pieces.push({ start, end: at, mark: text[at]! });
      start = at + 1;
    }
  }
  pieces.push({ start, end: to, mark: '' });
  return pieces.filter((piece) => piece.end > piece.start);
}

/** Past spaces and the marks that open an item (——, 一是, （1）, 其中). */
function skipMarkers(text: string, start: number, end: number): number {
  for (;;) {
    while (start < end && /\s/.test(text[start]!)) start++;
    const marker = ITEM_MARKERS.exec(text.slice(start, end));
    if (!marker || marker[0].length === 0) return start;
    start += marker[0].length;
  }
}

/**
 * The items of a list in `text[from, to)`: split at ；, then at ，, then at 、. A clause that
 * starts with a value word or a number continues the item before it (增长6%，力争6.5%; 地区生产
 * 总值1910亿元，增长15%以上), and so does an aspiration with a number (实际工作按8%左右争取); one
 * without (在实际工作中争取更好结果) and a preface (在…的基础上) are no items; a piece without a
 * value before a 、 is part of the next name (节能、环保指标). `ended` when a clause ends the list
 * (这是必要的).
 */
export function itemSpans(text: string, from: number, to: number): { spans: Span[]; ended: boolean } {
  const items: Span[] = [];
  for (const segment of splitAt(text, from, to, ITEM_SEPARATORS.strong)) {
    let first = true;
    for (const clause of splitAt(text, segment.start, segment.end, ITEM_SEPARATORS.clause)) {
      const clauseStart = skipMarkers(text, clause.start, clause.end);
      const clauseWords = text.slice(clauseStart, clause.end);
      if (clauseWords === '') continue;
      if (LIST_ENDS.test(clauseWords)) return { spans: items, ended: true };
      if (/[：:]/.test(clause.mark) && !/\d/.test(clauseWords)) {
        // Before a colon: more of the list (主要约束性指标是：…), or something else (重点抓好：).
        if (SUB_INTRO.test(clauseWords)) continue;
        return { spans: items, ended: true };
      }
      const last = items.at(-1);
      const digits = /\d/.test(clauseWords);
      if (ASPIRATION.test(clauseWords)) {
        if (digits && last) last.end = clause.end;
        continue;
      }
      if (digits ? PLAN_CLAUSE.test(clauseWords) : PREFACE.test(clauseWords) || SUB_INTRO_IS.test(clauseWords))
        continue;
      if (last && !first && (startsWithValue(clauseWords) || CONTINUES.test(clauseWords))) {
        last.end = clause.end;
        continue;
      }
      first = false;
      const pieces = splitAt(text, clauseStart, clause.end, ITEM_SEPARATORS.weak);
      let carried: number | undefined;
      pieces.forEach((piece, index) => {
        const start = skipMarkers(text, piece.start, piece.end);
        const words = text.slice(start, piece.end);
        const previous = items.at(-1);
        if (words === '') return;
        if (ASPIRATION.test(words) && index > 0) {
          // 生产总值增长8%、工作中争取更好结果: the aspiration of the item before it.
          if (previous && /\d/.test(words)) previous.end = piece.end;
        } else if (startsWithValue(words) && previous && index > 0) {
          previous.end = piece.end;
        } else if (index < pieces.length - 1 && !VALUE_WORD.test(words) && !/\d/.test(words)) {
          carried ??= start;
        } else {
          items.push({ start: carried ?? start, end: piece.end });
          carried = undefined;
        }
      });
    }
  }
  return { spans: items, ended: false };
}

/**
 * Where a value starts in an item's words: at the first value word (增长, 控制在, …), at a relative
 * value (与经济增长同步), at a figure (地区生产总值1910亿元; not a threshold in a name, 500万元以上
 * 工业企业), at a number; else at an adverb (国际收支 · 基本平衡); else nowhere (the item is its
 * name).
 */
function valueStart(words: string): number {
  // At the start: a value word, or a figure that is not a threshold of a name (500万元以上工业…).
  if (startsWithValue(words)) return 0;
  const candidates: number[] = [];
  const word = words.slice(1).search(VALUE_WORD);
  if (word >= 0) candidates.push(word + 1);
  const relative = words.slice(1).search(RELATIVE_VALUE);
  if (relative >= 0) candidates.push(relative + 1);
  const figure = findFigures(words).find((each) => each.start > 0);
  // 从2.3%提高到2.8%: the value's words start at 从 (FROM_TO).
  if (figure) candidates.push(FROM_TO.from.test(words.slice(0, figure.start)) ? figure.start - 1 : figure.start);
  else {
    const number = /(?<![\dA-Za-z.])\d+(?:\.\d+)?(?![\d.]*年)/.exec(words.slice(1));
    if (number) candidates.push(number.index + 1);
  }
  if (candidates.length > 0) return Math.min(...candidates);
  const adverb = words.slice(2).search(ADVERB);
  return adverb >= 0 ? adverb + 2 : words.length;
}

/**
 * The names that share one value: 城镇、农村居民人均可支配收入 (城镇居民…, 农村居民…), 万元GDP能耗、
 * 水耗 (万元GDP能耗, 万元GDP水耗): a short name takes the long one's other half.
 */
function listedNames(name: string): string[] {
  const parts = name.split(NAME_JOINS);
  if (parts.length < 2 || parts.some((part) => part.length === 0)) return [name];
  const first = parts[0]!;
  const last = parts.at(-1)!;
  // 第一、二、三产业: numerals that share the last name's noun and the first's 第.
  const numeral = /^第?[一二三四五六七八九十]/;
  if (parts.every((part, index) => (index < parts.length - 1 ? /^第?[一二三四五六七八九十]$/ : numeral).test(part))) {
    const noun = last.replace(numeral, '');
    const ordinal = first.startsWith('第') ? '第' : '';
    return parts.map((part) => `${ordinal}${part.replace(/^第/, '').slice(0, 1)}${noun}`);
  }
  return parts.map((part, index) => {
    if (indicatorOf(part) !== null) return part;
    // The shared half that makes a name of the vocabulary (规模以上工业 + 增加值), else the
    // same-length swap (城镇 + 居民人均可支配收入).
    const candidates: string[] = [];
    if (index < parts.length - 1) {
      candidates.push(part + last.slice(part.length));
      for (let cut = 1; cut < last.length; cut++) candidates.push(part + last.slice(cut));
    }
    if (index > 0) {
      candidates.push(first.slice(0, Math.max(first.length - part.length, 0)) + part);
      for (let cut = first.length - 1; cut > 0; cut--) candidates.push(first.slice(0, cut) + part);
    }
    const named = candidates.find((candidate) => indicatorOf(candidate) !== null);
    if (named) return named;
    const tail = SHARED_NAME_TAILS.find((each) => last.endsWith(each) && !part.endsWith(each));
    return index < parts.length - 1 && tail && part.length <= 4 ? part + tail : part;
  });
}

/** The names a shared name stands for by the genre's shorthand: 城乡居民… → 城镇居民…, 农村居民…. */
function shorthandNames(name: string): string[] | undefined {
  const rule = RESPECTIVELY_NAMES.find(([shared]) => name.includes(shared));
  return rule?.[1].map((each) => name.replace(rule[0], each));
}

/** Builds the items of one name and its phrase: one per value of the phrase. */
function itemsOf(written: string, phrase: string, context: string, span: Span): ItemText[] {
  const name = written.trim() || phrase.trim() || written;
  const indicator = indicatorOf(name);
  return readPhrase(name, phrase, context).map(({ start, end, ...value }) => {
    const words = phrase.slice(start, end).replace(/^[，,、\s]+/, '');
    return { indicator, name, phrase: words, ...value, numbers: numbersIn(words), start: span.start, end: span.end };
  });
}

/**
 * One item of a list as targets: its name is the text before its value (after openers such as
 * 努力实现, with adverbs such as 继续 given to the value). 分别 (and 均) makes one target per name
 * (城乡居民人均可支配收入分别增长7%、8%: 城镇…, 农村…), and so do names of the vocabulary listed
 * before one value (固定资产投资和社会消费品零售总额增长14%). `hint` names an item that starts
 * with its value, from the intro (经济增长预期目标为7%左右).
 */
export function parseItem(text: string, start: number, end: number, hint?: Span): ItemText[] {
  start = skipMarkers(text, start, end);
  const opener = NAME_OPENERS.exec(text.slice(start, end));
  if (opener && valueStart(text.slice(start + opener[0].length, end)) > 0) start += opener[0].length;
  const words = text.slice(start, end);
  let split = valueStart(words);
  while (split > 0) {
    const adverb = ADVERB_AT_END.exec(words.slice(0, split));
    if (!adverb || adverb.index === 0) break;
    split = adverb.index;
  }
  let name = words.slice(0, split);
  const phrase = words.slice(split);
  let context = '';
  const span = { start, end };
  if (name === '' && hint) {
    // The intro's words before its noun: 今年经济增长 · 预期目标为 · 7%左右; what they and the
    // noun say of the measure (增长) is the phrase's context.
    const intro = text.slice(hint.start, hint.end);
    name = intro
      .replace(/^.*(?:今年|全年|明年|\d{4}年)/, '')
      .replace(/^的?(?:全[国省市区州县]|我[国省市区州县]|本市)?/, '');
    const measure = /(?:增长速度|增长|增速|速度|的)+$/.exec(name);
    if (measure && measure.index > 0) name = name.slice(0, measure.index);
    context = text.slice(hint.start + intro.length - (measure && measure.index > 0 ? measure[0].length : 0), start);
    span.start = hint.start;
  }
  if (name === '') name = phrase;

  const respectively = RESPECTIVELY.exec(phrase);
  if (respectively && respectively.index <= 4) {
    const after = respectively.index + respectively[0].length;
    const values = phrase.slice(after);
    const verb = new RegExp(`^(?:${alternatives(VALUE_WORDS)})`).exec(values)?.[0] ?? '';
    const all = splitAt(values, 0, values.length, RESPECTIVELY_JOINS);
    let parts =
      respectively[0] === '分别'
        ? all.filter((part) => /\d/.test(values.slice(part.start, part.end)))
        : [{ start: 0, end: values.length }];
    let names = listedNames(name);
    if (names.length === 1) names = shorthandNames(name) ?? names;
    // As many words as names, some without a number: each is its name's (分别控制在省定标准和3.5%以内).
    if (respectively[0] === '分别' && names.length > 1 && all.length === names.length && parts.length < all.length)
      parts = all;
    if (parts.length > 1 || names.length > 1) {
      const pairs =
        parts.length % names.length === 0 && names.length > 1
          ? parts.map((part, index) => [names[index % names.length]!, part] as const)
          : parts.length === 1
            ? names.map((each) => [each, parts[0]!] as const)
            : parts.map((part, index) => [`${name}（${index + 1}）`, part] as const);
      const items = pairs.flatMap(([each, part]) =>
        itemsOf(each, values.slice(part.start, part.end), part.start === 0 ? '' : verb, span),
      );
      return items.length > 1 && items.length === parts.length
        ? withSharedUnit(withSharedQualifier(items, values.slice(0, parts.at(-1)!.end)))
        : items;
    }
  }
  // 城乡居民人均可支配收入37342元和14656元: bare values after a shorthand name, as many as the names
  // it stands for, are theirs in order, as 分别 would say; the first alone is neither's (nor the whole's).
  const each = shorthandNames(name);
  const bare = splitAt(phrase, 0, phrase.length, RESPECTIVELY_JOINS);
  if (each && bare.length === each.length && bare.every((part) => /^\d/.test(phrase.slice(part.start, part.end)))) {
    return bare.flatMap((part, index) => itemsOf(each[index]!, phrase.slice(part.start, part.end), '', span));
  }
  const names = listedNames(name);
  if (names.length > 1) {
    const ids = names.map(indicatorOf);
    if (ids.every((id) => id !== null) && new Set(ids).size === ids.length) {
      return names.flatMap((each) => itemsOf(each, phrase, '', span));
    }
    // Names as written, listed with 、 (与 and 和 may relate rather than list: 居民消费价格指数与国家
    // 价格调控目标保持衔接), when the vocabulary knows some, each another indicator, and the others
    // are whole names, not halves (有效投资、一般公共预算收入、城乡居民收入增长与经济增长基本同步).
    const written = name.split(LISTED_NAMES_JOIN);
    const known = written.map(indicatorOf).filter((id) => id !== null);
    const whole = written.every((part) => indicatorOf(part) !== null || part.length >= 3);
    if (phrase !== '' && known.length > 0 && new Set(known).size === known.length && whole) {
      return written.flatMap((each) => itemsOf(each, phrase, '', span));
    }
  }
  return itemsOf(name, phrase, context, span);
}

/**
 * A qualifier after the last value of a 分别 list (分别增长7%、8%左右) is every value's, as a reader
 * takes it (the corpus writes it so 438 times, against 184 with the word after each value); not when
 * the values before it carry qualifiers of their own (分别增长9%以上、8%左右). `values` ends at the last.
 */
function withSharedQualifier(items: ItemText[], values: string): ItemText[] {
  const last = items.at(-1)!;
  const after = QUALIFIER_AFTER.find(([word]) => values.trimEnd().endsWith(word));
  if (!after || after[1] !== last.qualifier || !items.slice(0, -1).every((item) => item.qualifier === 'exact'))
    return items;
  return items.map((item) =>
    item === last
      ? item
      : {
          ...item,
          qualifier: last.qualifier,
          lower: last.qualifier === 'at-most' ? null : item.lower,
          upper: last.qualifier === 'at-least' ? null : item.upper,
        },
  );
}

/**
 * The unit written after the last value of a 分别 list, for a value before it written with only its
 * start (分别提高1.5个和2个百分点: 1.5 is 个百分点 too; 分别达到5万和8万人).
 */
function withSharedUnit(items: ItemText[]): ItemText[] {
  const last = items.at(-1)!.unit;
  return items.map((item) =>
    item.unit !== '' && item.unit !== last && last.startsWith(item.unit) ? { ...item, unit: last } : item,
  );
}

/**
 * Items whose name lacks the head the item before them gives (单位地区生产总值能耗…、二氧化碳排放
 * 量…): their indicator read with that head.
 */
function withSharedHeads(items: ItemText[], before: ItemText | undefined): ItemText[] {
  let previous = before;
  for (const item of items) {
    const head = previous && SHARED_NAME_HEAD.exec(previous.name);
    if (item.indicator === null && head) item.indicator = indicatorOf(head[0] + item.name);
    previous = item;
  }
  return items;
}

/** Where a sentence ends: at the next 。！？ (or the text's end). */
function sentenceEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) if (SENTENCE_MARKS.test(text[at]!)) return at;
  return text.length;
}

/**
 * Whether a sentence's items read as targets: one of the vocabulary, and most with a bound or an
 * id. An item of a list written one to a line, ending in ； (实际利用内资增长10%；), needs only a
 * bound.
 */
function readsAsTargets(items: ItemText[], listed: boolean): boolean {
  const known = items.filter((item) => item.indicator !== null || item.qualifier !== 'qualitative');
  if (listed && items.length > 0 && known.length === items.length) return true;
  return items.some((item) => item.indicator !== null) && known.length * 2 >= items.length;
}

/**
 * The items of a list from `from` in a paragraph: the rest of its sentence, then each following
 * sentence that reads as targets (國内生产总值增长13%。财政总收入增长14%。), skipping labels (一是预期
 * 性指标。) and taking a one-clause sentence ending in 指标, 目标 or 任务 (全面完成…约束性指标。) as a
 * target without a number. Stops at what the report says about its targets (这里着重说明, 以上
 * 指标) or the work that follows (重点抓好以下工作：). `first`: the list's first sentence, taken
 * as it is.
 */
export function listItems(
  text: string,
  from: number,
  first: boolean,
  hint?: Span,
): { items: ItemText[]; ended: boolean } {
  const items: ItemText[] = [];
  let at = from;
  // The sentence right after the intro's: it reads as targets when it opens with another indicator
  // and a bound, whatever its other items (单位地区生产总值能耗降低3%左右，生态环境质量持续好转，…).
  let second = false;
  while (at < text.length) {
    const end = sentenceEnd(text, at);
    const start = skipMarkers(text, at, end);
    const numbered = start > at;
    const sentence = text.slice(start, end);
    at = end + 1;
    if (sentence === '') continue;
    if (!first && SENTENCE_ENDS.test(sentence)) return { items, ended: true };
    // A numbered label of the items after it (一是预期性指标。), not a target.
    if (!first && numbered && LIST_LABEL.test(sentence)) continue;
    if (!first && TARGETS_TRAILER.test(sentence)) {
      items.push(...parseItem(text, start, end));
      continue;
    }
    const { spans, ended } = itemSpans(text, start, end);
    const found = spans.flatMap((span, index) =>
      parseItem(text, span.start, span.end, items.length === 0 && index === 0 ? hint : undefined),
    );
    // Not one that restates a target of the list to explain it (经济增长目标设定为6%左右，考虑了…).
    const opens =
      second &&
      found[0]?.indicator != null &&
      found[0].qualifier !== 'qualitative' &&
      !items.some((item) => item.indicator === found[0]!.indicator);
    second = first && hint !== undefined;
    // A heading clause (协调发展取得新成效，…) is not weighed among the items it heads.
    const weighed = ITEMS_HEADING.test(sentence) && found[0]?.indicator === null ? found.slice(1) : found;
    // A sentence of aims without a number that ends in a task to complete (生态环境质量进一步改善，完成
    // 国家下达的能耗“双控”目标): more targets without a number, as a one-clause trailer is.
    const trailer =
      !first &&
      found.length > 1 &&
      !/\d/.test(sentence) &&
      TASK_TRAILER.test(sentence.slice(Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(',')) + 1)) &&
      found.slice(0, -1).every((item) => item.qualifier === 'qualitative' && item.phrase !== '');
    if (!first && !opens && !trailer && !readsAsTargets(weighed, /[；;]\s*$/.test(text.slice(start, end)))) {
      // A label of the items after it: short, without a number, numbered or naming no indicator.
      const label = LIST_LABEL.test(sentence) && (numbered || found.every((item) => item.indicator === null));
      if (label) continue;
      return { items, ended: true };
    }
    items.push(...withSharedHeads(found, items.at(-1)));
    first = false;
    if (ended) return { items, ended: true };
  }
  return { items, ended: false };
}

/** An intro to the year's targets in a paragraph: where its clause, noun and list start. */
export interface Intro {
  clauseStart: number;
  nounStart: number;
  listStart: number;
}

/**
 * The intros of the year's targets in a paragraph: a noun (主要预期目标, 调控目标, 主要指标) with
 * 是, 为 or a colon after it, in a clause that is not about a plan (今后五年, “十四五”时期, 到2025年,
 * another year than the report's) or the past (去年, 确定的, 完成).
 */
export function findIntros(text: string, year: number): Intro[] {
  const intros: Intro[] = [];
  for (const noun of nounsIn(text)) {
    const nounEnd = noun.index + noun.length;
    const [all, , verb, mark] = INTRO_LINK.exec(text.slice(nounEnd))!;
    // 主要预期目标，按保持“三个同步”原则安排：… names its list after a clause of its own.
    const deferred = !verb && !/[：:]/.test(mark!) ? DEFERRED_LINK.exec(text.slice(nounEnd)) : null;
    if (!verb && !/[：:]/.test(mark!) && !deferred) continue;
    const link = deferred ? deferred[0] : all;
    if (!mark && !deferred && !/^\s*\d|^[\p{Script=Han}]/u.test(text.slice(nounEnd + all.length))) continue;
    let clauseStart = noun.index;
    while (clauseStart > 0 && !/[，,。；;：:！？]/.test(text[clauseStart - 1]!)) clauseStart--;
    const clause = text.slice(clauseStart, nounEnd);
    if (NOT_THE_YEARS_INTRO.test(clause)) continue;
    const years = [...clause.matchAll(/(\d{4})年/g)].map((match) => Number(match[1]));
    if (years.some((each) => each !== year)) continue;
    if (aboutAPlan(text, noun.index, year)) continue;
    intros.push({ clauseStart, nounStart: noun.index, listStart: nounEnd + link.length });
  }
  return intros;
}

/**
 * The nouns of intros in a text, with where they are; a space pasted into one (主要预期目 标) is
 * part of it.
 */
function nounsIn(text: string): { index: number; length: number }[] {
  if (!/\s/.test(text))
    return [...text.matchAll(NOUN)].map((match) => ({ index: match.index, length: match[0].length }));
  const at: number[] = [];
  let compact = '';
  for (let index = 0; index < text.length; index++) {
    if (/\s/.test(text[index]!)) continue;
    at.push(index);
    compact += text[index];
  }
  return [...compact.matchAll(NOUN)].map((match) => {
    const end = at[match.index + match[0].length - 1]! + 1;
    return { index: at[match.index]!, length: end - at[match.index]! };
  });
}

/**
 * The list a sentence starts when it states the year's targets without a noun to introduce them
 * (综合考虑各方面因素，今年全市地区生产总值增长7.5%左右。固定资产投资增长9%。…): it speaks of this
 * year (今年, 预期, 建议, 力争) or weighs its targets (综合考虑), not of a result (预计, 比上年), and
 * its list names enough indicators of the vocabulary (three, one with a qualifier such as 左右; two
 * after 综合考虑; one after 预期增长). Undefined otherwise.
 */
export function sentenceTargets(text: string, from: number, end: number): ItemText[] | undefined {
  const sentence = text.slice(from, end);
  // A result says so up front (预计全年…, 全市生产总值完成…比上年增长); a target may say 比上年 later
  // (制造业增加值占比比上年提升2个百分点).
  if (!TARGET_SENTENCE.test(sentence) || RESULT_SENTENCE.test(sentence.slice(0, RESULT_WINDOW))) return undefined;
  const { items } = listItems(text, from, true);
  const ids = new Set(items.map((item) => item.indicator).filter((id) => id !== null));
  const qualified = items.some((item) => item.indicator !== null && !['exact', 'qualitative'].includes(item.qualifier));
  const needed = TARGET_SENTENCE_NAMES.find(([words]) => words.test(sentence))?.[1];
  if (needed ? ids.size < needed : ids.size < 3 || !qualified) return undefined;
  // What comes before the first item of the vocabulary (优先稳就业保民生, …) is no target.
  return items.slice(items.findIndex((item) => item.indicator !== null));
}

/**
 * Whether the sentence of an intro, or the one before it, speaks of a plan's period (今后五年，…主要
 * 预期目标是：; “十四五”时期，…) and neither of this year (2006年是“十一五”时期的第一年 speaks of both).
 */
function aboutAPlan(text: string, at: number, year: number): boolean {
  const start = sentenceStart(text, at);
  const before = text.slice(sentenceStart(text, Math.max(start - 1, 0)), start);
  const sentence = text.slice(start, at);
  if (speaksOfTheYear(sentence, year)) return false;
  return PLAN_PERIOD.test(sentence) || (PLAN_PERIOD.test(before) && !speaksOfTheYear(before, year));
}

/** Whether words speak of this year: 今年, 全年, or the report's year (2022年). */
function speaksOfTheYear(words: string, year: number): boolean {
  return THIS_YEAR.test(words) || [...words.matchAll(/(\d{4})年/g)].some((match) => Number(match[1]) === year);
}

/**
 * Whether an intro's paragraph speaks of this year before it (今年经济社会发展的主要预期目标是; 2003年，
 * 是…关键年。…提出了经济社会发展的主要预期目标是).
 */
function introSpeaksOfTheYear(text: string, intro: Intro, year: number): boolean {
  return speaksOfTheYear(text.slice(0, intro.nounStart), year);
}

/** Where the sentence around `at` starts: after the 。！？ before it. */
function sentenceStart(text: string, at: number): number {
  for (let index = at - 1; index >= 0; index--) if (SENTENCE_MARKS.test(text[index]!)) return index + 1;
  return 0;
}

/**
 * Whether a list's items are a plan's goals (年均增长7%以上, 累计…, 2010年全市生产总值达3100亿元)
 * rather than the year's targets.
 */
function isPlan(words: string[], year: number): boolean {
  const numeric = words.filter((each) => /\d/.test(each));
  return (
    numeric.length > 0 &&
    numeric.filter((each) => PLAN_ITEM.test(each) || laterYear(each, year)).length * 2 >= numeric.length
  );
}

/** Whether words name a year after the report's (2027年地区生产总值…, 力争到2022年). */
function laterYear(words: string, year: number): boolean {
  return [...words.matchAll(/(\d{4})年/g)].some((match) => Number(match[1]) > year);
}

/** The year's targets with their paragraphs, in reading order. */
export interface ParagraphItems {
  block: ParagraphBlock;
  items: ItemText[];
}

/**
 * The year's main targets: the first list after an intro (in its paragraph, or in the paragraphs
 * that follow an intro ending its paragraph: 主要预期目标是： / ——地区生产总值增长5.5%以上；) with an
 * item of the vocabulary, not a plan's list. Parts are a weak sign (the year's targets may sit in a
 * part titled 今后五年的奋斗目标和2013年工作任务): every part is read, the review of past years last,
 * appendices never.
 */
export function yearTargets(report: Report): ParagraphItems[] {
  const parts = report.sections.filter((section) => section.kind !== 'appendix');
  const ordered = [
    ...parts.filter((section) => section.slug !== 'review'),
    ...parts.filter((section) => section.slug === 'review'),
  ];
  for (const section of ordered) {
    const planPart = PLAN_PART.test(section.title) && !YEAR_IN_PART.test(section.title);
    for (const [index, block] of section.blocks.entries()) {
      if (block.kind !== 'paragraph') continue;
      for (const intro of findIntros(block.text, report.year)) {
        if (planPart && !introSpeaksOfTheYear(block.text, intro, report.year)) continue;
        const found = introTargets(block, intro, section.blocks.slice(index + 1));
        if (isTheYears(found, report.year)) return found;
      }
    }
  }
  // No intro: a sentence that reads as the year's targets, outside the review.
  for (const section of ordered.filter((each) => each.slug !== 'review')) {
    for (const block of section.blocks) {
      if (block.kind !== 'paragraph') continue;
      for (let at = 0; at < block.text.length;) {
        const end = sentenceEnd(block.text, at);
        const items = sentenceTargets(block.text, at, end);
        if (items && isTheYears([{ block, items }], report.year)) return [{ block, items }];
        at = end + 1;
      }
    }
  }
  return [];
}

/**
 * Whether a list found is the year's targets: an item of the vocabulary, and not a plan's list,
 * nor one whose items before the first of the vocabulary set a later year (奋斗目标是：确保到2020年
 * 高水平全面建成小康社会。……力争到2022年，全省生产总值超过7万亿元).
 */
function isTheYears(found: ParagraphItems[], year: number): boolean {
  const items = found.flatMap((each) => each.items.map((item) => ({ item, block: each.block })));
  const words = items.map(({ item, block }) => block.text.slice(item.start, item.end));
  const first = items.findIndex(({ item }) => item.indicator !== null);
  return first >= 0 && !isPlan(words, year) && !words.slice(0, first).some((each) => laterYear(each, year));
}

/** The list an intro opens: in its own paragraph, or in the paragraphs after it. */
function introTargets(block: ParagraphBlock, intro: Intro, after: Block[]): ParagraphItems[] {
  const text = block.text;
  const hint = { start: intro.clauseStart, end: intro.nounStart };
  if (text.slice(intro.listStart).trim() !== '') {
    return [{ block, items: listItems(text, intro.listStart, true, hint).items }];
  }
  const found: ParagraphItems[] = [];
  for (const next of after) {
    if (next.kind !== 'paragraph') break;
    const { items, ended } = listItems(next.text, 0, false);
    if (items.length === 0) break;
    found.push({ block: next, items });
    if (ended) break;
  }
  return found;
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
