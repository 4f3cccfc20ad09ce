// What link previews, search engines and crawlers read: each page's head, the share images, the
// sitemap and robots.txt.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { BASE_PATH, SITE_URL } from '../src/config/site.ts';
import type { Report } from '../src/schemas/report.ts';
import { root, useSite } from './browser.ts';
import { checkPreviews } from './previews.ts';

const report: Report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8'));
const siteUrl = SITE_URL.replace(/\/$/, '');
// Where the site's pages are, in absolute links: the origin and the base path.
const siteRoot = `${siteUrl}${BASE_PATH}`;

const site = useSite();

it('gives every page a title, description, canonical URL, Open Graph, Twitter card, JSON-LD and share image', () =>
  checkPreviews(site.browser, site.server, report, siteUrl));

it('keeps the 404 page out of indexes, with no canonical URL of its own', async () => {
  const html = await (await fetch(site.url('/no-such-page/'))).text();
  assert.match(html, /<meta name="robots" content="noindex">/);
  assert.doesNotMatch(html, /rel="canonical"/);
});

it('lists every part in the sitemap, which robots.txt points at', async () => {
  const robots = await (await fetch(site.url('/robots.txt'))).text();
  assert.match(robots, new RegExp(`^Sitemap: ${siteRoot}sitemap-index\\.xml$`, 'm'));
  const index = await (await fetch(site.url('/sitemap-index.xml'))).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const urls: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await fetch(sitemap.replace(siteUrl, site.server.origin))).text();
    urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
  }
  for (const section of report.sections) assert.ok(urls.includes(`${siteUrl}${section.url}`), section.url);
  assert.ok(!urls.some((url) => url.includes('404')));
});
