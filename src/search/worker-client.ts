// A search running in a worker of its own, as a page calls it: requests numbered, answers matched
// to them. The worker may have been started by the page's inline script before this code loaded
// (a shared search link: SearchPanel.astro), and is taken over; where a worker cannot start or
// its script fails to load or run (an older browser), every search waiting on it, and every later
// one, runs on the page instead. For the report's search (search-engine.ts) and a collection's
// (collection-engine.ts).

/** A worker the search page started before its search code loaded (SearchPanel.astro). */
export interface EarlySearchWorker {
  worker: Worker;
  /** It failed to load or to run. */
  failed: boolean;
}

export type EngineReply = { id: number; result?: unknown; error?: string };

export class WorkerClient<Call extends object> {
  private worker: Worker | undefined;
  /** The worker could not run: searches run on the page. */
  private onPage = false;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { call: Call; resolve(value: unknown): void; reject(error: Error): void }
  >();
  private readonly create: () => Worker;
  private readonly startMessage: () => object;
  private readonly runOnPage: (call: Call) => Promise<unknown>;

  /** `create` starts the worker; `startMessage` is its first message; `runOnPage` the same search on the page. */
  constructor(create: () => Worker, startMessage: () => object, runOnPage: (call: Call) => Promise<unknown>) {
    this.create = create;
    this.startMessage = startMessage;
    this.runOnPage = runOnPage;
  }

  /** Moves every search still waiting on the worker to the page, and every later one. */
  private fallBack(): void {
    this.onPage = true;
    this.worker?.terminate();
    this.worker = undefined;
    for (const [id, { call, resolve, reject }] of this.waiting) {
      this.waiting.delete(id);
      this.runOnPage(call).then(resolve, reject);
    }
  }

  /** Starts the worker, which starts loading the index: call it as soon as a search is likely. */
  start(): void {
    if (this.worker || this.onPage) return;
    const holder = globalThis as { earlySearchWorker?: EarlySearchWorker };
    const early = holder.earlySearchWorker;
    delete holder.earlySearchWorker;
    if (early?.failed) {
      this.onPage = true;
      return;
    }
    try {
      this.worker = early?.worker ?? this.create();
    } catch {
      this.onPage = true;
      return;
    }
    // A script that fails to load or to run as a module (an older browser) ends up here.
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.fallBack();
    });
    this.worker.addEventListener('message', (event: MessageEvent<EngineReply>) => {
      const { id, result, error } = event.data;
      const pending = this.waiting.get(id);
      if (!pending) return;
      this.waiting.delete(id);
      if (error === undefined) pending.resolve(result);
      else pending.reject(new Error(error));
    });
    if (!early) this.worker.postMessage({ id: this.nextId++, ...this.startMessage() });
  }

  call(call: Call): Promise<unknown> {
    this.start();
    if (!this.worker) return this.runOnPage(call);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { call, resolve, reject });
      this.worker!.postMessage({ id, ...call });
    });
  }
}
