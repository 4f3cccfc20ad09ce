// What the collection's search index is keyed by: every character, every pair of adjacent
// characters and every run of three ASCII characters of a block's folded text (match-rule.ts's
// fold, with the collection's variant table), white space excepted (term-keys.ts).
// A text that contains a string contains each of its pairs, so the blocks whose postings hold every
// pair of a query's words are a superset of the blocks the match rule finds; the rule then decides
// on the text itself. No word segmentation at build time: Chinese has no spaces, and a segmenter's
// words would miss 园 inside 公园 (the single site's Pagefind index has that gap: run-search.ts).
import type { QueryPart } from '../match-rule.ts';
import { isSpace, isTripleCharacter } from './term-keys.ts';

/**
 * The terms whose postings hold every block containing `text`: itself if one character, else its
 * pairs and its runs of three ASCII characters (757, 57., 7.5 of 757.5: figures share their pairs
 * with many others).
 */
function termsOfString(text: string): string[] {
  const points = [...text].filter((point) => !isSpace(point.codePointAt(0)!));
  if (points.length === 1) return points;
  const terms = points.slice(1).map((point, at) => points[at]! + point);
  const ascii = (at: number) => isTripleCharacter(points[at]!.codePointAt(0)!);
  for (let at = 2; at < points.length; at++) {
    if (ascii(at) && ascii(at - 1) && ascii(at - 2)) terms.push(points[at - 2]! + points[at - 1]! + points[at]!);
  }
  return terms;
}

/**
 * The terms a block must have to be a candidate for a query's part. A part matches a text that
 * contains it literally or, for a part with Chinese, each of its words (match-rule.ts); both
 * contain every pair inside each word and each one-character word, so those are the terms. Pairs
 * across a word boundary are left out: a text may hold the words apart.
 */
export function partTerms(part: QueryPart): string[] {
  return [...new Set((part.words ?? [part.folded]).flatMap(termsOfString))];
}

/** FNV-1a over UTF-16 code units: which shard file holds a term. */
export function termHash(term: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < term.length; at++) {
    hash ^= term.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
