// The search as the page calls it. It runs in a worker of its own (search-worker.ts), so that
// none of its work blocks the page the reader is waiting on: on a slow phone, setting up the
// Chinese word segmenter alone (Intl.Segmenter, for the query's words) is one task of 150–400 ms,
// and Pagefind's decompression and wasm add as much again (issue 10). Where a worker cannot start
// (a browser without module workers, a blocked script), the same code runs on the page instead.
import type { SearchHit } from './run-search.ts';

export type EngineRequest =
  /** With the query the page opened with, if any: the worker runs it at once. */
  | { id: number; op: 'start'; lang: string; query?: string }
  | { id: number; op: 'search'; query: string }
  | { id: number; op: 'suggest'; query: string; max: number };
export type EngineReply = { id: number; result?: unknown; error?: string };
/** A worker the search page started before this code loaded (SearchPanel.astro). */
export interface EarlySearchWorker {
  worker: Worker;
  /** It failed to load or to run. */
  failed: boolean;
}
type Call = { op: 'search'; query: string } | { op: 'suggest'; query: string; max: number };

const base = import.meta.env.BASE_URL;
let worker: Worker | undefined;
/** The worker could not run: searches run on the page. */
let onPage = false;
let nextId = 0;
const waiting = new Map<number, { call: Call; resolve(value: unknown): void; reject(error: Error): void }>();

async function onPageCall(call: Call): Promise<unknown> {
  const engine = await import('./run-search.ts');
  return call.op === 'search' ? engine.runSearch(base, call.query) : engine.suggestionsFor(base, call.query, call.max);
}

/** Moves every search still waiting on the worker to the page, and every later one. */
function fallBack(): void {
  onPage = true;
  worker?.terminate();
  worker = undefined;
  for (const [id, { call, resolve, reject }] of waiting) {
    waiting.delete(id);
    onPageCall(call).then(resolve, reject);
  }
}

/** Starts the worker, which starts loading the index: call it as soon as a search is likely. */
export function startSearchEngine(): void {
  if (worker || onPage) return;
  const holder = globalThis as { earlySearchWorker?: EarlySearchWorker };
  const early = holder.earlySearchWorker;
  delete holder.earlySearchWorker;
  if (early?.failed) {
    onPage = true;
    return;
  }
  try {
    worker =
      early?.worker ?? new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  } catch {
    onPage = true;
    return;
  }
  // A script that fails to load or to run as a module (an older browser) ends up here.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fallBack();
  });
  worker.addEventListener('message', (event: MessageEvent<EngineReply>) => {
    const { id, result, error } = event.data;
    const pending = waiting.get(id);
    if (!pending) return;
    waiting.delete(id);
    if (error === undefined) pending.resolve(result);
    else pending.reject(new Error(error));
  });
  if (!early)
    worker.postMessage({ id: nextId++, op: 'start', lang: document.documentElement.lang } satisfies EngineRequest);
}

function call(request: Call): Promise<unknown> {
  startSearchEngine();
  if (!worker) return onPageCall(request);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { call: request, resolve, reject });
    worker!.postMessage({ id, ...request } satisfies EngineRequest);
  });
}

/** Every block that answers `query` by the match rule, in the rule's order (run-search.ts). */
export function search(query: string): Promise<SearchHit[]> {
  return call({ op: 'search', query }) as Promise<SearchHit[]>;
}

/** For a query that found nothing: at most `max` of its pieces that do find something. */
export function suggest(query: string, max: number): Promise<string[]> {
  return call({ op: 'suggest', query, max }) as Promise<string[]>;
}
