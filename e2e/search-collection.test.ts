// Search across a collection, in the browser: the fixture collection (test/fixtures/search-collection/)
// built as `npm run build:collection` builds one, its search index included. Every result is checked
// against the match rule applied in the same browser to every block of the collection.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { displayOrder, partKindOf } from '../src/search/collection/collection-layout.ts';
import type { IndexEntry } from '../src/search/collection/index-format.ts';
import { DESKTOP, layoutShift, PHONE, root, trackLayoutShift, useSite } from './browser.ts';
import { moduleUrl } from './match-rule-in-browser.ts';
import { FIXTURE_COLLECTION, fixtureCollection } from './search-collection-fixture.ts';

const FOLDER = 'dist.search-collection';
const dist = join(root, FOLDER);
const SITE_DATA = 'content/collection-site.search-test';

const site = useSite({
  dist,
  prepare() {
    const result = spawnSync(process.execPath, ['scripts/build-collection.ts'], {
      cwd: root,
      env: { ...process.env, COLLECTION: FIXTURE_COLLECTION, SITE_OUT_DIR: FOLDER, COLLECTION_SITE_DIR: SITE_DATA },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`build-collection failed:\n${result.stdout}\n${result.stderr}`);
  },
  cleanup() {
    rmSync(dist, { recursive: true, force: true });
    rmSync(join(root, SITE_DATA), { recursive: true, force: true });
  },
});

const reports = fixtureCollection().sort(displayOrder);
const blocks = reports.flatMap((report) =>
  report.report.sections.flatMap((section) =>
    section.blocks.map((block) => ({
      key: report.key,
      level: report.level,
      place: report.placeId,
      year: String(report.year),
      part: partKindOf(section),
      url: block.url,
      text: block.text,
    })),
  ),
);

type Filters = { level?: string; place?: string; year?: string; part?: string };

/** The URLs of the blocks the match rule finds for `query` within `filters`, in the page under test. */
async function truth(page: Page, query: string, filters: Filters = {}): Promise<string[]> {
  const entry = JSON.parse(readFileSync(join(dist, 'search-index/entry.json'), 'utf8')) as IndexEntry;
  const inScope = blocks.filter(
    (block) =>
      (!filters.level || block.level === filters.level) &&
      (!filters.place || block.place === filters.place) &&
      (!filters.year || block.year === filters.year) &&
      (!filters.part || block.part === filters.part),
  );
  return page.evaluate(
    async ({ moduleUrl, blocks, query, variantsUrl }) => {
      const rule = (await import(moduleUrl)) as typeof import('../src/search/match-rule.ts');
      const table = rule.parseVariants(await (await fetch(variantsUrl)).json());
      const parts = rule.parseQuery(query, table);
      return blocks.filter((block) => rule.matchText(rule.fold(block.text, table), parts)).map((block) => block.url);
    },
    {
      moduleUrl,
      blocks: inScope,
      query,
      variantsUrl: `${site.server.base}search-index/${entry.version}/variants.json`,
    },
  );
}

const searchUrl = (query: string, filters: Filters = {}) => `/search/?${new URLSearchParams({ q: query, ...filters })}`;

async function resultsFor(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => document.querySelector<HTMLElement>('#search-results')?.dataset['query'] === wanted,
    query.trim(),
  );
}

interface ShownReport {
  title: string;
  count: string;
  hits: string[];
}

/** The reports shown, with their results' URLs (without the words to mark). */
function shownReports(page: Page): Promise<ShownReport[]> {
  return page.$$eval('#search-results > .search-report', (items) =>
    items.map((item) => ({
      title: item.querySelector('.search-report-title')!.textContent!,
      count: item.querySelector('.search-report-count')!.textContent!,
      hits: [...item.querySelectorAll('.search-hit a')].map((link) =>
        link.getAttribute('href')!.replace(/\?[^#]*/, ''),
      ),
    })),
  );
}

const keyOf = (url: string) => url.split('/').slice(1, 3).join('/');
const titleOf = (key: string) => reports.find((report) => report.key === key)!.title;

describe('a shared search link across the collection', () => {
  it('shows, newest report first, each report that answers within the filters, with the results the rule finds', async () => {
    const context = await site.browser.newContext(PHONE);
    await trackLayoutShift(context);
    const page = await context.newPage();
    const filters = { level: 'city', part: 'review' };
    await page.goto(site.url(searchUrl('数字经济', filters)));
    await resultsFor(page, '数字经济');
    const expected = await truth(page, '数字经济', filters);
    const shown = await shownReports(page);
    assert.ok(shown.length > 1, 'several reports answer');
    const keys = [...new Set(expected.map(keyOf))];
    assert.deepEqual(
      shown.map((report) => report.title),
      keys.map(titleOf),
      'every report that answers, newest first, named by its title',
    );
    for (const [index, report] of shown.entries()) {
      const inReport = expected.filter((url) => keyOf(url) === keys[index]);
      assert.deepEqual(report.hits, inReport.slice(0, 3), `${report.title}: its first results`);
      assert.equal(report.count, `${inReport.length} 处`);
    }
    assert.equal(await page.textContent('#search-status'), `找到 ${keys.length} 份报告`);
    assert.equal(await page.inputValue('#search-level'), 'city', 'the filters show what the link says');
    assert.equal(await page.inputValue('#search-part'), 'review');
    assert.equal(await page.inputValue('#search-place'), '');
    assert.equal(await layoutShift(page), 0, 'nothing moved while the results came');
    await context.close();
  });

  it('labels each result with its part and number, and links it to its paragraph with the words to mark', async () => {
    const page = await site.open(searchUrl('757.5亿元'));
    await resultsFor(page, '757.5亿元');
    const hit = page.locator('.search-hit').first();
    const block = blocks.find((one) => one.text.includes('757.5亿元'))!;
    assert.equal(await page.locator('.search-report-title').first().textContent(), '淄博市政府工作报告（2023年）');
    assert.equal(await hit.locator('.search-hit-number').textContent(), `第${block.url.split('#p')[1]}段`);
    // A run-in sub-part (（二）民生保障更加有力。…) is named by its part only, as on a report's site.
    assert.equal(await hit.locator('.search-hit-where').textContent(), '一、2022年工作回顾');
    assert.deepEqual(await hit.locator('mark').allTextContents(), ['757.5亿元']);
    const href = new URL((await hit.locator('a').getAttribute('href'))!, site.server.origin);
    assert.equal(href.pathname + href.hash, block.url);
    assert.equal(href.searchParams.get('hl'), '757.5亿元');
    await page.goto(site.url(searchUrl('依法行政', { place: 'zibo', year: '2023' })));
    await resultsFor(page, '依法行政');
    assert.equal(await page.textContent('.search-hit-where'), '二、2023年工作安排 › （二）加强政府自身建设');
    await page.context().close();
  });

  it('finds for a Traditional, full-width query what the Simplified one finds', async () => {
    const page = await site.open(searchUrl('７５７．５億元'));
    await resultsFor(page, '７５７．５億元');
    assert.deepEqual(
      (await shownReports(page)).flatMap((report) => report.hits),
      await truth(page, '757.5亿元'),
    );
    await page.context().close();
  });

  it('narrowed to one report (a report’s own search box), shows all its results and one step to every report', async () => {
    const page = await site.open(searchUrl('数字经济', { place: 'zibo', year: '2023' }));
    await resultsFor(page, '数字经济');
    const expected = await truth(page, '数字经济', { place: 'zibo', year: '2023' });
    const [report, ...others] = await shownReports(page);
    assert.deepEqual(others, []);
    assert.deepEqual(report!.hits, expected, 'every result of the report');
    assert.equal(await page.textContent('#search-status'), `找到 ${expected.length} 段`);
    assert.ok(await page.isVisible('#search-scope'));
    await page.click('#search-all-reports');
    await page.waitForURL((url) => url.search === `?q=${encodeURIComponent('数字经济')}`);
    await resultsFor(page, '数字经济');
    assert.ok((await shownReports(page)).length > 1, 'every report that answers');
    await page.context().close();
  });

  it('shows the earlier reports on 显示更早的报告, none twice, until there are no more', async () => {
    const page = await site.open(searchUrl('数字经济'));
    await resultsFor(page, '数字经济');
    const expected = [...new Set((await truth(page, '数字经济')).map(keyOf))].map(titleOf);
    assert.equal((await shownReports(page)).length, 10, 'ten reports a page');
    assert.match((await page.textContent('#search-status')) ?? '', /先列出最新的 10 份报告/);
    await page.click('#search-more');
    await page.waitForFunction(
      (count) => document.querySelectorAll('.search-report').length === count,
      expected.length,
    );
    assert.deepEqual(
      (await shownReports(page)).map((report) => report.title),
      expected,
    );
    assert.ok(await page.isHidden('#search-more'), 'no more to show');
    await page.context().close();
  });

  it('narrows the results as the reader picks a filter, in the URL too', async () => {
    const page = await site.open(searchUrl('数字经济'));
    await resultsFor(page, '数字经济');
    await page.selectOption('#search-year', '2022');
    await page.waitForURL((url) => url.searchParams.get('year') === '2022');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.search-report-title')].every((title) => title.textContent!.includes('2022年')),
    );
    const expected = [...new Set((await truth(page, '数字经济', { year: '2022' })).map(keyOf))].map(titleOf);
    assert.deepEqual(
      (await shownReports(page)).map((report) => report.title),
      expected,
    );
    await page.selectOption('#search-place', 'zhangdian');
    await page.waitForURL((url) => url.searchParams.get('place') === 'zhangdian');
    await page.waitForFunction(() => document.querySelectorAll('.search-report').length === 1);
    assert.deepEqual(
      (await shownReports(page)).map((report) => report.title),
      ['张店区政府工作报告（2022年）'],
    );
    await page.context().close();
  });

  it('says when nothing is found, and offers every report when the filters narrowed it', async () => {
    const page = await site.open(searchUrl('双减', { year: '2023' }));
    await resultsFor(page, '双减');
    assert.ok(await page.isVisible('#search-empty'));
    assert.equal(await page.textContent('#search-status'), '没有找到“双减”的内容');
    await page.click('#search-empty-all');
    await page.waitForURL((url) => url.search === `?q=${encodeURIComponent('双减')}`);
    await resultsFor(page, '双减');
    assert.deepEqual(
      (await shownReports(page)).map((report) => report.title),
      ['张店区政府工作报告（2022年）'],
    );
    await page.context().close();
  });

  it('runs in a worker, and loads nothing of the index until the reader searches', async () => {
    const context = await site.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(site.url('/search/'));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(
      requested.filter((path) => path.includes('/search-index/') || path.includes('collection-page')),
      [],
    );
    await page.fill('#search-q', '双减');
    await page.press('#search-q', 'Enter');
    await resultsFor(page, '双减');
    assert.equal((await shownReports(page)).length, 1);
    assert.match(new URL(page.workers()[0]!.url()).pathname, /collection-worker/);
    await context.close();
  });
});

describe('accessibility of the collection’s search page', () => {
  it('has no axe violations with results, and when nothing is found', async () => {
    for (const [query, filters] of [
      ['数字经济', {}],
      ['火星基地', { level: 'city' }],
    ] as const) {
      const page = await site.open(searchUrl(query, filters));
      await resultsFor(page, query);
      await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const results = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        });
        return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target)}`);
      });
      assert.deepEqual(violations, [], query);
      await page.context().close();
    }
  });
});
