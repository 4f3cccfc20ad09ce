// The collection search's own thread (see collection-engine.ts): the index is read and the match
// rule applied here; the page only shows what comes back. Started with the query of a shared
// link, it runs that search at once; started without one, it fetches the index's entry and the
// variant table, which every search needs.
import type { CollectionRequest, EngineReply } from '../collection-engine.ts';
import { CollectionSearch, type CollectionFilters, type CollectionPage } from './collection-search.ts';
import { fetchIndexFile, IndexFiles } from './index-files.ts';

const base = import.meta.env.BASE_URL;
const scope = self as unknown as {
  postMessage(message: EngineReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CollectionRequest>) => void): void;
};

const index = new IndexFiles(fetchIndexFile(base));
const engine = new CollectionSearch(index);
/** The search started with the worker, for the page to collect when it asks for it. */
const started = new Map<string, Promise<CollectionPage>>();
const keyOf = (query: string, filters: CollectionFilters) => JSON.stringify([query, filters]);

function answer(request: CollectionRequest): Promise<unknown> {
  switch (request.op) {
    case 'start': {
      if (request.query === undefined) return engine.warm();
      const early = engine.search(request.query, request.filters);
      early.catch(() => {});
      started.set(keyOf(request.query, request.filters), early);
      return Promise.resolve(null);
    }
    case 'search': {
      const key = keyOf(request.query, request.filters);
      const early = request.below === undefined ? started.get(key) : undefined;
      started.delete(key);
      return (
        early ??
        engine.search(request.query, request.filters, request.below === undefined ? {} : { below: request.below })
      );
    }
  }
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  answer(request).then(
    (result) => scope.postMessage({ id: request.id, result }),
    (error: unknown) => scope.postMessage({ id: request.id, error: String(error) }),
  );
});
