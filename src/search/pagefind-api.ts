// The part of Pagefind's browser API (dist/pagefind/pagefind.js, version 1.6) that the search page
// uses. Pagefind ships no types for its browser bundle, which is loaded at run time from the built
// site rather than bundled.

/** One record's stored data: for our custom records, the block's text and its meta. */
export interface PagefindData {
  /** The record's URL as indexed, with Pagefind's baseUrl in front. */
  url: string;
  /** The record's text, as indexed. */
  content: string;
  meta: Record<string, string>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Loads the record's fragment: one request per result not loaded before. */
  data(): Promise<PagefindData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

export interface PagefindModule {
  /**
   * Before the first search: `noWorker`, `baseUrl` for the URLs of results, and `metaCacheTag`,
   * which makes the entry file `pagefind-entry.json?ts=${metaCacheTag}` (else the time).
   */
  options(options: { baseUrl?: string; noWorker?: boolean; metaCacheTag?: string }): Promise<void>;
  /** Starts loading the index (entry, metadata, wasm) without searching. */
  init(): Promise<void>;
  search(term: string): Promise<PagefindResponse>;
  /** Loads what a search for `term` needs without running it. */
  preload(term: string): Promise<void>;
}
