// The same code built for a sub-path (BASE_PATH=/zd2022/, as a project page on a static host),
// into dist.zd2022/ beside dist/, then browsed: links, assets, report.json, share images, copied
// links and search all stay under the sub-path.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { SITE_URL } from '../src/config/site.ts';
import { useSeparateBuild } from './browser.ts';
import { checkPreviews } from './previews.ts';

const BASE = '/zd2022/';
const site = SITE_URL.replace(/\/$/, '');
const built = useSeparateBuild('zd2022', { BASE_PATH: BASE });

it('puts every url of report.json under the base path, each opening its block', async () => {
  const blocks = built.report.sections.flatMap((section) => section.blocks);
  for (const entry of [...built.report.sections, ...blocks]) assert.ok(entry.url.startsWith(BASE), entry.url);
  const context = await built.browser.newContext();
  const page = await context.newPage();
  for (const section of built.report.sections) {
    await page.goto(`${built.server.origin}${section.url}`);
    const ids = new Set(await page.$$eval('[id]', (elements) => elements.map((element) => element.id)));
    for (const block of section.blocks) assert.ok(ids.has(block.url.split('#')[1]!), block.url);
  }
  await context.close();
});

it('links and loads everything from under the base path, with nothing missing', async () => {
  const context = await built.browser.newContext();
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const seen = new Set<string>();
  for (const section of built.report.sections) {
    await page.goto(`${built.server.origin}${section.url}`);
    await page.waitForLoadState('load');
    const urls = await page.$$eval('a[href], link[href], script[src], img[src]', (elements) =>
      elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src')!),
    );
    for (const url of urls) {
      if (url.startsWith('#') || /^https?:/.test(url)) continue;
      assert.ok(url.startsWith(BASE), `${section.url} links ${url} outside ${BASE}`);
      seen.add(url.split('#')[0]!);
    }
  }
  for (const url of seen) {
    const response = await fetch(`${built.server.origin}${url}`);
    assert.equal(response.status, 200, `${url} is served`);
  }
  assert.deepEqual(failed, []);
  await context.close();
});

it('describes every page with URLs and share images under the base path', () =>
  checkPreviews(built.browser, built.server, built.report, site));

it('copies links under the base path', async () => {
  const context = await built.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: built.server.origin });
  const page = await context.newPage();
  await page.goto(`${built.server.origin}${BASE}tasks/`);
  await page.click('#p40 a.pnum');
  await page.locator('.share-menu').getByRole('button', { name: '复制链接' }).click();
  await page.getByRole('status').filter({ hasText: '已复制链接' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${site}${BASE}tasks/#p40`);
  await context.close();
});

it('points robots.txt at the sitemap under the base path', async () => {
  const robots = await (await fetch(`${built.server.origin}${BASE}robots.txt`)).text();
  assert.match(robots, new RegExp(`^Sitemap: ${site}${BASE}sitemap-index\\.xml$`, 'm'));
  assert.equal((await fetch(`${built.server.origin}${BASE}sitemap-index.xml`)).status, 200);
});

it('searches with the index under the base path, its results linking there', async () => {
  const context = await built.browser.newContext();
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  let hits: string[];
  if ((await fetch(`${built.server.origin}${BASE}search/`)).status === 200) {
    // As a reader searches: the search page, which sets Pagefind's options itself.
    await page.goto(`${built.server.origin}${BASE}search/?q=${encodeURIComponent('老旧小区')}`);
    await page.locator('.search-hit a').first().waitFor();
    hits = await page.$$eval('.search-hit a', (links) => links.map((link) => (link as HTMLAnchorElement).href));
  } else {
    // Without a search page, Pagefind's API as the page would call it.
    await page.goto(`${built.server.origin}${BASE}`);
    hits = await page.evaluate(async (base) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      const search = await pagefind.search('老旧小区');
      const data = await Promise.all(search.results.map((hit: { data(): Promise<{ url: string }> }) => hit.data()));
      return data.map(({ url }) => new URL(url, location.href).href);
    }, BASE);
  }
  assert.ok(requested.includes(`${BASE}pagefind/pagefind.js`), 'Pagefind is loaded from under the base path');
  assert.ok(hits.length > 0, '老旧小区 is found');
  for (const hit of hits) {
    const { pathname, hash } = new URL(hit);
    assert.ok(pathname.startsWith(BASE), `${hit} is under ${BASE}`);
    const response = await fetch(`${built.server.origin}${pathname}`);
    assert.equal(response.status, 200, hit);
    if (hash) assert.match(await response.text(), new RegExp(`id="${hash.slice(1)}"`), `${hit} opens its block`);
  }
  await context.close();
});
