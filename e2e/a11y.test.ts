// Accessibility (WCAG 2.1 AA): axe-core on every page, and on each kind of page in both themes, on
// a phone (menu open) and a desktop; and what axe cannot see: the skip link, the landmarks, a
// visible keyboard focus.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { Report } from '../src/schemas/report.ts';
import { root, DESKTOP, PHONE, useSite } from './browser.ts';

const report: Report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8'));
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const PAGES = [...report.sections.map((section) => section.url.slice(1)), 'full/', 'no-such-page/'];
// axe takes a while on two cores. Every page is checked once (light, on a phone); the other
// three runs check one page of each kind: the part pages share one layout, and /full/ holds
// every part's text, so each element of the text is still checked in both themes and widths.
const PAGE_KINDS = ['', report.sections[1]!.url.slice(1), 'full/', 'no-such-page/'];
// The data pages are long lists: checked in each theme once (light on a phone, dark on a desktop).
const DATA_PAGES = ['figures/', 'terms/', 'data/'];

const site = useSite();

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe's violations on the page as it is shown, all rules but the experimental ones; `enhanced`
 * adds AAA contrast (7:1, color-contrast-enhanced), which axe leaves out by default.
 */
async function violations(page: Page, enhanced = false): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const found: Violation[] = await page.evaluate(async (enhanced) => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
    };
    const options = enhanced ? { rules: { 'color-contrast-enhanced': { enabled: true } } } : {};
    return (await axe.run(document, options)).violations;
  }, enhanced);
  return found.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('axe finds no violation', () => {
  for (const [device, options] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`on ${device === 'phone' && colorScheme === 'light' ? 'every page' : 'each kind of page'}, ${colorScheme} theme, ${device}`, async () => {
        const context = await site.browser.newContext({ ...(options as BrowserContextOptions), colorScheme });
        const page = await context.newPage();
        const problems: string[] = [];
        const everyPage = device === 'phone' && colorScheme === 'light';
        const pages = [
          ...(everyPage ? PAGES : PAGE_KINDS),
          ...(everyPage || (device === 'desktop' && colorScheme === 'dark') ? DATA_PAGES : []),
        ];
        for (const path of pages) {
          await page.goto(site.url(path));
          // On a phone, check the menu's contents too.
          if (device === 'phone') await page.click('.menu > summary');
          problems.push(...(await violations(page)).map((problem) => `/${path}: ${problem}`));
        }
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }
});

describe('axe finds no violation in 长者模式, AAA contrast (7:1) included', () => {
  // One page of each kind (the parts share one), to keep the run short: axe takes a while.
  for (const [device, options, paths] of [
    ['phone, each kind of page', PHONE, ['', 'tasks/', 'figures/', 'search/?q=双减', 'no-such-page/']],
    ['desktop', DESKTOP, ['tasks/']],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${colorScheme} theme, ${device}`, async () => {
        const context = await site.browser.newContext({ ...(options as BrowserContextOptions), colorScheme });
        await context.addInitScript(() => localStorage.setItem('elder-mode', '1'));
        const page = await context.newPage();
        const problems: string[] = [];
        for (const path of paths) {
          await page.goto(site.url(path));
          if (path.includes('?q=')) await page.waitForSelector('.search-hit');
          if (device !== 'desktop') await page.click('.menu > summary');
          problems.push(...(await violations(page, true)).map((problem) => `/${path}: ${problem}`));
        }
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }
});

describe('keyboard and landmarks', () => {
  it('offers a skip link first, which leads to the text', async () => {
    const context = await site.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(site.url('/tasks/'));
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    assert.equal(await focused.textContent(), '跳到正文');
    const box = await focused.boundingBox();
    assert.ok(box && box.y >= 0, 'the skip link shows when focused');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await context.close();
  });

  it('shows where the keyboard focus is, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ ...DESKTOP, colorScheme });
      const page = await context.newPage();
      await page.goto(site.url('/tasks/'));
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return {
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          tag: document.activeElement!.tagName,
        };
      });
      assert.notEqual(outline.style, 'none', `${outline.tag} shows an outline (${colorScheme})`);
      assert.ok(outline.width >= 2);
      await context.close();
    }
  });

  it('has one banner, one main, one contentinfo, named navigation and labelled controls', async () => {
    const context = await site.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(site.url('/tasks/'));
    for (const role of ['banner', 'main', 'contentinfo'] as const) {
      assert.equal(await page.getByRole(role).count(), 1, role);
    }
    for (const name of ['报告各部分', '本页目录', '上一部分和下一部分']) {
      assert.equal(await page.getByRole('navigation', { name }).count(), 1, name);
    }
    for (const name of ['缩小字号', '放大字号', '深色主题', '长者模式']) {
      assert.equal(await page.getByRole('button', { name }).count(), 1, name);
    }
    await context.close();
  });
});
