// Search's cost to a reader: what the first search from a page transfers (every file fetched after
// pressing Enter in the header's search box, brotli-compressed as a CDN would serve it, or as
// stored when that is smaller: Pagefind's index files are gzipped already), how long until the
// results show in headless Chromium, and the size of the index. For our report and for the one
// three times as long (lib/long-report.ts). Budgets (issue 10): every query of the browser tests
// (e2e/search-queries.ts) transfers at most 120 KB on our report and 150 KB on the long one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { DESKTOP, launchBrowser, root, serveDist } from '../../e2e/browser.ts';
import { searchQueries } from '../../e2e/search-queries.ts';
import type { Report } from '../../src/schemas/report.ts';
import { buildLongSite } from './lib/long-report.ts';

const BUDGETS = { ours: 120 * 1024, long: 150 * 1024 };
/** First searches measured at once (fresh contexts): bytes do not depend on timing. */
const PARALLEL = 3;
/**
 * Timed, and shown in detail: a typical word; the broadest (the most paragraphs to load); a compound typed without spaces; a
 * Latin abbreviation; one with a one-character word, checked against the whole text instead of
 * Pagefind; and the costliest query we know, one the report does not answer, whose words span both
 * index chunks and whose suggestions are checked too.
 */
const QUERIES = ['老旧小区', '发展', '科技创新平台', 'RCEP', '产业园', '城市管理体制'];
/** Timing runs per query; the median is printed. */
const RUNS = 3;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function served(body: Buffer): number {
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return Math.min(brotli, body.length);
}

/** Which kind of file a path is, for the breakdown. */
function kindOf(path: string): string {
  if (path.endsWith('/report.json')) return 'full text';
  if (path.includes('/pagefind/fragment/')) return 'fragments';
  if (path.includes('/pagefind/index/')) return 'index';
  if (path.includes('/pagefind/')) return 'pagefind';
  return 'page';
}

interface FirstSearch {
  bytes: number;
  byKind: Map<string, { files: number; bytes: number }>;
  /** From pressing Enter to the results on screen. */
  ms: number;
  shown: number;
}

async function firstSearch(browser: Browser, origin: string, base: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(`${origin}${base}tasks/`);
  await page.waitForLoadState('networkidle');
  const fetched: Promise<[string, number]>[] = [];
  page.on('response', (response) => {
    fetched.push(
      response.body().then(
        (body) => [new URL(response.url()).pathname, served(body)],
        () => [new URL(response.url()).pathname, 0],
      ),
    );
  });
  await page.fill('.site-search input[name="q"]', query);
  await page.press('.site-search input[name="q"]', 'Enter');
  await page.waitForFunction(() => performance.getEntriesByName('search:first-results').length > 0);
  const ms = await page.evaluate(() => performance.getEntriesByName('search:first-results')[0]!.startTime);
  const shown = await page.locator('#search-results li').count();
  await page.waitForLoadState('networkidle');
  const byKind = new Map<string, { files: number; bytes: number }>();
  let bytes = 0;
  for (const [path, size] of await Promise.all(fetched)) {
    const kind = byKind.get(kindOf(path)) ?? { files: 0, bytes: 0 };
    byKind.set(kindOf(path), { files: kind.files + 1, bytes: kind.bytes + size });
    bytes += size;
  }
  await context.close();
  return { bytes, byKind, ms, shown };
}

function indexSize(dist: string): void {
  const dir = join(dist, 'pagefind');
  let files = 0;
  let bytes = 0;
  let servedBytes = 0;
  const parts = { index: 0, fragments: 0, fragmentFiles: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = served(readFileSync(path));
    files++;
    bytes += statSync(path).size;
    servedBytes += size;
    if (path.includes('/index/')) parts.index += size;
    if (path.includes('/fragment/')) {
      parts.fragments += size;
      parts.fragmentFiles++;
    }
  }
  console.log(
    `index: ${kb(parts.index)} of index chunks, ${parts.fragmentFiles} fragments ${kb(parts.fragments)}; ` +
      `dist/pagefind/ ${files} files, ${kb(bytes)} on disk, ${kb(servedBytes)} served`,
  );
}

async function measureSite(name: 'ours' | 'long', dist: string): Promise<boolean> {
  const budget = BUDGETS[name];
  const report: Report = JSON.parse(readFileSync(join(dist, 'report.json'), 'utf8'));
  const server = await serveDist('/', dist);
  const browser = await launchBrowser();
  let ok = true;
  try {
    console.log(`${name}: first search from /tasks/ (Enter in the header box), brotli as served:`);
    for (const query of QUERIES) {
      const runs: FirstSearch[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await firstSearch(browser, server.origin, server.base, query));
      const first = runs[0]!;
      const median = runs.map((one) => one.ms).sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
      const breakdown = ['page', 'pagefind', 'index', 'fragments', 'full text']
        .map((kind) => {
          const part = first.byKind.get(kind);
          return part ? `${kind} ${kb(part.bytes)} (${part.files})` : undefined;
        })
        .filter(Boolean)
        .join(', ');
      const within = first.bytes <= budget;
      if (!within) ok = false;
      console.log(
        `${within ? '✔' : '✖'} “${query}”: ${kb(first.bytes)} transferred (budget ${kb(budget)}), ` +
          `results in ${median.toFixed(0)} ms (median of ${RUNS}), ${first.shown} shown — ${breakdown}`,
      );
    }
    // Every query of the browser tests, once each: the bytes are what the budget is about.
    const all = [...new Set(Object.values(searchQueries(report)).flat())];
    const sizes = new Map<string, number>();
    for (let at = 0; at < all.length; at += PARALLEL) {
      const batch = all.slice(at, at + PARALLEL);
      const done = await Promise.all(batch.map((query) => firstSearch(browser, server.origin, server.base, query)));
      batch.forEach((query, i) => sizes.set(query, done[i]!.bytes));
    }
    const sorted = [...sizes].sort((a, b) => b[1] - a[1]);
    const over = sorted.filter(([, bytes]) => bytes > budget);
    if (over.length > 0) ok = false;
    const [worstQuery, worst] = sorted[0]!;
    const median = sorted[Math.floor(sorted.length / 2)]![1];
    console.log(
      `${over.length === 0 ? '✔' : '✖'} all ${sorted.length} queries of the browser tests: at most ${kb(worst)} ` +
        `(“${worstQuery}”), median ${kb(median)}, budget ${kb(budget)}` +
        (over.length > 0 ? `; over: ${over.map(([query, bytes]) => `“${query}” ${kb(bytes)}`).join(', ')}` : ''),
    );
    indexSize(dist);
  } finally {
    await browser.close();
    await server.close();
  }
  return ok;
}

export async function run(): Promise<boolean> {
  const ours = await measureSite('ours', join(root, 'dist'));
  const long = await measureSite('long', buildLongSite());
  return ours && long;
}
