// What a first search across a collection costs (src/search/collection/): for 20 queries (common
// words, places, rare terms, figures, Latin, Traditional, one-character words), without filters and
// with each filter, the bytes of every index file it reads (brotli as a CDN serves it, or as stored
// when smaller), how many files, the round trips one after another, and the time the search's code
// takes in Node with the files on disk. `npm run bench collection-search -- DIST` (default dist/,
// after `npm run build:collection`). Budget (issue 18): median of the first searches ≤ 300 KB.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { CollectionSearch, type CollectionFilters } from '../../src/search/collection/collection-search.ts';
import { IndexFiles } from '../../src/search/collection/index-files.ts';
import type { IndexEntry, PlaceList, PlaceRanges } from '../../src/search/collection/index-format.ts';
import { folderSize } from './lib/folder-size.ts';
import { printTable } from './lib/table.ts';

export const QUERIES = [
  // Common words: the longest posting lists.
  '发展',
  '改革',
  '高质量发展',
  '人民群众',
  // Places.
  '淄博',
  '粤港澳大湾区',
  '长三角',
  // Rarer terms.
  '新质生产力',
  '揭榜挂帅',
  '一网通办',
  '双减 课后服务',
  // Figures.
  '757.5亿元',
  '134.9万亿元',
  '6.5%左右',
  // Latin, full-width and Traditional forms, one-character words.
  'RCEP',
  'PM2.5',
  'ＲＣＥＰ',
  '營商環境',
  '产业园',
  '区',
];

const BUDGET = 300 * 1024;
/** What the round trips are counted with: each read waits this long, reads at once overlap. */
const ROUND_TRIP_MS = 40;

export interface FirstSearch {
  query: string;
  filters: string;
  bytes: number;
  /** Bytes by kind of file: shards, segments, text, block map, entry and tables. */
  byKind: Record<string, number>;
  files: number;
  roundTrips: number;
  /** The search's own time, files read from disk without waiting. */
  ms: number;
  reports: number;
  total: number | undefined;
}

/** The index's folders by what they hold (index-format.ts). */
const KINDS: Record<string, string> = { s: 'shards', p: 'segments', t: 'text', m: 'block map', place: 'entry, tables' };

const served = (body: Uint8Array) =>
  Math.min(body.length, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);

const NO_FILTERS: CollectionFilters = { level: '', place: '', year: '', part: '' };

/** A first search (nothing read before): bytes as served, or the time with each read waiting `wait` ms. */
async function firstSearch(siteDir: string, query: string, filters: CollectionFilters, how: 'bytes' | number) {
  let bytes = 0;
  let files = 0;
  const byKind: Record<string, number> = {};
  const index = new IndexFiles(async (path) => {
    const body = readFileSync(join(siteDir, 'search-index', path));
    files++;
    if (how === 'bytes') {
      const size = served(body);
      bytes += size;
      const kind = KINDS[/\/(\w+)\/[^/]+$/.exec(path)?.[1] ?? ''] ?? 'entry, tables';
      byKind[kind] = (byKind[kind] ?? 0) + size;
    } else if (how > 0) await new Promise((done) => setTimeout(done, how));
    return body;
  });
  const started = performance.now();
  const page = await new CollectionSearch(index).search(query, filters);
  return { bytes, byKind, files, ms: performance.now() - started, page };
}

/** The filters to try on a collection: its newest year, provinces, its place with most reports, one report, a part. */
function filterSets(siteDir: string): [name: string, filters: CollectionFilters][] {
  const entry = JSON.parse(readFileSync(join(siteDir, 'search-index/entry.json'), 'utf8')) as IndexEntry;
  const folder = join(siteDir, 'search-index', entry.version);
  const places = JSON.parse(readFileSync(join(folder, 'places.json'), 'utf8')) as PlaceList;
  const ids = Object.values(places).flatMap((list) => list.map(([id]) => id));
  const read = (id: string) => JSON.parse(readFileSync(join(folder, `place/${id}.json`), 'utf8')) as PlaceRanges;
  const richest = ids.map(read).sort((a, b) => b.reports.length - a.reports.length)[0]!;
  const newest = String(entry.years[0]!.year);
  return [
    ['none', NO_FILTERS],
    [`year=${newest}`, { ...NO_FILTERS, year: newest }],
    ['level=province', { ...NO_FILTERS, level: 'province' }],
    [`place=${richest.id}`, { ...NO_FILTERS, place: richest.id }],
    [
      `place=${richest.id}&year=${richest.reports[0]!.year}`,
      { ...NO_FILTERS, place: richest.id, year: String(richest.reports[0]!.year) },
    ],
    ['part=review', { ...NO_FILTERS, part: 'review' }],
  ];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** What measureFirstSearch returns: every search, and the same as a table (per query, then each filter set's medians). */
export interface FirstSearches {
  results: FirstSearch[];
  head: string[];
  rows: string[][];
  /** One line a filter set: its median and worst bytes against the budget. */
  summary: { filters: string; median: number; within: boolean; line: string }[];
}

/** Every query with every filter set, each a first search (nothing read before). */
export async function measureFirstSearch(siteDir: string): Promise<FirstSearches> {
  const results: FirstSearch[] = [];
  for (const [name, filters] of filterSets(siteDir)) {
    for (const query of QUERIES) {
      const sized = await firstSearch(siteDir, query, filters, 'bytes');
      const timed = await firstSearch(siteDir, query, filters, 0);
      const waited = await firstSearch(siteDir, query, filters, ROUND_TRIP_MS);
      results.push({
        query,
        filters: name,
        bytes: sized.bytes,
        byKind: sized.byKind,
        files: sized.files,
        roundTrips: Math.round((waited.ms - timed.ms) / ROUND_TRIP_MS),
        ms: timed.ms,
        reports: timed.page.reports.length,
        total: timed.page.total,
      });
    }
  }
  const rows = results.map((one) => [
    `${one.query} (${one.filters})`,
    kb(one.bytes),
    String(one.files),
    Object.entries(one.byKind)
      .map(([kind, bytes]) => `${kind} ${(bytes / 1024).toFixed(0)}`)
      .join(', '),
    String(one.roundTrips),
    `${one.ms.toFixed(0)} ms`,
    String(one.reports),
    one.total === undefined ? '' : String(one.total),
  ]);
  const summary = [...new Set(results.map((one) => one.filters))].map((name) => {
    const of = results.filter((one) => one.filters === name);
    const middle = median(of.map((one) => one.bytes));
    const within = middle <= BUDGET;
    const line =
      `${within ? '✔' : '✖'} filters ${name}: median ${kb(middle)} (budget ${kb(BUDGET)}), ` +
      `max ${kb(Math.max(...of.map((one) => one.bytes)))}, median ${median(of.map((one) => one.ms)).toFixed(0)} ms, ` +
      `${median(of.map((one) => one.roundTrips))} round trips`;
    for (const row of [
      [
        `median, filters ${name}`,
        kb(middle),
        '',
        '',
        String(median(of.map((one) => one.roundTrips))),
        `${median(of.map((one) => one.ms)).toFixed(0)} ms`,
        '',
        '',
      ],
    ])
      rows.push(row);
    return { filters: name, median: middle, within, line };
  });
  return {
    results,
    head: ['first search', 'bytes', 'files', 'KB by kind', 'round trips', 'time', 'reports', 'total'],
    rows,
    summary,
  };
}

export async function run(): Promise<boolean> {
  const given = process.argv.slice(2).find((arg) => existsSync(arg) && statSync(arg).isDirectory());
  const siteDir = resolve(given ?? join(import.meta.dirname, '../../dist'));
  if (!existsSync(join(siteDir, 'search-index/entry.json'))) {
    console.log(`no collection index in ${siteDir}: run npm run build:collection first, or name a built site`);
    return false;
  }
  const size = folderSize(join(siteDir, 'search-index'));
  console.log(`index: ${siteDir}/search-index, ${size.files} files, ${(size.bytes / 1e6).toFixed(1)} MB on disk`);
  const { head, rows, summary } = await measureFirstSearch(siteDir);
  printTable(head, rows);
  for (const { line } of summary) console.log(line);
  return summary.every((one) => one.within);
}
