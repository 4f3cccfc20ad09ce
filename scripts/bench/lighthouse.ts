// Lighthouse itself, as issue 10 measured the site: the mobile preset (simulated slow 4G, 4× CPU),
// performance only, against our report's pages, the long report's (lib/long-report.ts) and a
// shared search link on each, served with brotli as a real host serves them. Median of RUNS.
// Budgets: performance 100, total blocking time ≤ 50 ms and CLS 0 on every page, LCP ≤ 2.0 s on
// a shared search link. Lighthouse is no dependency of the site (it would add 114 packages to
// every install): `npm install --no-save lighthouse@13` first; without it this prints how and
// measures nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, root, serveDist } from '../../e2e/browser.ts';
import type { Report } from '../../src/schemas/report.ts';
import { buildLongSite } from './lib/long-report.ts';
import { printTable } from './lib/table.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SEARCH_LINK = 'search/?q=老旧小区';
const BUDGET = { perf: 100, tbt: 50, cls: 0.001, searchLcp: 2000 };

interface Figures {
  perf: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
}

type LighthouseRun = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<{
  lhr: { categories: { performance: { score: number } }; audits: Record<string, { numericValue: number }> };
}>;
type Launch = (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill(): void }>;

/** Lighthouse and its Chrome launcher, when installed; their names in variables keep them optional for tsc. */
async function loadLighthouse(): Promise<{ lighthouse: LighthouseRun; launch: Launch } | undefined> {
  const [lighthouseName, launcherName] = ['lighthouse', 'chrome-launcher'];
  try {
    const lighthouse = ((await import(lighthouseName)) as { default: LighthouseRun }).default;
    const { launch } = (await import(launcherName)) as { launch: Launch };
    return { lighthouse, launch };
  } catch {
    return undefined;
  }
}

const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measureSite(
  name: 'ours' | 'long',
  dist: string,
  tools: { lighthouse: LighthouseRun; launch: Launch },
): Promise<{ ok: boolean; rows: string[][] }> {
  const report: Report = JSON.parse(readFileSync(join(dist, 'report.json'), 'utf8'));
  const server = await serveDist('/', dist, { brotli: true });
  const chrome = await tools.launch({
    chromePath: chromiumPath('browser'),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const paths = [...report.sections.map((section) => section.url), '/full/', `/${SEARCH_LINK}`];
  const rows: string[][] = [];
  let ok = true;
  try {
    for (const path of paths) {
      const runs: Figures[] = [];
      for (let i = 0; i < RUNS; i++) {
        const { lhr } = await tools.lighthouse(encodeURI(`${server.origin}${path}`), {
          port: chrome.port,
          onlyCategories: ['performance'],
          logLevel: 'error',
          output: 'json',
        });
        const value = (audit: string) => lhr.audits[audit]!.numericValue;
        runs.push({
          perf: Math.round(lhr.categories.performance.score * 100),
          fcp: value('first-contentful-paint'),
          lcp: value('largest-contentful-paint'),
          tbt: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
          si: value('speed-index'),
        });
      }
      const median = (key: keyof Figures) => middle(runs.map((run) => run[key]));
      const isSearch = path.includes('?q=');
      const met =
        median('perf') >= BUDGET.perf &&
        median('tbt') <= BUDGET.tbt &&
        median('cls') < BUDGET.cls &&
        (!isSearch || median('lcp') <= BUDGET.searchLcp);
      ok &&= met;
      rows.push([
        `${name} ${path}`,
        `${median('perf')} (${runs.map((run) => run.perf).join(' ')})`,
        `${median('tbt').toFixed(0)} ms (${runs.map((run) => run.tbt.toFixed(0)).join(' ')})`,
        `${(median('fcp') / 1000).toFixed(2)} s`,
        `${(median('lcp') / 1000).toFixed(2)} s`,
        `${(median('si') / 1000).toFixed(2)} s`,
        median('cls').toFixed(3),
        met ? '✓' : '✖',
      ]);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return { ok, rows };
}

export async function run(): Promise<boolean> {
  const tools = await loadLighthouse();
  if (!tools) {
    console.log('Lighthouse is not installed: `npm install --no-save lighthouse@13`, then `npm run bench lighthouse`.');
    console.log('(Skipped: nothing measured. `npm run bench render` gives Chromium’s own counters without it.)');
    return true;
  }
  const ours = await measureSite('ours', join(root, 'dist'), tools);
  const long = await measureSite('long', buildLongSite(), tools);
  const head = ['page', 'performance', 'TBT', 'FCP', 'LCP', 'speed index', 'CLS', ''];
  const rows = [...ours.rows, ...long.rows];
  console.log(
    `Lighthouse mobile (simulated slow 4G, 4× CPU), performance, brotli as served, median of ${RUNS} ` +
      `(each run in brackets). Budgets: performance ${BUDGET.perf}, TBT ≤ ${BUDGET.tbt} ms, CLS 0; ` +
      `LCP ≤ ${BUDGET.searchLcp / 1000} s on a shared search link.`,
  );
  printTable(head, rows);
  return ours.ok && long.ok;
}
