// npm run bench collection -- DIR: builds the collection in DIR (laid out as the corpus) with
// --skip-refused into dist.bench-collection/, and prints reports, pages, each stage's time
// (content, Astro, share images, search index), the build's peak memory, the output's and the
// index's size, the HTML of a report's pages, and the first-search figures of the search engine's
// measurement. Long (the corpus: minutes): run only when named.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { CollectionFigures } from '../build-collection.ts';
import { measureFirstSearch } from './collection-search.ts';
import { folderSize } from './lib/folder-size.ts';
import { printTable } from './lib/table.ts';

const root = join(import.meta.dirname, '../..');
const OUT = 'dist.bench-collection';

const brotli = (data: Buffer) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function run(): Promise<boolean> {
  const args = process.argv.slice(2);
  if (!args.includes('collection')) {
    console.log('skipped: npm run bench collection -- DIR (builds the whole collection)');
    return true;
  }
  const dir = resolve(args.find((arg) => arg !== 'collection') ?? join(root, 'content/collection'));
  const figuresFile = join(root, `${OUT}.figures.json`);
  const before = loadavg();
  const started = performance.now();
  // /usr/bin/time -v reports the peak resident memory of the build (its worker threads included).
  const timed = existsSync('/usr/bin/time');
  const command = ['node', 'scripts/build-collection.ts', '--skip-refused'];
  const result = spawnSync(timed ? '/usr/bin/time' : command[0]!, timed ? ['-v', ...command] : command.slice(1), {
    cwd: root,
    env: {
      ...process.env,
      COLLECTION: dir,
      SITE_OUT_DIR: OUT,
      COLLECTION_SITE_DIR: join(root, 'content/collection-site.bench'),
      COLLECTION_FIGURES: figuresFile,
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.log(result.stdout.slice(-4000), result.stderr.slice(-4000));
    return false;
  }
  const after = loadavg();
  const figures = JSON.parse(readFileSync(figuresFile, 'utf8')) as CollectionFigures;
  rmSync(figuresFile);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
  const site = join(root, OUT);
  const output = folderSize(site);
  const index = folderSize(join(site, 'search-index'));

  // A report's pages: the HTML of every page of the seed's report (or the first report), brotli.
  const manifest = JSON.parse(readFileSync(join(root, 'content/collection-site.bench/site.json'), 'utf8')) as {
    reports: { key: string; placeId: string }[];
  };
  const sample = manifest.reports.find((report) => report.placeId === 'zhangdian') ?? manifest.reports[0]!;
  const pages = readdirSync(join(site, sample.key), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.name === 'index.html')
    .map((entry) => join(entry.parentPath, entry.name));
  const htmlSizes = pages.map((page) => brotli(readFileSync(page))).sort((a, b) => a - b);

  console.log(
    `${dir}: load average ${before.map((n) => n.toFixed(2)).join(' ')} before, ${after.map((n) => n.toFixed(2)).join(' ')} after, ${cpus().length} cores`,
  );
  printTable(
    ['figure', 'value'],
    [
      ['reports built', String(figures.reports)],
      ['reports left out (--skip-refused)', String(figures.refused.length)],
      ['pages (index.html)', String(figures.pages)],
      ['content (read, check, pipeline, write)', `${figures.seconds.content.toFixed(1)} s`],
      ['Astro (pages and data files)', `${figures.seconds.astro.toFixed(1)} s`],
      [
        'share images',
        `${figures.seconds.images.toFixed(1)} s (${figures.images.rendered} rendered, ${figures.images.cached} cached)`,
      ],
      ['search index', `${figures.seconds.search.toFixed(1)} s (${figures.search.records} records)`],
      ['wall clock, whole build', `${wall.toFixed(1)} s (${(wall / 60).toFixed(1)} min)`],
      ['peak memory (max RSS)', peak ? mb(Number(peak) * 1024) : 'n/a (no /usr/bin/time)'],
      ['output', `${mb(output.bytes)} in ${output.files} files`],
      ['search index on disk', `${mb(index.bytes)} in ${index.files} files`],
      [
        `HTML of ${sample.key}'s ${pages.length} pages (brotli)`,
        `median ${kb(htmlSizes[Math.floor(htmlSizes.length / 2)]!)}, max ${kb(htmlSizes.at(-1)!)}`,
      ],
    ],
  );
  const search = await measureFirstSearch(site);
  printTable(search.head, search.rows);
  return true;
}
