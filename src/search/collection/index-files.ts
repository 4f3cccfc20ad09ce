// How the search reads the collection's index: each file once, from `${base}search-index/`. The
// browser fetches; the bench (scripts/bench/collection-search.ts) reads the built files and
// counts their bytes. Either way a file asked for twice is fetched once.

/** Reads a file of the index, by its path under `search-index/`. */
export type ReadIndexFile = (path: string) => Promise<Uint8Array>;

export class IndexFiles {
  private readonly cache = new Map<string, Promise<Uint8Array>>();
  private readonly parsed = new Map<string, Promise<unknown>>();
  private readonly read: ReadIndexFile;

  constructor(read: ReadIndexFile) {
    this.read = read;
  }

  bytes(path: string): Promise<Uint8Array> {
    let file = this.cache.get(path);
    if (!file) {
      file = this.read(path);
      this.cache.set(path, file);
      // A failed read (offline, say) may be retried by the next search.
      file.catch(() => this.cache.delete(path));
    }
    return file;
  }

  json<T>(path: string): Promise<T> {
    let value = this.parsed.get(path);
    if (!value) {
      value = this.bytes(path).then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as unknown);
      this.parsed.set(path, value);
      value.catch(() => this.parsed.delete(path));
    }
    return value as Promise<T>;
  }
}

/** Fetches the index's files over HTTP, from `${base}search-index/`. */
export function fetchIndexFile(base: string): ReadIndexFile {
  return async (path) => {
    const url = `${base}search-index/${path}`;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}
