// A search, as the search page runs it: Pagefind finds candidate records, the match rule keeps
// exactly the ones that answer the query and orders them. Pagefind is loaded on the first call.
import { matchText, parseQuery, rankByRule, type Match } from './match-rule.ts';
import type { PagefindModule } from './pagefind-api.ts';
import type { RecordMeta } from './search-records.ts';

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
 * Loads Pagefind's bundle from the built site (`${base}pagefind/pagefind.js`), once. No web worker:
 * the index is small, and the worker's script would be one more download before the first results.
 * Result URLs are indexed with the base path already in them, hence baseUrl '/'.
 */
export function loadPagefind(base: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    await pagefind.options({ baseUrl: '/', noWorker: true });
    return pagefind;
  })();
  // A failed load (offline, say) may be retried by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Every block that answers `query` by the match rule, literal matches first. */
export async function runSearch(base: string, query: string): Promise<SearchHit[]> {
  const parts = parseQuery(query);
  if (parts.length === 0) return [];
  const pagefind = await loadPagefind(base);
  const response = await pagefind.search(parts.map((part) => part.text).join(' '));
  const records = await Promise.all(response.results.map((result) => result.data()));
  const hits = records.flatMap((record): SearchHit[] => {
    const match = matchText(record.content, parts);
    return match ? [{ url: record.url, text: record.content, meta: record.meta as RecordMeta, match }] : [];
  });
  return rankByRule(hits);
}
