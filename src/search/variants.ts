// The Traditional → Simplified table of the report's characters (`${base}search-variants.json`,
// about 2 KB compressed), loaded once: by the search's worker as it starts, and applied only to
// a query with Chinese characters in it.
import { parseVariants, type Variants } from './match-rule.ts';

const HAN = /\p{Script=Han}/u;
let loading: Promise<Variants> | undefined;

/** The table, loaded once. */
export function loadVariants(base: string): Promise<Variants> {
  loading ??= (async () => {
    const response = await fetch(`${base}search-variants.json`);
    if (!response.ok) throw new Error(`${response.status} fetching ${base}search-variants.json`);
    return parseVariants((await response.json()) as string);
  })();
  // A failed load (offline, say) may be retried by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The table the query needs: none for a query without Chinese (RCEP, ７５７．５). */
export function variantsFor(base: string, query: string): Promise<Variants | undefined> {
  return HAN.test(query) ? loadVariants(base) : Promise.resolve(undefined);
}
