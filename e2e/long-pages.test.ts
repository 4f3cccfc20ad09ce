// Long pages stay whole for the reader although off-screen paragraphs are not laid out until they
// come near the screen (content-visibility, issue 10): deep links and quote links land where they
// should and stay there, find-in-page finds text anywhere, scroll-spy and the progress bar follow,
// and print prints every paragraph. A shared search link is as calm: nothing moves when its results come,
// nor when a page arrives in pieces.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Report } from '../src/schemas/report.ts';
import { encodeTextTerm } from '../src/share/text-fragment.ts';
import {
  DESKTOP,
  PHONE,
  isInView,
  isRendered,
  layoutShift,
  root,
  topAfterSettling,
  trackLayoutShift,
  useSite,
} from './browser.ts';

const report: Report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8'));
const paragraphs = report.sections.flatMap((section) => section.blocks.filter((block) => block.kind === 'paragraph'));
/** The report's last paragraph: on /full/, as far from the first screen as text can be. */
const last = paragraphs.at(-1)!;
/** A paragraph far down /full/ that can still be scrolled to the top of the screen. */
const deep = paragraphs.at(-8)!;
/** A sentence of the last one that occurs nowhere else in the report, without its final 。. */
const quote = last.text
  .split('。')
  .filter((sentence) => [...sentence].length >= 10)
  .find((sentence) => paragraphs.filter((block) => block.text.includes(sentence)).length === 1)!;

const site = useSite();

describe('a long page', () => {
  it('lays out only the paragraphs near the screen when it opens', async () => {
    const page = await site.open('/full/', PHONE);
    assert.equal(await isRendered(page, '#p1'), true, 'the first screen is rendered');
    assert.equal(await isRendered(page, `#${last.id}`), false, 'the end of the report is not, yet');
    await page.context().close();
  });

  for (const [name, options] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`opens a deep link at its paragraph and stays there (${name})`, async () => {
      const context = await site.browser.newContext(options);
      await trackLayoutShift(context);
      const page = await context.newPage();
      for (const path of ['/tasks/#p40', `/full/#${deep.id}`]) {
        await page.goto(site.url(path));
        const id = path.split('#')[1]!;
        const [landed, settled] = await topAfterSettling(page, `#${id}`);
        // scroll-margin-top is 1rem: the paragraph's top sits just under the top of the screen.
        assert.ok(landed > 0 && landed < 40, `${path}: #${id} at the top (${landed})`);
        // Within a pixel: an estimated height above the screen may settle by a fraction of one.
        assert.ok(Math.abs(settled - landed) < 1, `${path}: no jump after the page settled (${landed} → ${settled})`);
        assert.equal(await isRendered(page, `#${id}`), true);
        // Under 0.001 is what Lighthouse shows as 0: a sub-pixel settling of an estimated height
        // above the screen, which a loaded test machine sometimes lets through after the first paint.
        const shift = await layoutShift(page);
        assert.ok(shift < 0.001, `${path}: no layout shift (${shift})`);
      }
      await context.close();
    });
  }

  it('opens a quote link at the quote, far down the page, and stays there', async () => {
    const page = await site.open(`/full/#:~:text=${encodeTextTerm(quote)}`, PHONE);
    await page.waitForFunction(() => scrollY > 0);
    const [landed, settled] = await topAfterSettling(page, `#${last.id}`);
    assert.equal(settled, landed, 'no jump after the page settled');
    const { box, height } = await page.$eval(`#${last.id}`, (element) => ({
      box: element.getBoundingClientRect().toJSON() as DOMRect,
      height: innerHeight,
    }));
    assert.ok(box.top < height && box.bottom > 0, `the quoted paragraph is on screen (top ${box.top})`);
    await page.context().close();
  });

  it('lets find-in-page find text in paragraphs not laid out yet', async () => {
    const page = await site.open('/full/', PHONE);
    assert.equal(await isRendered(page, `#${last.id}`), false);
    const found = await page.evaluate(
      (text) => (window as unknown as { find(text: string): boolean }).find(text),
      quote,
    );
    assert.equal(found, true, `window.find finds “${quote}”`);
    const where = await page.evaluate(() => getSelection()!.anchorNode!.parentElement!.closest('.para')?.id);
    assert.equal(where, last.id, 'in the last paragraph');
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      return box.top < innerHeight && box.bottom > 0;
    }, last.id);
    assert.equal(await isRendered(page, `#${last.id}`), true, 'and shows it');
    await page.context().close();
  });

  it('marks the contents entry of a part far down the page (scroll-spy) and fills the progress bar to the end', async () => {
    const page = await site.open('/full/', DESKTOP);
    const part = report.sections.at(-1)!;
    await page.$eval(`#${part.slug}`, (heading) =>
      window.scrollTo({ top: heading.getBoundingClientRect().top + scrollY - 10, behavior: 'instant' }),
    );
    await page.waitForFunction(
      (hash) => document.querySelector('.toc a[aria-current]')?.getAttribute('href') === hash,
      `#${part.slug}`,
    );
    assert.ok(await isInView(page, `#${part.slug}`));
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await page.waitForFunction(() => {
      const bar = document.querySelector('.progress')!;
      const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
      return atEnd && new DOMMatrix(getComputedStyle(bar).transform).a > 0.99;
    });
    await page.context().close();
  });

  it('prints every paragraph', async () => {
    const page = await site.open('/full/', PHONE);
    await page.emulateMedia({ media: 'print' });
    const unrendered = await page.$$eval('.para', (elements) =>
      elements
        .filter(
          (element) =>
            !element.firstElementChild!.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions) ||
            element.getBoundingClientRect().height < 10,
        )
        .map((element) => element.id),
    );
    assert.deepEqual(unrendered, [], 'every paragraph is laid out for print');
    assert.equal(await page.locator('.para').count(), paragraphs.length);
    await page.context().close();
  });
});

describe('a shared search link', () => {
  it('paints its results without moving anything, also when the search is slow', async () => {
    const context = await site.browser.newContext(PHONE);
    await trackLayoutShift(context);
    // Slow enough for 正在搜索… to show first.
    await context.route('**/pagefind/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(site.url(`/search/?q=${encodeURIComponent('老旧小区')}`));
    await page.waitForSelector('#search-pending:not([hidden])');
    await page.waitForSelector('#search-results[data-query] li');
    await page.waitForLoadState('networkidle');
    assert.equal(await page.isVisible('#search-pending'), false);
    assert.match((await page.textContent('#search-status')) ?? '', /找到/);
    assert.equal(await layoutShift(page), 0, 'cumulative layout shift');
    await context.close();
  });
});

describe('a page that arrives slowly', () => {
  // A slow network hands the browser the page in pieces, and the browser paints each piece as it
  // comes. This server stops for a moment before the `nth` `marker` of the page at `path`, as a
  // slow phone's connection does, and serves everything else as the site's server does.
  async function servePaused(
    path: string,
    marker: string,
    nth: number,
  ): Promise<{ origin: string; close(): Promise<void> }> {
    const server = createServer(async (request, response) => {
      const upstream = await fetch(site.url(request.url!));
      const body = Buffer.from(await upstream.arrayBuffer());
      response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? '' });
      let at = request.url === path ? body.indexOf(marker) : -1;
      for (let i = 1; i < nth && at >= 0; i++) at = body.indexOf(marker, at + 1);
      if (at < 0) {
        response.end(body);
        return;
      }
      response.write(body.subarray(0, at));
      await new Promise((resolve) => setTimeout(resolve, 600));
      response.end(body.subarray(at));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      origin: `http://127.0.0.1:${port}`,
      close: () => {
        server.closeAllConnections();
        return new Promise((resolve) => server.close(() => resolve()));
      },
    };
  }

  for (const [what, path, marker, nth, later] of [
    ['the header before its last button', '/tasks/', '<button type="button" class="control', 4, '[data-elder-toggle]'],
  ] as const) {
    it(`moves nothing when ${what} is painted first and the rest comes`, async () => {
      const paused = await servePaused(path, marker, nth);
      const context = await site.browser.newContext(PHONE);
      try {
        await trackLayoutShift(context);
        // When the element that came after the pause was added, to compare with the first paint.
        await context.addInitScript((later) => {
          new MutationObserver((_, observer) => {
            if (!document.querySelector(later)) return;
            (window as unknown as { laterAt: number }).laterAt = performance.now();
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true });
        }, later);
        const page = await context.newPage();
        await page.goto(`${paused.origin}${path}`);
        const [firstPaint, laterAt] = await page.evaluate(() => [
          performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
          (window as unknown as { laterAt: number }).laterAt,
        ]);
        assert.ok(firstPaint < laterAt, `painted (${firstPaint} ms) before the rest came (${laterAt} ms)`);
        assert.equal(await layoutShift(page), 0, 'cumulative layout shift');
      } finally {
        await context.close();
        await paused.close();
      }
    });
  }
});
