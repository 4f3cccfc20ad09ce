// Sharing and citing in the browser: copying a block's link and citation, quote links with text
// fragments, and how a page marks the block a link opens.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { BASE_PATH, SITE_URL } from '../src/config/site.ts';
import type { Report } from '../src/schemas/report.ts';
import { root, DESKTOP, PHONE, useSite } from './browser.ts';

const report: Report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8'));
const blocks = report.sections.flatMap((section) => section.blocks);
const p40 = blocks.find((block) => block.id === 'p40')!;
const siteUrl = SITE_URL.replace(/\/$/, '');
// Where the site's pages are, in absolute links: the origin and the base path.
const siteRoot = `${siteUrl}${BASE_PATH}`;

const site = useSite();

/** A page with the clipboard readable and writable, as after a reader allowed it. */
async function open(path: string, options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const context = await site.browser.newContext(options);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  const page = await context.newPage();
  await page.goto(site.url(path));
  return page;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Activates a permalink and picks an entry of the menu it opens; returns the announcement. */
async function copyFrom(page: Page, permalink: string, entry: '复制链接' | '复制引用'): Promise<string> {
  await page.click(permalink);
  await page.locator('.share-menu').getByRole('button', { name: entry }).click();
  const status = page.getByRole('status');
  await status.filter({ hasText: /已复制/ }).waitFor();
  return (await status.textContent()) ?? '';
}

/** Selects `text` in a paragraph (offsets in its text without the number) and copies the quote link. */
async function copyQuote(page: Page, id: string, text: string): Promise<string> {
  await page.evaluate(
    ({ id, text }) => {
      const para = document.getElementById(id)!;
      const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at >= 0) return getSelection()!.setBaseAndExtent(node, at, node, at + text.length);
      }
      throw new Error(`${text} is not in #${id}`);
    },
    { id, text },
  );
  await page.getByRole('button', { name: '复制引用链接' }).click();
  await page.getByRole('status').filter({ hasText: '已复制引用链接' }).waitFor();
  return clipboard(page);
}

describe('copying a link or a citation', () => {
  it('copies the absolute link of a paragraph, keeping the number a permalink', async () => {
    const page = await open('/tasks/');
    const said = await copyFrom(page, '#p40 a.pnum', '复制链接');
    assert.equal(await clipboard(page), `${siteRoot}tasks/#p40`);
    assert.equal(said, '已复制链接');
    assert.equal(await page.getAttribute('.share-status', 'aria-live'), 'polite', 'announced to screen readers');
    assert.equal(new URL(page.url()).hash, '#p40', 'the number still goes to its paragraph');
    assert.ok(await page.$eval('#p40', (element) => element.matches(':target')));
    await page.context().close();
  });

  it('copies a citation naming the report, the paragraph and its link', async () => {
    const page = await open('/tasks/');
    const said = await copyFrom(page, '#p40 a.pnum', '复制引用');
    assert.equal(await clipboard(page), `《${report.title}》第40段 ${siteRoot}tasks/#p40`);
    assert.equal(said, '已复制引用');
    await page.context().close();
  });

  it('copies a heading’s link and citation from the anchor beside it', async () => {
    const heading = blocks.find((block) => block.id === 'tasks-1')!;
    const page = await open('/tasks/', PHONE);
    await copyFrom(page, 'a.hlink[href="#tasks-1"]', '复制引用');
    assert.equal(await clipboard(page), `《${report.title}》“${heading.text}” ${siteRoot}tasks/#tasks-1`);
    await copyFrom(page, 'a.hlink[href="#tasks-1"]', '复制链接');
    assert.equal(await clipboard(page), `${siteRoot}tasks/#tasks-1`);
    await page.context().close();
  });

  it('links the opening address to the home page', async () => {
    const page = await open('/');
    await copyFrom(page, '#p1 a.pnum', '复制链接');
    assert.equal(await clipboard(page), `${siteRoot}#p1`);
    await page.context().close();
  });

  it('opens the menu from the keyboard and gives focus back on Escape', async () => {
    const page = await open('/tasks/');
    await page.focus('#p41 a.pnum');
    await page.keyboard.press('Enter');
    await page.locator('.share-menu:popover-open').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '复制链接');
    assert.equal(await page.getAttribute('.share-menu', 'aria-label'), '第41段');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.share-menu:popover-open').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#p41');
    await page.context().close();
  });

  it('still copies where the Clipboard API refuses, by a selection', async () => {
    const context = await site.browser.newContext(DESKTOP);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await context.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')),
      });
    });
    const page = await context.newPage();
    await page.goto(site.url('/review/'));
    assert.equal(await copyFrom(page, '#p5 a.pnum', '复制链接'), '已复制链接');
    assert.equal(await clipboard(page), `${siteRoot}review/#p5`);
    await context.close();
  });

  it('requests no script until a reader reaches for a permalink', async () => {
    const context = await site.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(site.url('/tasks/'));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(scripts, [], 'reading costs no script request');
    await page.click('#p40 a.pnum');
    await page.locator('.share-menu:popover-open').waitFor();
    assert.equal(scripts.length, 1, 'the tools, once');
    await context.close();
  });

  it('leaves the number a plain permalink without JavaScript', async () => {
    const page = await open('/tasks/', { ...DESKTOP, javaScriptEnabled: false });
    await page.click('#p40 a.pnum');
    assert.equal(new URL(page.url()).hash, '#p40');
    assert.equal(await page.locator('.share-menu').count(), 0);
    await page.context().close();
  });
});

describe('quote links', () => {
  const sentence = '两年内完成全区雨污分流管网改造，持续完善城市功能配套，改善居住环境，优化城市风貌。';

  for (const [name, selected] of [
    ['a few words, cut mid-word', '内完成全区雨污分流管网改'],
    ['a long sentence', sentence],
  ] as const) {
    it(`copies a link that highlights ${name}, and opening it brings the paragraph into view`, async () => {
      const page = await open('/tasks/');
      const link = await copyQuote(page, 'p40', selected);
      await page.context().close();

      assert.ok(link.startsWith(`${siteRoot}tasks/#p40:~:text=`), link);
      const terms = link.split(':~:text=')[1]!.split(',');
      assert.ok(terms.length <= 2, 'no prefix is needed: the quote occurs once');
      for (const term of terms) {
        assert.doesNotMatch(term, /[-&,#\s]|[^\x21-\x7e]/, 'a term is percent-encoded, - & , included');
        assert.ok(p40.text.includes(decodeURIComponent(term)), `${decodeURIComponent(term)} is in p40`);
      }
      const quoted = decodeURIComponent(terms[0]!);
      assert.ok(quoted.includes(selected.slice(1, 6)) || selected.startsWith(quoted), 'the link quotes the selection');

      // On a phone the quote is far down the long paragraph: only a text match scrolls past the
      // paragraph's top, to bring the quote itself into the middle of the screen.
      const reader = await open(link.replace(siteUrl, ''), PHONE);
      await reader.waitForFunction(() => scrollY > 0);
      const { top, bottom } = await reader.$eval('#p40', (element) => element.getBoundingClientRect().toJSON());
      assert.ok(top < 0 && bottom > 0, `the text fragment matched and p40 is in view (top ${top})`);
      assert.equal(await reader.evaluate(() => location.hash), '#p40');
      await reader.context().close();
    });
  }

  it('adds a prefix to a quote that also occurs earlier in the page, and opens at the right one', async () => {
    const page = await open('/tasks/');
    const link = await copyQuote(page, 'p41', '三年行动计划');
    await page.context().close();
    const [prefix, quote] = link.split(':~:text=')[1]!.split('-,');
    assert.equal(decodeURIComponent(quote!), '三年行动计划');
    const p41 = blocks.find((block) => block.id === 'p41')!;
    assert.ok(p41.text.includes(`${decodeURIComponent(prefix!)}三年行动计划`), 'the prefix is the words before it');

    const reader = await open(link.replace(siteUrl, ''), PHONE);
    await reader.waitForFunction(() => scrollY > 0);
    const centred = await reader.evaluate(
      () => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('.para')?.id,
    );
    assert.equal(centred, 'p41', 'the quote in p41 is brought to the middle, not its earlier occurrence');
    await reader.context().close();
  });

  it('offers nothing for a selection outside the report’s paragraphs', async () => {
    const page = await open('/tasks/');
    await page.evaluate(() => {
      const title = document.querySelector('.site-title')!.firstChild!;
      getSelection()!.setBaseAndExtent(title, 0, title, 3);
    });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    assert.equal(await page.getByRole('button', { name: '复制引用链接' }).isVisible(), false);
    await page.context().close();
  });
});

describe('on a page that shows every part, such as /full/', () => {
  // Simulated on a part page whose address is changed to /full/, for both ways a number can link.
  async function asFull(path: string, numbersLinkToPart: boolean): Promise<Page> {
    const page = await open(path);
    await page.evaluate((toPart) => {
      if (toPart) {
        for (const link of document.querySelectorAll<HTMLAnchorElement>('a.pnum')) {
          link.setAttribute('href', `${location.pathname}${link.getAttribute('href')}`);
        }
      }
      history.replaceState(null, '', `${location.pathname.replace(/[^/]+\/$/, '')}full/`);
    }, numbersLinkToPart);
    return page;
  }

  it('copies the part page’s link when the number is a permalink on the page', async () => {
    const page = await asFull('/review/', false);
    await copyFrom(page, '#p5 a.pnum', '复制链接');
    assert.equal(await clipboard(page), `${siteRoot}review/#p5`);
    await copyFrom(page, '#p5 a.pnum', '复制引用');
    assert.equal(await clipboard(page), `《${report.title}》第5段 ${siteRoot}review/#p5`);
    await page.context().close();
  });

  it('quotes with the part page’s link when the number links to the part page', async () => {
    const page = await asFull('/tasks/', true);
    assert.match(await copyQuote(page, 'p40', '优化城市风貌'), new RegExp(`^${siteRoot}tasks/#p40:~:text=`));
    await page.context().close();
  });

  it('does so on the real /full/', { skip: !existsSync(join(root, 'dist/full/index.html')) }, async () => {
    const page = await open('/full/');
    assert.match(await copyQuote(page, 'p40', '优化城市风貌'), new RegExp(`^${siteRoot}tasks/#p40:~:text=`));
    await page.context().close();
  });
});

describe('arriving by a link', () => {
  it('marks the paragraph with :target and a brief flash', async () => {
    const page = await open('/tasks/#p41');
    const style = await page.$eval('#p41', (element) => ({
      target: element.matches(':target'),
      animation: getComputedStyle(element).animationName,
      background: getComputedStyle(element).backgroundColor,
    }));
    assert.deepEqual([style.target, style.animation], [true, 'share-flash']);
    assert.notEqual(style.background, 'rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  it('marks it without motion for readers who ask for less', async () => {
    const page = await open('/tasks/#p41', { ...DESKTOP, reducedMotion: 'reduce' });
    const style = await page.$eval('#p41', (element) => ({
      animation: getComputedStyle(element).animationName,
      background: getComputedStyle(element).backgroundColor,
    }));
    assert.equal(style.animation, 'none');
    assert.notEqual(style.background, 'rgba(0, 0, 0, 0)', 'still marked');
    await page.context().close();
  });
});
