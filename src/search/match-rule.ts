// Which paragraphs answer a reader's query: the one rule that the search page applies to every
// Pagefind result before showing it, and that the browser tests use as ground truth. Pagefind
// splits a Chinese query into pieces that may match anywhere in a record; this rule is exact.
//
// 1. The query's parts are what the reader separated with spaces.
// 2. A part matches a text that contains it literally, both folded: Latin case ignored, full-width
//    letters, digits and punctuation as half-width (Unicode compatibility, NFKC, wherever it keeps
//    a character one character: ７５７．５ → 757.5, ， → ','), and in the query Traditional
//    characters as the Simplified ones of the report (雙減 → 双减; the table is made at build time
//    from the report's own characters, src/search/variant-table.ts). Folding never changes a
//    text's length, so what matches is marked in the text as it stands.
// 3. A part with Chinese in it also matches a text that contains each of its words: the words of
//    Intl.Segmenter('zh', { granularity: 'word' }), runs of adjacent one-character Chinese segments
//    joined back into one word (双|减 → 双减), punctuation and symbols dropped. A part with no
//    Chinese (RCEP, PM2.5, AA+) matches literally only.
// 4. A text is a result when every part matches it; texts that contain every part literally
//    come first.
//
// No imports: the browser tests load this file as it is, and so does the search page's bundle.

/** One space-separated piece of the query. */
export interface QueryPart {
  /** As the reader typed it. */
  text: string;
  /** Folded (see fold), for comparison and for the search engine. */
  folded: string;
  /** For a part with Chinese in it, its words (folded); undefined for a Latin-only part. */
  words: string[] | undefined;
}

/** How a text matches a query. */
export interface Match {
  /** Every part occurs in the text literally. */
  literal: boolean;
  /** What to mark: [start, end) UTF-16 offsets into the text, sorted, not overlapping. */
  ranges: [number, number][];
}

const HAN = /\p{Script=Han}/u;
const SINGLE_HAN = /^\p{Script=Han}$/u;
const SPACES = /[\s\u3000]+/;

let segmenter: Intl.Segmenter | undefined;

/**
 * Traditional (and regional variant) characters → the Simplified ones the report uses, one
 * character to one of the same length. No key occurs in the report, so only queries need it.
 */
export type Variants = ReadonlyMap<string, string>;

/** The table as the build publishes it: pairs of characters, run together (雙双減减…). */
export function parseVariants(pairs: string): Variants {
  const characters = [...pairs];
  const table = new Map<string, string>();
  for (let at = 0; at + 1 < characters.length; at += 2) table.set(characters[at]!, characters[at + 1]!);
  return table;
}

/** Anything but ASCII other than capitals folds to itself: skip it quickly. */
const FOLDABLE = /[A-Z]|[^\0-\x7f]/gu;
const folds = new Map<string, string>();

/** One character folded: compatibility (NFKC) then lower case, each only where it keeps the length. */
function foldCharacter(character: string): string {
  let folded = folds.get(character);
  if (folded === undefined) {
    const compatible = character.normalize('NFKC');
    const base = compatible.length === character.length ? compatible : character;
    const lower = base.toLowerCase();
    folded = lower.length === base.length ? lower : base;
    folds.set(character, folded);
  }
  return folded;
}

/**
 * Folds a text for comparison without changing its length, so that offsets into the folded text
 * are offsets into the original: full-width forms as half-width (ＡＢ１，→ ab1,), Latin lower case
 * (a plain toLowerCase() would turn İ into two code units), and with `variants` Traditional
 * characters as Simplified.
 */
export function fold(text: string, variants?: Variants): string {
  return text.replace(FOLDABLE, (character) => foldCharacter(variants?.get(character) ?? character));
}

/** The words of a Chinese part, by the rule: segmenter words, one-character Han runs joined. */
export function wordsOf(part: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  let run = '';
  const flush = () => {
    if (run) words.push(run);
    run = '';
  };
  for (const { segment, isWordLike } of segmenter.segment(part)) {
    if (!isWordLike) flush();
    else if (SINGLE_HAN.test(segment)) run += segment;
    else {
      flush();
      words.push(segment);
    }
  }
  flush();
  return [...new Set(words)];
}

/** The texts of a query's parts, as typed, each once: none for an empty or blank query. */
export function queryTexts(query: string): string[] {
  return [...new Set(query.split(SPACES).filter((text) => text !== ''))];
}

/**
 * Splits a query into its parts, folded (with the Traditional → Simplified table when given). An
 * empty or blank query has none.
 */
export function parseQuery(query: string, variants?: Variants): QueryPart[] {
  return queryTexts(query).map((text) => {
    const folded = fold(text, variants);
    return { text, folded, words: HAN.test(folded) ? wordsOf(folded) : undefined };
  });
}

/** Every [start, end) where `needle` occurs in `haystack`, overlapping occurrences included. */
function occurrences(haystack: string, needle: string): [number, number][] {
  const found: [number, number][] = [];
  if (needle === '') return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push([at, at + needle.length]);
  }
  return found;
}

/** Sorts ranges and merges the ones that overlap or touch. */
function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Whether and how `text` answers the query's parts; undefined when it does not. */
export function matchText(text: string, parts: QueryPart[]): Match | undefined {
  if (parts.length === 0) return undefined;
  const folded = fold(text);
  let literal = true;
  const ranges: [number, number][] = [];
  for (const part of parts) {
    const exact = occurrences(folded, part.folded);
    if (exact.length > 0) {
      ranges.push(...exact);
      continue;
    }
    literal = false;
    if (!part.words || part.words.length === 0) return undefined;
    for (const word of part.words) {
      const found = occurrences(folded, word);
      if (found.length === 0) return undefined;
      ranges.push(...found);
    }
  }
  return { literal, ranges: merge(ranges) };
}

/** The marked pieces of a text, each once, longest first: what a result link carries in `hl`. */
export function markedTerms(text: string, match: Match): string[] {
  const terms = new Set(match.ranges.map(([start, end]) => text.slice(start, end)));
  return [...terms].sort((a, b) => b.length - a.length);
}

/**
 * Orders results by the rule: those that contain every part literally first, each group in the
 * order it came (the search engine's ranking). Stable; returns a new array.
 */
export function rankByRule<T extends { match: Match }>(results: T[]): T[] {
  return [...results.filter((result) => result.match.literal), ...results.filter((result) => !result.match.literal)];
}
