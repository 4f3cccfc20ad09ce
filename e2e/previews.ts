// Checks of what link previews and search engines read, shared by previews.test.ts and the
// sub-path build in base-path.test.ts.
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { Report } from '../src/schemas/report.ts';
import type { serveDist } from './browser.ts';

/** The width and height in a PNG's IHDR chunk, after checking the PNG signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  assert.deepEqual([...bytes.subarray(0, 8)], signature, 'a PNG signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Checks every page's head and share image on a served build: distinct titles, description,
 * canonical and og:url on `site` + the page's path, Open Graph, Twitter card, JSON-LD.
 */
export async function checkPreviews(
  browser: Browser,
  server: Awaited<ReturnType<typeof serveDist>>,
  report: Report,
  site: string,
): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const titles = new Set<string>();
  for (const section of report.sections) {
    await page.goto(`${server.origin}${section.url}`);
    const head = await page.evaluate(() => {
      const meta = (key: string) =>
        document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
      const keys = ['description', 'og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'og:locale'];
      return {
        title: document.title,
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        image: meta('og:image'),
        twitter: [meta('twitter:card'), meta('twitter:title'), meta('twitter:description'), meta('twitter:image')],
        meta: Object.fromEntries(keys.map((key) => [key, meta(key)])),
        jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null'),
      };
    });
    const url = `${site}${section.url}`;
    assert.ok(!titles.has(head.title), `${section.url}: a title of its own`);
    titles.add(head.title);
    assert.ok(head.title.includes(section.title), `${section.url}: the title names the part`);
    assert.ok((head.meta['description']?.length ?? 0) > 20, `${section.url}: a description`);
    const opening = section.blocks.find((block) => block.kind === 'paragraph')!.text;
    assert.ok(head.meta['description']!.startsWith(opening.slice(0, 5)), 'described by its opening text');
    assert.equal(head.canonical, url);
    assert.deepEqual(head.meta, {
      description: head.meta['description'],
      'og:title': head.title,
      'og:description': head.meta['description'],
      'og:url': url,
      'og:type': section.slug === 'opening' ? 'website' : 'article',
      'og:site_name': report.title,
      'og:locale': 'zh_CN',
    });
    assert.equal(head.image, `${site}${report.sections[0]!.url}og/${section.slug}.png`);
    assert.deepEqual(head.twitter, ['summary_large_image', head.title, head.meta['description'], head.image]);
    assert.equal(head.jsonLd['@context'], 'https://schema.org');
    const described = section.slug === 'opening' ? head.jsonLd : head.jsonLd.isPartOf;
    assert.deepEqual([described['@type'], described.name], ['Report', report.title]);

    const image = await fetch(head.image!.replace(site, server.origin));
    assert.equal(image.status, 200, `${head.image} is served`);
    assert.equal(image.headers.get('content-type'), 'image/png');
    const bytes = new Uint8Array(await image.arrayBuffer());
    assert.deepEqual(pngSize(bytes), { width: 1200, height: 630 });
    assert.ok(bytes.length > 8_000 && bytes.length < 150_000, `${head.image}: ${bytes.length} bytes`);
  }
  await context.close();
}
