// Pagefind asks for its index's files one after another: its script, then the entry file, then
// the language's metadata and wasm, each only once the one before has arrived, and on a slow
// connection every step is a round trip. The search's worker asks for them all at once instead,
// the script and the entry together and the rest as soon as the entry names them, and hands each
// response to Pagefind when it asks (issue 10). Worker only: it wraps the worker's own fetch().

/** Pagefind's entry file (`pagefind-entry.json`), the part of it that names the index files. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * The metadata and wasm files Pagefind will load for a page in `language`, chosen as Pagefind
 * 1.6 chooses (findIndex): the language, else its base language (zh for zh-cn), else the language
 * with the most pages. A wrong guess costs the download only: Pagefind then fetches its own.
 */
export function indexFiles(entry: PagefindEntry, language: string): string[] {
  const lang = language.toLowerCase();
  const index =
    entry.languages[lang] ??
    entry.languages[lang.split('-')[0]!] ??
    Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  return index ? [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`] : [];
}

const nativeFetch = globalThis.fetch.bind(globalThis);
/** Fetched early, not yet asked for. */
const started = new Map<string, Promise<Response>>();
/** Asked for by the worker's code (Pagefind): fetching these early again would fetch them twice. */
const asked = new Set<string>();

const keyOf = (url: string) => new URL(url, location.href).href;

/** Fetches `url` early, unless it has been asked for already. */
function early(url: string): Promise<Response> | undefined {
  const key = keyOf(url);
  if (asked.has(key)) return undefined;
  let response = started.get(key);
  if (!response) {
    response = nativeFetch(key);
    started.set(key, response);
  }
  return response;
}

/** From now on, the first fetch() of a URL fetched early gets that response. */
function handOverEarlyFetches(): void {
  globalThis.fetch = (input, init) => {
    if (typeof input === 'string' && init === undefined) {
      const key = keyOf(input);
      asked.add(key);
      const response = started.get(key);
      if (response) {
        started.delete(key);
        return response;
      }
    }
    return nativeFetch(input, init);
  };
}

/**
 * Starts fetching the index of `${base}pagefind/` that a page in `language` searches: the entry
 * file as Pagefind will ask for it (with `cacheTag`, Pagefind's metaCacheTag), then the files it
 * names. Failures are left for Pagefind to meet and report.
 */
export function prefetchPagefindIndex(base: string, language: string, cacheTag: string): void {
  handOverEarlyFetches();
  const folder = `${base}pagefind/`;
  early(`${folder}pagefind-entry.json?ts=${cacheTag}`)
    // A copy, read here: the response itself is Pagefind's to read.
    ?.then((response) => (response.ok ? (response.clone().json() as Promise<PagefindEntry>) : undefined))
    .then((entry) => {
      for (const file of entry ? indexFiles(entry, language) : []) void early(`${folder}${file}`)?.catch(() => {});
    })
    .catch(() => {});
}
