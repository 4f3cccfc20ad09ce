// Reading comfort as a reader meets it: the phone menu, theme and text size that are remembered,
// scroll-spy and progress, print, /full/, and a layout that neither shifts nor overflows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Report } from '../src/schemas/report.ts';
import { root, DESKTOP, PHONE, useSite, layoutShift, trackLayoutShift } from './browser.ts';

const report: Report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8'));
const PAGES = [...report.sections.map((section) => section.url), '/full/', '/no-such-page/'];

const site = useSite();

const { open, url } = site;

/** The page's background colour, as painted. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const isDarkColour = (rgb: string) =>
  rgb
    .match(/\d+/g)!
    .slice(0, 3)
    .reduce((sum, c) => sum + Number(c), 0) <
  3 * 128;

describe('the phone menu', () => {
  it('keeps the parts and contents behind 目录 on a phone, opening without JavaScript', async () => {
    const page = await open('/tasks/', { ...PHONE, javaScriptEnabled: false });
    assert.equal(await page.isVisible('.part-nav'), false, 'the parts nav is folded away');
    assert.equal(await page.isVisible('.toc'), false, 'the contents are folded away');
    assert.equal(await page.isVisible('.reading-controls'), false, 'no controls that could not work');
    await page.click('.menu > summary');
    assert.ok(await page.isVisible('.part-nav a[aria-current="page"]'));
    assert.ok(await page.isVisible('.toc a[href="#p40"]'));
    await page.click('.part-nav a[href$="/governance/"]');
    await page.waitForURL('**/governance/');
    assert.equal(await page.isVisible('.part-nav'), false, 'a new page starts with the menu closed');
    await page.context().close();
  });

  it('closes after a contents entry is chosen, with the paragraph in view', async () => {
    const page = await open('/tasks/', PHONE);
    await page.click('.menu > summary');
    await page.click('.toc a[href="#p40"]');
    await page.waitForFunction(() => location.hash === '#p40');
    assert.equal(await page.$eval('.menu', (menu) => (menu as HTMLDetailsElement).open), false);
    await page.waitForFunction(() => Math.abs(document.getElementById('p40')!.getBoundingClientRect().top) < 40);
    await page.context().close();
  });

  it('shows parts | text | contents side by side on a wide screen, with no menu button, without JavaScript', async () => {
    const page = await open('/tasks/', { ...DESKTOP, javaScriptEnabled: false });
    assert.equal(await page.isVisible('.menu > summary'), false);
    const [nav, text, toc] = await Promise.all(
      ['.part-nav', 'main', '.toc'].map((selector) => page.locator(selector).boundingBox()),
    );
    assert.ok(nav && text && toc, 'all three are shown');
    assert.ok(nav.x + nav.width <= text.x && text.x + text.width <= toc.x, 'in three columns, left to right');
    await page.context().close();
  });
});

describe('the theme', () => {
  it('follows the system, then the toggle, and remembers the choice without a flash', async () => {
    const context = await site.browser.newContext({ ...DESKTOP, colorScheme: 'light' });
    // Records the theme the moment <body> exists, before anything could be painted.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string }).themeAtBody = getComputedStyle(
          document.documentElement,
        ).getPropertyValue('--bg');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(url('/tasks/'));
    assert.ok(!isDarkColour(await background(page)), 'light like the system');
    const toggle = page.getByRole('button', { name: '深色主题' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.ok(isDarkColour(await background(page)), 'dark after the toggle');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');

    await page.goto(url('/review/'));
    assert.ok(isDarkColour(await background(page)), 'still dark on the next page');
    const atBody = await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody);
    assert.ok(isDarkColour(hexToRgb(atBody)), `dark before the body was parsed, got ${atBody}`);

    await page.getByRole('button', { name: '深色主题' }).click();
    await page.reload();
    assert.ok(!isDarkColour(await background(page)), 'back to light, which is the system’s');
    assert.equal(await page.evaluate(() => localStorage.getItem('theme')), null, 'following the system again');
    await context.close();
  });

  it('is dark on a dark system, and the toggle says so', async () => {
    const page = await open('/', { ...PHONE, colorScheme: 'dark' });
    assert.ok(isDarkColour(await background(page)));
    assert.equal(await page.getAttribute('[data-theme-toggle]', 'aria-pressed'), 'true');
    await page.context().close();
  });
});

function hexToRgb(hex: string): string {
  const value = hex.trim().replace('#', '');
  return `rgb(${[0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)).join(', ')})`;
}

describe('the text size', () => {
  it('grows and shrinks the text within its steps, and is remembered', async () => {
    const page = await open('/tasks/', PHONE);
    const size = () => page.$eval('#p40', (p) => parseFloat(getComputedStyle(p).fontSize));
    const start = await size();
    assert.ok(start >= 17, `at least 17px on a phone, got ${start}`);
    const larger = page.getByRole('button', { name: '放大字号' });
    const smaller = page.getByRole('button', { name: '缩小字号' });
    await larger.click();
    assert.ok((await size()) > start);
    await page.reload();
    assert.ok((await size()) > start, 'remembered after a reload');
    let steps = 0;
    while ((await larger.getAttribute('aria-disabled')) !== 'true' && steps < 10) {
      await larger.click();
      steps++;
    }
    assert.equal(steps, 2, 'two more steps up to the largest');
    const largest = await size();
    await larger.click({ force: true });
    assert.equal(await size(), largest, 'the largest step stops there');
    assert.ok(largest <= start * 1.5 + 0.5);
    while ((await smaller.getAttribute('aria-disabled')) !== 'true' && steps < 20) {
      await smaller.click();
      steps++;
    }
    assert.ok((await size()) < start, 'the smallest is smaller than the default');
    await page.context().close();
  });
});

describe('Chinese typography', () => {
  it('sets curly quotes and the dash full-width, as in Chinese text', async () => {
    const page = await open('/full/', PHONE);
    // Each one's width in em, where an ideograph follows it and no punctuation precedes it (beside
    // other punctuation, Chinese typesetting halves it); a Latin face would set it at about half.
    const widths = await page.evaluate(
      (chars) => {
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        while (walker.nextNode())
          if (walker.currentNode.parentElement!.closest('.para')) nodes.push(walker.currentNode as Text);
        return chars.map((char) => {
          const between = new RegExp(`(?<![\\p{P}])${char}(?=\\p{sc=Han})`, 'u');
          const node = nodes.find((text) => between.test(text.data));
          if (!node) return [char, 0] as const;
          const range = document.createRange();
          const at = node.data.search(between);
          range.setStart(node, at);
          range.setEnd(node, at + char.length);
          const em = parseFloat(getComputedStyle(node.parentElement!).fontSize);
          return [char, Math.round((100 * range.getBoundingClientRect().width) / char.length / em) / 100] as const;
        });
      },
      ['“', '”', '——'],
    );
    for (const [char, width] of widths) assert.ok(width >= 0.95, `${char} is ${width} em wide`);
    await page.context().close();
  });

  it('gives a system that names none of its Chinese faces (Android) the same quotes, at no cost elsewhere', async () => {
    const page = await open('/full/', PHONE);
    await page.evaluate(() => document.fonts.ready);
    // Here a named face is found first, so the punctuation face is never loaded: its arrival would
    // restyle and lay out all the text again after the first paint.
    const statuses = await page.evaluate(() =>
      [...document.fonts].filter((face) => face.family.includes('CJK Punctuation')).map((face) => face.status),
    );
    assert.ok(statuses.length > 0, 'the page defines the punctuation face');
    assert.deepEqual([...new Set(statuses)], ['unloaded']);
    // Android, as far as fonts go: the page's own stack with its named faces missing and a
    // Latin face where the generic family is (Roboto there).
    const width = (withFace: boolean) =>
      page.evaluate((withFace) => {
        const stack = getComputedStyle(document.documentElement)
          .getPropertyValue('--font-body')
          .split(',')
          .map((family) => family.trim())
          .filter((family) => withFace || !family.includes('CJK Punctuation'))
          .map((family, i) =>
            family.includes('CJK Punctuation')
              ? family
              : family === 'sans-serif'
                ? "'DejaVu Sans', 'Liberation Sans'"
                : `'Absent Face ${i}'`,
          );
        const p = document.createElement('p');
        p.lang = 'zh-CN';
        p.style.cssText = `font-family: ${stack.join(', ')}; font-size: 20px; position: absolute`;
        p.textContent = '他说“我们”';
        document.body.append(p);
        const range = document.createRange();
        range.setStart(p.firstChild!, 2);
        range.setEnd(p.firstChild!, 3);
        const em = range.getBoundingClientRect().width / 20;
        p.remove();
        return em;
      }, withFace);
    const latin = await width(false);
    assert.ok(
      latin < 0.7,
      `without the face a Latin face sets “ at ${latin} em (is DejaVu Sans or Liberation Sans installed?)`,
    );
    const face = await width(true);
    assert.ok(face >= 0.95, `with it, “ is ${face} em wide`);
    await page.context().close();
  });
});

describe('following the reader', () => {
  it('marks the contents entry of the text in view (scroll-spy)', async () => {
    const page = await open('/tasks/');
    const current = () => page.getAttribute('.toc a[aria-current]', 'href');
    // Marked once the first frame is laid out (not inside it: see scroll-spy.ts).
    await page.waitForSelector('.toc a[aria-current]');
    assert.equal(await current(), '#tasks');
    await page.$eval('#p40', (p) =>
      window.scrollTo({ top: p.getBoundingClientRect().top + scrollY - 10, behavior: 'instant' }),
    );
    await page.waitForFunction(() => document.querySelector('.toc a[aria-current]')?.getAttribute('href') === '#p40');
    assert.equal(await page.locator('.toc a[aria-current]').count(), 1);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.waitForFunction(() => document.querySelector('.toc a[aria-current]')?.getAttribute('href') === '#tasks');
    await page.context().close();
  });

  it('marks, at the end of a page, the last contents entry on screen, which never reaches the upper quarter', async () => {
    const page = await open('/goals/');
    await page.waitForSelector('.toc a[aria-current]');
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    // The entries whose targets have reached a line, in the page's order: the last one is marked.
    const reaching = (line: 'quarter' | 'bottom') =>
      page.$$eval(
        '.toc a[href^="#"]',
        (links, line) =>
          links
            .filter((link) => {
              const target = document.getElementById(decodeURIComponent((link as HTMLAnchorElement).hash.slice(1)));
              return (
                target && target.getBoundingClientRect().top <= (line === 'bottom' ? innerHeight : innerHeight / 4)
              );
            })
            .map((link) => link.getAttribute('href'))
            .at(-1),
        line,
      );
    const last = await reaching('bottom');
    assert.notEqual(last, await reaching('quarter'), 'the page ends before its last entries reach the upper quarter');
    await page.waitForFunction(
      (hash) => document.querySelector('.toc a[aria-current]')?.getAttribute('href') === hash,
      last,
    );
    await page.context().close();
  });

  it('fills the progress bar as the reader scrolls', async () => {
    const page = await open('/tasks/', PHONE);
    const scale = () => page.$eval('.progress', (bar) => new DOMMatrix(getComputedStyle(bar).transform).a);
    assert.equal(await scale(), 0);
    await page.evaluate(() =>
      window.scrollTo({ top: (document.body.scrollHeight - innerHeight) / 2, behavior: 'instant' }),
    );
    await page.waitForFunction(() => {
      const a = new DOMMatrix(getComputedStyle(document.querySelector('.progress')!).transform).a;
      return a > 0.4 && a < 0.6;
    });
    await page.context().close();
  });

  it('ends each part with the next and previous parts and a way back to the top', async () => {
    const page = await open('/tasks/', PHONE);
    assert.match((await page.textContent('a[rel="prev"]')) ?? '', /今后五年政府工作的思路目标/);
    assert.match((await page.textContent('a[rel="next"]')) ?? '', /全面提升政府治理能力水平/);
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
    await page.click('.back-to-top a');
    await page.waitForFunction(() => scrollY === 0);
    await page.context().close();
  });
});

describe('motion', () => {
  it('glides to in-page links only for readers who have not asked for less motion', async () => {
    for (const [reducedMotion, expected] of [
      ['no-preference', 'smooth'],
      ['reduce', 'auto'],
    ] as const) {
      const page = await open('/tasks/', { ...DESKTOP, reducedMotion });
      const behaviour = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
      assert.equal(await behaviour(), 'auto', 'a deep link lands at once');
      await page.focus('.toc a[href="#p40"]');
      assert.equal(await behaviour(), expected, `after a link has focus (${reducedMotion})`);
      await page.context().close();
    }
  });
});

describe('printing', () => {
  it('prints the text with its paragraph numbers and without navigation or controls', async () => {
    const page = await open('/tasks/', PHONE);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const selector of [
      '.site-menu',
      '.reading-controls',
      '.prev-next',
      '.back-to-top',
      '.skip-link',
      '.progress',
    ]) {
      assert.equal(await page.isVisible(selector), false, `${selector} is not printed`);
    }
    assert.ok(await page.isVisible('#p40 .pnum'), 'paragraph numbers are printed');
    assert.equal(await background(page), 'rgb(255, 255, 255)', 'white paper even with a dark system');
    const printed = await page.$eval('.site-footer a[data-print-url]', (a) => getComputedStyle(a, '::after').content);
    assert.match(printed, /https?:\/\/[^）]+report\.json/, 'data links are printed with their full address');
    await page.context().close();
  });

  it('prints /full/ one part per sheet', async () => {
    const page = await open('/full/', DESKTOP);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.$$eval('.full-part', (parts) => parts.map((part) => getComputedStyle(part).breakBefore));
    assert.deepEqual(breaks, ['auto', 'page', 'page', 'page', 'page']);
    await page.context().close();
  });
});

describe('the full text at /full/', () => {
  it('holds every block in order, numbers linking to the paragraph on its part page', async () => {
    const page = await open('/full/');
    const ids = await page.$$eval('.full-text [id]', (elements) => elements.map((element) => element.id));
    assert.deepEqual(
      ids,
      report.sections.flatMap((section) => section.blocks.map((block) => block.id)),
    );
    const links = await page.$$eval('.full-text .pnum', (as) => as.map((a) => a.getAttribute('href')));
    const paragraphs = report.sections.flatMap((section) =>
      section.blocks.filter((block) => block.kind === 'paragraph'),
    );
    assert.deepEqual(
      links,
      paragraphs.map((block) => block.url),
    );
    assert.equal(await page.getAttribute('.part-nav a[aria-current="page"]', 'href'), `${site.server.base}full/`);
    await page.context().close();
  });

  it('is left out of the search index', async () => {
    const page = await open('/full/');
    assert.equal(await page.locator('[data-pagefind-body]').count(), 0);
    const urls = await page.evaluate(async (base) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      const result = await pagefind.search('老旧小区');
      return Promise.all(
        result.results.map(async (hit: { data(): Promise<{ url: string }> }) => (await hit.data()).url),
      );
    }, site.server.base);
    assert.ok(urls.length > 0, 'the term is found');
    assert.ok(!urls.some((hit) => hit.includes('/full/')), `results point to part pages: ${urls.join(', ')}`);
    await page.context().close();
  });
});

describe('a steady layout', () => {
  it('overflows nothing sideways at 320px and 375px, at every text size and in 长者模式, menu closed or open', async () => {
    // The sizes are set as the buttons and the <head> script set them; one page load per page.
    const states = ['-1', '0', '1', '2', '3', 'elder'];
    const overflows: string[] = [];
    for (const width of [320, 375]) {
      const context = await site.browser.newContext({ ...PHONE, viewport: { width, height: 640 } });
      const page = await context.newPage();
      for (const path of [...PAGES, '/search/', '/search/?q=双减']) {
        await page.goto(url(path));
        if (path.includes('?q=')) await page.waitForSelector('.search-hit');
        for (const menu of ['closed', 'open']) {
          if (menu === 'open') await page.click('.menu > summary');
          const wide = await page.evaluate(
            ({ states, width }) =>
              states.flatMap((state) => {
                const root = document.documentElement;
                delete root.dataset.elder;
                delete root.dataset.size;
                if (state === 'elder') root.dataset.elder = '';
                else if (state !== '0') root.dataset.size = state;
                // A phone's browser widens the page to what overflows: compare with the screen's width.
                const over = root.scrollWidth - width;
                return over > 0 ? [`size ${state}: ${over}px too wide`] : [];
              }),
            { states, width },
          );
          overflows.push(...wide.map((problem) => `${path} at ${width}px, menu ${menu}: ${problem}`));
        }
      }
      await context.close();
    }
    assert.deepEqual(overflows, []);
  });

  for (const [name, options] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`does not shift while loading with a stored theme and text size (${name})`, async () => {
      const context = await site.browser.newContext(options);
      await context.addInitScript(() => {
        localStorage.setItem('theme', 'dark');
        localStorage.setItem('text-size', '2');
      });
      await trackLayoutShift(context);
      const page = await context.newPage();
      for (const path of ['/tasks/', '/full/', '/']) {
        await page.goto(url(path));
        await page.waitForLoadState('networkidle');
        const shift = await layoutShift(page);
        assert.equal(shift, 0, `${path}: cumulative layout shift`);
        assert.equal(await page.getAttribute('html', 'data-size'), '2');
      }
      await context.close();
    });
  }
});
