// What link previews, search engines and crawlers read: each page's head, the share images, the
// sitemap and robots.txt.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { SITE_URL } from '../src/config/site.ts';
import type { Report } from '../src/schemas/report.ts';
import { launchBrowser, root, serveDist } from './browser.ts';
import { checkPreviews } from './previews.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const report: Report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8'));
const site = SITE_URL.replace(/\/$/, '');

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

it('gives every page a title, description, canonical URL, Open Graph, Twitter card, JSON-LD and share image', () =>
  checkPreviews(browser, server, report, site));

it('keeps the 404 page out of indexes, with no canonical URL of its own', async () => {
  const html = await (await fetch(`${server.origin}/no-such-page/`)).text();
  assert.match(html, /<meta name="robots" content="noindex">/);
  assert.doesNotMatch(html, /rel="canonical"/);
});

it('lists every part in the sitemap, which robots.txt points at', async () => {
  const robots = await (await fetch(`${server.origin}/robots.txt`)).text();
  assert.match(robots, new RegExp(`^Sitemap: ${site}/sitemap-index\\.xml$`, 'm'));
  const index = await (await fetch(`${server.origin}/sitemap-index.xml`)).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const urls: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await fetch(sitemap.replace(site, server.origin))).text();
    urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
  }
  for (const section of report.sections) assert.ok(urls.includes(`${site}${section.url}`), section.url);
  assert.ok(!urls.some((url) => url.includes('404')));
});
