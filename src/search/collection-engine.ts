// The collection search as its page calls it: in a worker of its own
// (collection/collection-worker.ts), as the report's search is (search-engine.ts says why), or on
// the page where a worker cannot run (worker-client.ts).
import type { CollectionFilters, CollectionPage, CollectionSearch } from './collection/collection-search.ts';
import { WorkerClient } from './worker-client.ts';

export type { EngineReply } from './worker-client.ts';
export type CollectionRequest =
  /** With the query and filters the page opened with, if any: the worker runs that search at once. */
  | { id: number; op: 'start'; query?: undefined }
  | { id: number; op: 'start'; query: string; filters: CollectionFilters }
  | { id: number; op: 'search'; query: string; filters: CollectionFilters; below?: number };
type Call = Omit<Extract<CollectionRequest, { op: 'search' }>, 'id'>;

const base = import.meta.env.BASE_URL;
let onPage: CollectionSearch | undefined;

const client = new WorkerClient<Call>(
  () => new Worker(new URL('./collection/collection-worker.ts', import.meta.url), { type: 'module', name: 'search' }),
  () => ({ op: 'start' }),
  async (call) => {
    if (!onPage) {
      const [{ CollectionSearch }, { IndexFiles, fetchIndexFile }] = await Promise.all([
        import('./collection/collection-search.ts'),
        import('./collection/index-files.ts'),
      ]);
      onPage ??= new CollectionSearch(new IndexFiles(fetchIndexFile(base)));
    }
    return onPage.search(call.query, call.filters, call.below === undefined ? {} : { below: call.below });
  },
);

/** Starts the worker, which starts loading the index: call it as soon as a search is likely. */
export function startCollectionEngine(): void {
  client.start();
}

/** A page of the reports that answer `query` within `filters`, below `below` when going on. */
export function searchCollection(query: string, filters: CollectionFilters, below?: number): Promise<CollectionPage> {
  return client.call(
    below === undefined ? { op: 'search', query, filters } : { op: 'search', query, filters, below },
  ) as Promise<CollectionPage>;
}
