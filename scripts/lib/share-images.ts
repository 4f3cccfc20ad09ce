// A collection's share images: one card a place (and one for the collection), not one a page:
// the corpus's 25,000 pages at ~150 ms an image would be an hour of the build. Rendered in worker
// threads, one a core, and cached by the card's content (node_modules/.cache/share-images/), so a
// rebuild renders only the cards that changed.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { renderShareImage, type ShareCard } from '../../src/share/share-image.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(root, 'node_modules/.cache/share-images');

/** One image to write: its card and where it goes. */
export interface ShareImageJob {
  card: ShareCard;
  /** The file, relative to the site's folder: `zibo/og.png`. */
  file: string;
}

const hashOf = (card: ShareCard) => createHash('sha256').update(JSON.stringify(card)).digest('hex').slice(0, 32);

/** Writes every job's image into `siteDir`, from the cache where it can. Returns how many were rendered. */
export async function writeShareImages(
  jobs: ShareImageJob[],
  siteDir: string,
): Promise<{ rendered: number; cached: number }> {
  mkdirSync(CACHE, { recursive: true });
  const missing = jobs.filter((job) => !existsSync(join(CACHE, `${hashOf(job.card)}.png`)));
  const unique = [...new Map(missing.map((job) => [hashOf(job.card), job.card])).values()];
  const workers = Math.max(1, Math.min(availableParallelism(), 2, Math.ceil(unique.length / 8)));
  await Promise.all(
    Array.from({ length: workers }, (_, index) => {
      const cards = unique.filter((__, at) => at % workers === index);
      if (cards.length === 0) return Promise.resolve();
      return new Promise<void>((done, fail) => {
        const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { cards, cache: CACHE } });
        worker.on('error', fail);
        worker.on('exit', (code) => (code === 0 ? done() : fail(new Error(`share images: worker exit ${code}`))));
      });
    }),
  );
  for (const job of jobs) {
    const target = join(siteDir, job.file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(CACHE, `${hashOf(job.card)}.png`), target);
  }
  return { rendered: unique.length, cached: jobs.length - missing.length };
}

// In a worker: render the cards given, each into the cache under its hash.
if (!isMainThread && workerData?.cards) {
  const { cards, cache } = workerData as { cards: ShareCard[]; cache: string };
  for (const card of cards) {
    // Written whole, then named: a build stopped half-way leaves no broken image in the cache.
    const file = join(cache, `${hashOf(card)}.png`);
    writeFileSync(`${file}.${process.pid}.tmp`, await renderShareImage(card, [card]));
    renameSync(`${file}.${process.pid}.tmp`, file);
  }
  parentPort?.close();
}
