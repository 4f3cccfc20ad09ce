// The search as the page calls it. It runs in a worker of its own (search-worker.ts), so that
// none of its work blocks the page the reader is waiting on: on a slow phone, setting up the
// Chinese word segmenter alone (Intl.Segmenter, for the query's words) is one task of 150–400 ms,
// and Pagefind's decompression and wasm add as much again (issue 10). Where a worker cannot start
// (a browser without module workers, a blocked script), the same code runs on the page instead
// (worker-client.ts).
import type { SearchHit } from './run-search.ts';
import { WorkerClient } from './worker-client.ts';

export type { EarlySearchWorker, EngineReply } from './worker-client.ts';
export type EngineRequest =
  /** With the query the page opened with, if any: the worker runs it at once. */
  | { id: number; op: 'start'; lang: string; query?: string }
  | { id: number; op: 'search'; query: string }
  | { id: number; op: 'suggest'; query: string; max: number };
type Call = { op: 'search'; query: string } | { op: 'suggest'; query: string; max: number };

const base = import.meta.env.BASE_URL;

const client = new WorkerClient<Call>(
  () => new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' }),
  () => ({ op: 'start', lang: document.documentElement.lang }),
  async (call) => {
    const engine = await import('./run-search.ts');
    return call.op === 'search'
      ? engine.runSearch(base, call.query)
      : engine.suggestionsFor(base, call.query, call.max);
  },
);

/** Starts the worker, which starts loading the index: call it as soon as a search is likely. */
export function startSearchEngine(): void {
  client.start();
}

/** Every block that answers `query` by the match rule, in the rule's order (run-search.ts). */
export function search(query: string): Promise<SearchHit[]> {
  return client.call({ op: 'search', query }) as Promise<SearchHit[]>;
}

/** For a query that found nothing: at most `max` of its pieces that do find something. */
export function suggest(query: string, max: number): Promise<string[]> {
  return client.call({ op: 'suggest', query, max }) as Promise<string[]>;
}
