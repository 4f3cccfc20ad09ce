// Reading needs no JavaScript: every page's text and navigation work with scripts off.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Report } from '../src/schemas/report.ts';
import { PHONE, launchBrowser, root, serveDist } from './browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const report: Report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8'));

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

it('reads every part with JavaScript off, following links from the home page', async () => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  for (const section of report.sections) {
    if (section.slug !== 'opening') {
      // On a phone the parts are behind the 目录 menu, a <details> that opens without JavaScript.
      await page.click('.menu > summary');
      await page.click(`.part-nav a[href="${section.url}"]`);
      await page.waitForURL(`**${section.url}`);
    }
    const last = section.blocks.at(-1)!;
    assert.ok((await page.textContent(`#${last.id}`))?.includes(last.text), `${section.url} shows its last block`);
  }
  await page.goto(`${server.origin}/tasks/#p40`);
  assert.ok(await page.isVisible('#p40'));
  await context.close();
});
