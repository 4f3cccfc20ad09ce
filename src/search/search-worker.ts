// The search's own thread (see search-engine.ts): Pagefind and the match rule run here, and the
// page only shows what they find. Started with the query of a shared link, it runs that search
// at once, fetching what the query needs and nothing else: Pagefind and its index, or for the
// queries Pagefind cannot answer completely, only the report's text. Started without one (the
// reader went to the search box), it fetches Pagefind, which most typed queries need.
import { loadFullText } from './full-text.ts';
import { prefetchPagefindIndex } from './pagefind-prefetch.ts';
import { loadPagefind, needsPagefind, runSearch, suggestionsFor, type SearchHit } from './run-search.ts';
import type { EngineReply, EngineRequest } from './search-engine.ts';
import { loadVariants } from './variants.ts';

const base = import.meta.env.BASE_URL;
const scope = self as unknown as {
  postMessage(message: EngineReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineRequest>) => void): void;
};

/**
 * Pagefind picks the index's language, and with it whether to split a Chinese query into words,
 * from the page's <html lang>; a worker has no page, so it is given the page's language. Without
 * it Pagefind would look up 老旧小区 as one word. Only this lookup is answered.
 */
function lendPageLanguage(lang: string): void {
  const root = { getAttribute: (name: string) => (name === 'lang' ? lang : null) };
  (globalThis as { document?: unknown }).document = {
    querySelector: (selector: string) => (selector === 'html' ? root : null),
    currentScript: null,
  };
}

let language = '';
let pagefindStarted = false;

/** Pagefind, with its index fetched ahead of it (pagefind-prefetch.ts). Once. */
function startPagefind(): void {
  if (pagefindStarted) return;
  pagefindStarted = true;
  // The entry file's URL changes with every start of the worker, as Pagefind's own does with
  // every page load: a rebuilt index is never read from an old copy.
  const cacheTag = String(Date.now());
  prefetchPagefindIndex(base, language, cacheTag);
  void loadPagefind(base, cacheTag).catch(() => {});
}

/** The search started with the worker, for the page to collect when it asks for that query. */
const started = new Map<string, Promise<SearchHit[]>>();

function search(query: string): Promise<SearchHit[]> {
  const early = started.get(query);
  started.delete(query);
  if (early) return early;
  if (needsPagefind(query)) startPagefind();
  return runSearch(base, query);
}

async function answer(request: EngineRequest): Promise<unknown> {
  switch (request.op) {
    case 'start': {
      if (language !== '') return null;
      language = request.lang || 'unknown';
      lendPageLanguage(language);
      void loadVariants(base).catch(() => {});
      if (request.query === undefined) {
        startPagefind();
      } else {
        // What the search needs starts at once, alongside the variant table, not after it.
        if (needsPagefind(request.query)) startPagefind();
        else void loadFullText(base).catch(() => {});
        const early = runSearch(base, request.query);
        early.catch(() => {});
        started.set(request.query, early);
      }
      return null;
    }
    case 'search':
      return search(request.query);
    case 'suggest':
      startPagefind();
      return suggestionsFor(base, request.query, request.max);
  }
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  answer(request).then(
    (result) => scope.postMessage({ id: request.id, result }),
    (error: unknown) => scope.postMessage({ id: request.id, error: String(error) }),
  );
});
