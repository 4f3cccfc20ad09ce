// A page's first load against its text: everything fetched until the page is idle (HTML, CSS,
// scripts, images, fonts), each file brotli-compressed as a CDN would serve it, must stay within
// twice the compressed size of the text the page shows, plus 6 KB. Also the layout shift (CLS).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { PHONE, launchBrowser, layoutShift, serveDist, trackLayoutShift } from '../../e2e/browser.ts';
import type { Report } from '../../src/schemas/report.ts';
import { printTable } from './lib/table.ts';

const dist = join(import.meta.dirname, '../../dist');
const ALLOWANCE = 6 * 1024;

/** Brotli at the quality CDNs use for static files. */
const brotli = (data: Buffer | string) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function run(): Promise<boolean> {
  const report: Report = JSON.parse(readFileSync(join(dist, 'report.json'), 'utf8'));
  const server = await serveDist();
  const browser = await launchBrowser();
  const paths = [
    ...report.sections.map((section) => section.url),
    `${server.base}full/`,
    `${server.base}figures/`,
    `${server.base}terms/`,
    `${server.base}data/`,
    `${server.base}no-such-page/`,
  ];
  let ok = true;
  const rows: string[][] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext(PHONE);
      await trackLayoutShift(context);
      const page = await context.newPage();
      const bodies: Promise<number>[] = [];
      page.on('response', (response) => {
        bodies.push(
          response.body().then(
            (body) => brotli(body),
            () => 0, // A redirect has no body.
          ),
        );
      });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      const transferred = (await Promise.all(bodies)).reduce((sum, size) => sum + size, 0);
      // innerText leaves out what content-visibility skips: show every paragraph first.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      const text = brotli(await page.evaluate(() => document.body.innerText));
      const shift = await layoutShift(page);
      const budget = 2 * text + ALLOWANCE;
      const met = transferred <= budget && shift < 0.01;
      ok &&= met;
      rows.push([
        path,
        String(bodies.length),
        kb(transferred),
        kb(text),
        kb(budget),
        shift.toFixed(3),
        met ? '✓' : '✖',
      ]);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const head = ['page', 'files', 'transferred', 'text', 'budget', 'CLS', ''];
  console.log('First load on a phone, brotli (quality 11) per file; budget = 2 × text + 6 KB; CLS < 0.01');
  printTable(head, rows);
  return ok;
}
