// The collection search as its page calls it: in a worker of its own (collection/collection-worker.ts),
// as the report's search is (search-engine.ts, which says why); where a worker cannot start or its
// script fails, the same code runs on the page.
import type { CollectionFilters, CollectionPage } from './collection/collection-search.ts';
import type { EarlySearchWorker } from './search-engine.ts';

export type CollectionRequest =
  /** With the query and filters the page opened with, if any: the worker runs that search at once. */
  | { id: number; op: 'start'; query?: undefined }
  | { id: number; op: 'start'; query: string; filters: CollectionFilters }
  | { id: number; op: 'search'; query: string; filters: CollectionFilters; below?: number };
export type { EngineReply } from './search-engine.ts';
type Call = Omit<Extract<CollectionRequest, { op: 'search' }>, 'id'>;

const base = import.meta.env.BASE_URL;
let worker: Worker | undefined;
let onPage = false;
let nextId = 0;
const waiting = new Map<number, { call: Call; resolve(value: unknown): void; reject(error: Error): void }>();

async function onPageCall(call: Call): Promise<CollectionPage> {
  const [{ CollectionSearch }, { IndexFiles, fetchIndexFile }] = await Promise.all([
    import('./collection/collection-search.ts'),
    import('./collection/index-files.ts'),
  ]);
  pageEngine ??= new CollectionSearch(new IndexFiles(fetchIndexFile(base)));
  return pageEngine.search(call.query, call.filters, call.below === undefined ? {} : { below: call.below });
}
let pageEngine: import('./collection/collection-search.ts').CollectionSearch | undefined;

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
export function startCollectionEngine(): void {
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
      early?.worker ??
      new Worker(new URL('./collection/collection-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  } catch {
    onPage = true;
    return;
  }
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fallBack();
  });
  worker.addEventListener('message', (event: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
    const { id, result, error } = event.data;
    const pending = waiting.get(id);
    if (!pending) return;
    waiting.delete(id);
    if (error === undefined) pending.resolve(result);
    else pending.reject(new Error(error));
  });
  if (!early) worker.postMessage({ id: nextId++, op: 'start' } satisfies CollectionRequest);
}

/** A page of the reports that answer `query` within `filters`, below `below` when going on. */
export function searchCollection(query: string, filters: CollectionFilters, below?: number): Promise<CollectionPage> {
  startCollectionEngine();
  const call: Call = below === undefined ? { op: 'search', query, filters } : { op: 'search', query, filters, below };
  if (!worker) return onPageCall(call);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { call, resolve: resolve as (value: unknown) => void, reject });
    worker!.postMessage({ id, ...call } satisfies CollectionRequest);
  });
}
