// The report's whole text as search records, from the published report.json: the candidates for
// the queries whose matches Pagefind cannot all find (see run-search.ts). About 15 KB compressed.
import type { Report } from '../schemas/report.ts';
import { searchRecords, type SearchRecord } from './search-records.ts';

let loading: Promise<SearchRecord[]> | undefined;

/** Loads `${base}report.json` once and turns it into the same records that Pagefind indexes. */
export function loadFullText(base: string): Promise<SearchRecord[]> {
  loading ??= (async () => {
    const response = await fetch(`${base}report.json`);
    if (!response.ok) throw new Error(`${response.status} fetching ${base}report.json`);
    // Not validated again here: zod would weigh more than the text. The build validated it.
    return searchRecords((await response.json()) as Report);
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
