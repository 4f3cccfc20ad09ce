// 长者模式 as a reader meets it: one switch, remembered and applied before the first paint; the
// largest text with generous spacing, stronger contrast, large targets and one column. Its axe
// checks (AAA contrast included) are in a11y.test.ts, its widths in reading.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { Report } from '../src/schemas/report.ts';
import { root, DESKTOP, PHONE, useSite, layoutShift, trackLayoutShift } from './browser.ts';

const report: Report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8'));
const PAGES = [
  ...report.sections.map((section) => section.url),
  '/full/',
  '/figures/',
  '/terms/',
  '/data/',
  '/search/?q=双减',
  '/no-such-page/',
];

const site = useSite();
const { url } = site;

/** A context in which 长者模式 was switched on before, as the switch stores it. */
async function elderContext(options: BrowserContextOptions) {
  const context = await site.browser.newContext(options);
  await context.addInitScript(() => localStorage.setItem('elder-mode', '1'));
  return context;
}

const fontSize = (page: Page) => page.$eval('#p40', (p) => parseFloat(getComputedStyle(p).fontSize));

describe('长者模式', () => {
  // A desktop and the dark theme: in the tests below.
  it('is one switch that turns on the largest text, is remembered, and turns off again (phone, light)', async () => {
    const context = await site.browser.newContext({ ...PHONE, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(url('/tasks/'));
    const toggle = page.getByRole('button', { name: '长者模式' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    const normal = await fontSize(page);
    await page.evaluate(() => (document.documentElement.dataset.size = '3'));
    const largest = await fontSize(page);
    await page.evaluate(() => delete document.documentElement.dataset.size);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await fontSize(page), largest, 'the largest text size');
    assert.ok(largest >= normal * 1.45);
    assert.equal(await page.getByRole('button', { name: '放大字号' }).count(), 0, 'no text size buttons');
    await page.reload();
    assert.equal(await page.getAttribute('html', 'data-elder'), '', 'remembered after a reload');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await toggle.click();
    assert.equal(await fontSize(page), normal);
    await page.reload();
    assert.equal(await page.getAttribute('html', 'data-elder'), null, 'off is remembered too');
    await context.close();
  });

  it('does not shift while loading when it was switched on before, on a phone and a desktop', async () => {
    for (const options of [PHONE, DESKTOP]) {
      const context = await elderContext({ ...options, colorScheme: 'dark' });
      await trackLayoutShift(context);
      const page = await context.newPage();
      for (const path of ['/tasks/', '/']) {
        await page.goto(url(path));
        await page.waitForLoadState('networkidle');
        assert.equal(await layoutShift(page), 0, `${path}: cumulative layout shift`);
        assert.equal(await page.getAttribute('html', 'data-elder'), '');
      }
      await context.close();
    }
  });

  it('spaces lines at least 1.3 times the text, and paragraphs at least 1.3 times the lines', async () => {
    const context = await elderContext(PHONE);
    const page = await context.newPage();
    for (const path of ['/tasks/', '/full/']) {
      await page.goto(url(path));
      const spacing = await page.$$eval('main .para', (paragraphs) =>
        paragraphs.slice(0, -1).map((para) => {
          const style = getComputedStyle(para);
          const next = para.nextElementSibling;
          return {
            id: para.id,
            size: parseFloat(style.fontSize),
            line: parseFloat(style.lineHeight),
            gap: next?.classList.contains('para')
              ? next!.getBoundingClientRect().top - para.getBoundingClientRect().bottom
              : undefined,
          };
        }),
      );
      assert.ok(spacing.length > 3);
      for (const { id, size, line, gap } of spacing) {
        assert.ok(line >= 1.3 * size, `${path}#${id}: line height ${line} for ${size}px text`);
        if (gap !== undefined) assert.ok(gap >= 1.3 * line, `${path}#${id}: ${gap}px to the next paragraph`);
      }
    }
    await context.close();
  });

  for (const [name, options, paths] of [
    ['phone at 320px, every page', { ...PHONE, viewport: { width: 320, height: 640 } }, PAGES],
    ['desktop', DESKTOP, ['/', '/tasks/', '/search/?q=双减']],
  ] as const) {
    it(`makes every control at least 44 × 44 px, none shown only on hover (${name})`, async () => {
      const context = await elderContext(options);
      const page = await context.newPage();
      const small: string[] = [];
      for (const path of paths) {
        await page.goto(url(path));
        if (path.includes('?q=')) await page.waitForSelector('.search-hit');
        if (await page.isVisible('.menu > summary')) await page.click('.menu > summary');
        // Off-screen blocks are not laid out (content-visibility): lay them out to measure them.
        await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
        small.push(
          ...(
            await page.evaluate(() =>
              // A radio button's target is its label. The skip link shows on focus only, by design.
              [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=radio]), summary, label')]
                .filter((target) => target.checkVisibility() && !target.matches('.skip-link, label:not(:has(input))'))
                .flatMap((target) => {
                  const box = target.getBoundingClientRect();
                  const style = getComputedStyle(target);
                  const name = `${target.tagName.toLowerCase()} “${target.textContent!.trim().slice(0, 12)}”`;
                  if (style.opacity === '0') return [`${name} is invisible until hovered`];
                  return box.width < 44 || box.height < 44 ? [`${name}: ${box.width}×${box.height}`] : [];
                }),
            )
          ).map((problem) => `${path} ${problem}`),
        );
      }
      assert.deepEqual([...new Set(small)], []);
      await context.close();
    });
  }

  it('keeps one column on the widest screens, where the parts and contents would go beside the text', async () => {
    const wide = { viewport: { width: 2400, height: 1000 } };
    for (const elder of [false, true]) {
      const context = elder ? await elderContext(wide) : await site.browser.newContext(wide);
      const page = await context.newPage();
      await page.goto(url('/tasks/'));
      const beside = await page.evaluate(() => {
        const main = document.querySelector('main')!.getBoundingClientRect();
        const parts = document.querySelector('.part-nav')!.getBoundingClientRect();
        return parts.width > 0 && parts.right <= main.left;
      });
      assert.equal(beside, !elder, elder ? 'one column in 长者模式' : 'three columns otherwise');
      assert.equal(await page.isVisible('.menu > summary'), elder, 'the 目录 menu in 长者模式');
      await context.close();
    }
  });
});
