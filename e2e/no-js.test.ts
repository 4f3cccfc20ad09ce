// Reading needs no JavaScript: every page's text and navigation work with scripts off.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import type { Report } from '../src/schemas/report.ts';
import { root, PHONE, useSite } from './browser.ts';

const report: Report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8'));

const site = useSite();

it('reads every part with JavaScript off, following links from the home page', async () => {
  const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url('/'));
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
  await page.goto(site.url('/tasks/#p40'));
  assert.ok(await page.isVisible('#p40'));
  await context.close();
});
