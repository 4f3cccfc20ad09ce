// STUB until the search engineer's branch lands (issue 18): their scripts/bench/collection-search.ts
// replaces this file and measures the bytes and time of a first search, with and without filters,
// on a built collection. npm run bench collection prints what it returns.

/** The first-search figures of a built collection, as rows of a table; none until search lands. */
export async function measureFirstSearch(siteDir: string): Promise<{ head: string[]; rows: string[][] } | undefined> {
  void siteDir;
  return undefined;
}

/** Measured by npm run bench collection, on the collection it builds. */
export async function run(): Promise<boolean> {
  console.log('see npm run bench collection -- DIR');
  return true;
}
