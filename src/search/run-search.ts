// A search, as the search page runs it: Pagefind finds candidate records, the match rule keeps
// exactly the ones that answer the query and orders them. Pagefind is loaded on the first call.
// For the few queries whose matches Pagefind cannot all find (one-character words, symbols), the
// rule is applied to the report's whole text instead, so that no paragraph the rule finds is missed.
import { loadFullText } from './full-text.ts';
import { matchText, parseQuery, rankByRule, wordsOf, type Match, type QueryPart } from './match-rule.ts';
import type { PagefindModule, PagefindResult } from './pagefind-api.ts';
import type { RecordMeta } from './search-records.ts';
import { variantsFor } from './variants.ts';

/** A paragraph or heading that answers the query. */
export interface SearchHit {
  /** The block's URL with the base path: `/tasks/#p40`. */
  url: string;
  text: string;
  meta: RecordMeta;
  match: Match;
}

let loading: Promise<PagefindModule> | undefined;

/**
 * Loads Pagefind's bundle from the built site (`${base}pagefind/pagefind.js`), once, and starts it
 * loading its index (entry, metadata, wasm) at once rather than at the first search. Not Pagefind's
 * own web worker: this code runs in the search's worker already (search-worker.ts), and Pagefind's
 * would be one more download before the first results. Result URLs are indexed with the base path
 * already in them, hence baseUrl '/'. `metaCacheTag` replaces Pagefind's own (the time) in the entry
 * file's URL, for a caller that fetches that file ahead of Pagefind (pagefind-prefetch.ts).
 */
export function loadPagefind(base: string, metaCacheTag?: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    await pagefind.options({ baseUrl: '/', noWorker: true, ...(metaCacheTag === undefined ? {} : { metaCacheTag }) });
    void pagefind.init().catch(() => {});
    return pagefind;
  })();
  // A failed load (offline, say) may be retried by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Past this many candidates the report's whole text, one file (≈15 KB for ours, 20 KB for a report
 * three times as long), costs less than their fragments, one request of ≈0.9 KB each: a broad
 * query (发展: 31 paragraphs of ours, 93 of the long one) checks the whole text instead (issue 10).
 */
const MAX_FRAGMENTS = 20;

/** What a candidate needs for the rule and for showing it: Pagefind's data or a full-text record. */
interface Candidate {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/**
 * Whether Pagefind finds every block that the rule may match for these parts. Pagefind indexes
 * whole words, so a one-character word of the rule (区, or 园 of 产业园) may occur inside a word it
 * indexed whole (城区, 公园), and a part with no letter or digit (%) is not indexed at all.
 */
export function pagefindFindsAll(parts: QueryPart[]): boolean {
  const long = (text: string) => [...text].length > 1;
  return parts.every(
    (part) => /[\p{L}\p{N}]/u.test(part.folded) && long(part.folded) && (part.words ?? []).every(long),
  );
}

/**
 * Whether a search for `query` will load Pagefind: to start it before the variant table is in.
 * Read without the table, which maps a character to one character and so changes no word's
 * length; at worst, for a Traditional query segmented otherwise, Pagefind loads for nothing.
 */
export function needsPagefind(query: string): boolean {
  const parts = parseQuery(query);
  return parts.length > 0 && pagefindFindsAll(parts);
}

/**
 * Pagefind's candidates for a query: a superset of what the rule finds, best first. Pagefind gets
 * the folded query (双减 for 雙減, 757.5 for ７５７．５), as its index holds the report's forms.
 */
async function candidatesFor(base: string, parts: QueryPart[]): Promise<PagefindResult[]> {
  const pagefind = await loadPagefind(base);
  const [whole, ...each] = await Promise.all([
    pagefind.search(parts.map((part) => part.folded).join(' ')),
    // Pagefind drops a query's words that occur nowhere (张店 火星 finds all of 张店): with several
    // parts, keep only the records that each part finds, before loading their text.
    ...(parts.length > 1 ? parts.map((part) => pagefind.search(part.folded)) : []),
  ]);
  const foundByEach = each.map((response) => new Set(response.results.map((result) => result.id)));
  return whole!.results.filter((result) => foundByEach.every((ids) => ids.has(result.id)));
}

function check(record: Candidate, parts: QueryPart[]): SearchHit | undefined {
  const match = matchText(record.content, parts);
  return match && { url: record.url, text: record.content, meta: record.meta as RecordMeta, match };
}

/**
 * Every block that answers `query` by the match rule, literal matches first, then in Pagefind's
 * order, or in the report's order when the whole text was checked (Pagefind cannot find all the
 * matches, or finds so many that the whole text weighs less).
 */
export async function runSearch(base: string, query: string): Promise<SearchHit[]> {
  const parts = parseQuery(query, await variantsFor(base, query));
  if (parts.length === 0) return [];
  let records: Candidate[];
  if (pagefindFindsAll(parts)) {
    const candidates = await candidatesFor(base, parts);
    records =
      candidates.length > MAX_FRAGMENTS
        ? await loadFullText(base)
        : await Promise.all(candidates.map((result) => result.data()));
  } else {
    records = await loadFullText(base);
  }
  return rankByRule(records.flatMap((record) => check(record, parts) ?? []));
}

/** How many candidates' text to load at a time when any one answer will do. */
const BATCH = 3;

/**
 * Whether anything answers `query`, loading as few records as it can: for suggestions, which
 * should cost the reader little.
 */
export async function answersAny(base: string, query: string): Promise<boolean> {
  const parts = parseQuery(query, await variantsFor(base, query));
  if (parts.length === 0) return false;
  if (!pagefindFindsAll(parts)) return (await loadFullText(base)).some((record) => check(record, parts));
  const candidates = await candidatesFor(base, parts);
  for (let at = 0; at < candidates.length; at += BATCH) {
    const records = await Promise.all(candidates.slice(at, at + BATCH).map((result) => result.data()));
    if (records.some((record) => check(record, parts))) return true;
  }
  return false;
}

/**
 * For a query that found nothing, the pieces of it that the report does speak of, at most `max`:
 * its parts, or for one part its words of two characters or more. None when there are fewer
 * than two pieces (the query itself is the only one).
 */
export async function suggestionsFor(base: string, query: string, max: number): Promise<string[]> {
  const parts = parseQuery(query);
  const pieces = (
    parts.length > 1 ? parts.map((part) => part.text) : wordsOf(parts[0]?.text ?? '').filter((word) => word.length > 1)
  ).slice(0, max);
  if (pieces.length < 2) return [];
  const answered = await Promise.all(pieces.map((piece) => answersAny(base, piece)));
  return pieces.filter((_, index) => answered[index]);
}
