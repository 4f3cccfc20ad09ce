// Search as a reader uses it, in the built site: every query below is checked against the match
// rule (src/search/match-rule.ts) applied to the whole report in the same browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { Report } from '../src/schemas/report.ts';
import { root, DESKTOP, isInView, isRendered, PHONE, useSite } from './browser.ts';
import { groundTruth, type Truth } from './match-rule-in-browser.ts';
import { FORGIVEN, searchQueries } from './search-queries.ts';

const report: Report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8'));

const QUERIES = searchQueries(report);
const NOT_IN_REPORT = 'a query the report does not answer';

const partOf = new Map(
  report.sections.flatMap((section) => section.blocks.map((block) => [block.url, section.slug] as const)),
);

const site = useSite();

const { open, url } = site;

/** Waits until the search page shows the results of `query`. */
async function resultsFor(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => document.querySelector<HTMLElement>('#search-results')?.dataset['query'] === wanted,
    query.trim(),
  );
}

/** The shown results' paragraph URLs, in order, without the words to mark. */
async function shownUrls(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('#search-results .search-hit a', (links) =>
    links.map((link) => link.getAttribute('href')!),
  );
  return hrefs.map((href) => href.replace(/\?[^#]*/, ''));
}

/** Types a query and submits it, rather than waiting for the results to follow the typing. */
async function typeQuery(page: Page, query: string): Promise<void> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await resultsFor(page, query);
}

describe('reader queries: every paragraph the rule finds is shown, and only those', () => {
  const queries = Object.values(QUERIES).flat();
  let page: Page;
  let truths: Map<string, Truth>;

  before(async () => {
    page = await open('/search/');
    truths = new Map((await groundTruth(page, report, queries)).map((truth) => [truth.query, truth]));
  });
  after(() => page.context().close());

  it(`has at least 40 queries of every kind (${queries.length})`, () => {
    assert.ok(queries.length >= 40);
  });

  for (const [kind, list] of Object.entries(QUERIES)) {
    for (const query of list) {
      it(`“${query}” (${kind})`, async () => {
        const truth = truths.get(query)!;
        await typeQuery(page, query);
        const shown = await shownUrls(page);
        const status = (await page.textContent('#search-status')) ?? '';
        if (kind === NOT_IN_REPORT) {
          assert.deepEqual(truth.all, [], `the report does speak of “${query}”: move it to another kind`);
          assert.deepEqual(shown, []);
          assert.ok(await page.isVisible('#search-empty'), 'the empty state is shown');
          assert.equal(status, `没有找到“${query}”的内容`);
          return;
        }
        assert.ok(truth.all.length > 0, `the report does not speak of “${query}”: pick another query`);
        assert.deepEqual([...shown].sort(), [...truth.all].sort(), 'exactly the paragraphs the rule finds');
        const firstOther = shown.findIndex((shownUrl) => !truth.literal.includes(shownUrl));
        assert.ok(
          shown.slice(firstOther === -1 ? shown.length : firstOther).every((u) => !truth.literal.includes(u)),
          'paragraphs with the query literally come first',
        );
        if (truth.literal.length > 0) assert.ok(truth.literal.includes(shown[0]!), 'the first result is literal');
        assert.match(status, new RegExp(`^找到 ${truth.paragraphs > 0 ? `${truth.paragraphs} 段` : ''}`));
      });
    }
  }
});

describe('queries as readers type them', () => {
  it('find for Traditional characters and full-width forms what the report’s forms find', async () => {
    const page = await open('/search/');
    const typed = await groundTruth(page, report, Object.keys(FORGIVEN));
    const meant = await groundTruth(page, report, Object.values(FORGIVEN));
    for (const [index, truth] of typed.entries()) {
      assert.ok(meant[index]!.all.length > 0, `the report speaks of “${meant[index]!.query}”`);
      assert.deepEqual(truth.all, meant[index]!.all, `“${truth.query}” finds what “${meant[index]!.query}” finds`);
      assert.deepEqual(truth.literal, meant[index]!.literal, `“${truth.query}”: the literal ones too`);
    }
    await page.context().close();
  });
});

describe('the search index', () => {
  it('holds every paragraph and heading as a record of its own, text exactly as in report.json', async () => {
    const page = await open('/search/');
    const records = await page.evaluate(async (base) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      await pagefind.options({ baseUrl: '/', noWorker: true });
      // A search for nothing but filters: every record.
      const { results } = await pagefind.search(null);
      return Promise.all(
        results.map(async (result: { data(): Promise<{ url: string; content: string }> }) => {
          const { url, content } = await result.data();
          return [url, content] as const;
        }),
      );
    }, site.server.base);
    const blocks = report.sections.flatMap((section) =>
      section.blocks.map((block) => [block.url, block.text] as const),
    );
    assert.deepEqual(new Map(records), new Map(blocks));
    assert.equal(records.length, blocks.length);
    await page.context().close();
  });
});

describe('the search page', () => {
  it('runs the query of a ?q= link on load, the link shareable as it is', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('科汇股份')}`);
    await resultsFor(page, '科汇股份');
    const [truth] = await groundTruth(page, report, ['科汇股份']);
    assert.equal(await page.inputValue('#search-q'), '科汇股份');
    assert.deepEqual((await shownUrls(page)).sort(), truth!.all.sort());
    assert.equal(await page.locator('input[type="search"]').count(), 1, 'one search box on the search page');
    await page.context().close();
  });

  it('is where the header’s search box leads, from any page', async () => {
    const page = await open('/tasks/');
    await page.fill('.site-search input[name="q"]', '双减');
    await page.press('.site-search input[name="q"]', 'Enter');
    await page.waitForURL(`**/search/?q=${encodeURIComponent('双减')}`);
    await resultsFor(page, '双减');
    assert.ok((await shownUrls(page)).length > 0);
    await page.context().close();
  });

  it('shows each result’s part, sub-part, number and an excerpt with the words marked', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('老旧小区')}`);
    await resultsFor(page, '老旧小区');
    const hits = await page.$$eval('#search-results .search-hit', (items) =>
      items.map((item) => ({
        where: item.querySelector('.search-hit-where')?.textContent,
        number: item.querySelector('.search-hit-number')?.textContent,
        marks: [...item.querySelectorAll('.search-hit-text mark')].map((mark) => mark.textContent),
        href: item.querySelector('a')?.getAttribute('href'),
      })),
    );
    const tasks = report.sections.find((section) => section.slug === 'tasks')!;
    for (const hit of hits) {
      const id = hit.href!.split('#')[1]!;
      const section = report.sections.find((candidate) => candidate.blocks.some((block) => block.id === id))!;
      assert.equal(hit.number, `第${id.slice(1)}段`);
      assert.ok(hit.where?.startsWith(section.title), `${id}: ${hit.where} names its part`);
      assert.ok(hit.marks.length > 0 && hit.marks.every((mark) => mark === '老旧小区'), `${id}: ${hit.marks}`);
    }
    const inTasks = hits.find((hit) => tasks.blocks.some((block) => hit.href!.endsWith(`#${block.id}`)))!;
    assert.match(inTasks.where!, / › 四、/, 'a result in the tasks names its sub-part');
    await page.context().close();
  });

  it('updates as the reader types without adding history, and the back button returns to the last search', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('养老')}`);
    await resultsFor(page, '养老');
    const length = await page.evaluate(() => history.length);
    await page.fill('#search-q', '');
    await page.type('#search-q', '双减', { delay: 30 });
    await resultsFor(page, '双减');
    assert.equal(await page.evaluate(() => history.length), length, 'typing replaces the history entry');
    assert.equal(new URL(page.url()).searchParams.get('q'), '双减');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction((before) => history.length === before + 1, length);
    await page.goBack();
    await resultsFor(page, '养老');
    assert.equal(await page.inputValue('#search-q'), '养老');
    await page.goForward();
    await resultsFor(page, '双减');
    await page.context().close();
  });

  it('narrows the results to one part, in the URL too', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('发展')}`);
    await resultsFor(page, '发展');
    const [truth] = await groundTruth(page, report, ['发展']);
    const all = await shownUrls(page);
    const parts = new Set(all.map((shown) => partOf.get(shown)));
    assert.ok(parts.size > 1, '发展 is spoken of in several parts');
    await page.check('#search-filters input[value="review"]');
    const review = truth!.all.filter((found) => partOf.get(found) === 'review');
    assert.deepEqual(
      await shownUrls(page),
      all.filter((shown) => partOf.get(shown) === 'review'),
    );
    assert.deepEqual((await shownUrls(page)).sort(), review.sort());
    assert.equal(new URL(page.url()).searchParams.get('part'), 'review');
    assert.equal(
      await page.textContent('#search-filters label:has(input[value="review"]) .search-filter-count'),
      String(review.length),
    );
    assert.match(
      (await page.textContent('#search-status')) ?? '',
      new RegExp(`显示“工作回顾”中的 ${review.length} 段`),
    );
    await page.reload();
    await resultsFor(page, '发展');
    assert.deepEqual((await shownUrls(page)).sort(), review.sort(), 'the filter survives a reload');
    await page.check('#search-filters input[value=""]');
    assert.deepEqual(await shownUrls(page), all);
    await page.context().close();
  });

  it('says when nothing is found, and suggests the words the report does speak of', async () => {
    const query = '城市管理体制';
    const page = await open(`/search/?q=${encodeURIComponent(query)}`);
    await resultsFor(page, query);
    assert.equal(await page.textContent('.search-empty-title'), `没有找到“${query}”的内容`);
    assert.equal(await page.locator('#search-results li').count(), 0);
    await page.waitForSelector('#search-suggestions a');
    const suggestions = await page.$$eval('#search-suggestions a', (links) =>
      links.map((link) => ({ query: (link as HTMLElement).dataset['query']!, text: link.textContent! })),
    );
    const truths = await groundTruth(
      page,
      report,
      suggestions.map((suggestion) => suggestion.query),
    );
    assert.ok(suggestions.length > 0);
    suggestions.forEach((suggestion, index) => {
      assert.ok(query.includes(suggestion.query), `${suggestion.query} is a word of the query`);
      assert.equal(suggestion.text, suggestion.query);
      assert.ok(truths[index]!.all.length > 0, `the report speaks of ${suggestion.query}`);
    });
    await page.click('#search-suggestions a');
    await resultsFor(page, suggestions[0]!.query);
    assert.deepEqual((await shownUrls(page)).sort(), truths[0]!.all.sort());
    assert.ok(await page.isHidden('#search-empty'));
    await page.context().close();
  });

  it('moves through the results with the arrow keys', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('发展')}`);
    await resultsFor(page, '发展');
    const focused = () =>
      page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('href'));
    const hrefs = await page.$$eval('.search-hit a', (links) => links.map((link) => link.getAttribute('href')));
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), hrefs[0]);
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), hrefs[1]);
    await page.keyboard.press('End');
    assert.equal(await focused(), hrefs.at(-1));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(), 'search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((target) => target.hash === `#${hrefs[0]!.split('#')[1]}`);
    await page.context().close();
  });

  it('waits for an input method to finish composing, leaving it the arrow keys', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('发展')}`);
    await resultsFor(page, '发展');
    // The events of clearing the box and starting to type pinyin, in one go: no race with the
    // page's wait for typing to pause.
    await page.evaluate(() => {
      const list = document.querySelector<HTMLElement>('#search-results')!;
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      new MutationObserver(() => seen.push(list.dataset['query'] ?? '')).observe(list, {
        attributeFilter: ['data-query'],
      });
      const input = document.querySelector<HTMLInputElement>('#search-q')!;
      input.value = '';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
      input.value = 'laojiu';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    });
    // Showing that nothing happens takes time: longer than the page waits for typing to pause.
    await page.waitForTimeout(400);
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-q')!;
      input.value = '老旧小区';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
      input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '老旧小区' }));
    });
    await resultsFor(page, '老旧小区');
    assert.deepEqual(await page.evaluate(() => (window as unknown as { seen: string[] }).seen), ['老旧小区']);

    // A real composition, through Chromium's input method API: the arrow keys are the candidates'.
    await page.focus('#search-q');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'fazhan', selectionStart: 6, selectionEnd: 6 });
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-q', 'ArrowDown picks a candidate');
    await page.context().close();
  });

  it('lays out the results below the first screen as they come near it, every one in the page from the start', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('发展')}`, PHONE);
    await resultsFor(page, '发展');
    const count = await page.locator('.search-hit').count();
    assert.ok(count > 20, `a broad query (${count} results)`);
    const last = `.search-hit:nth-child(${count}) a`;
    assert.equal(await isRendered(page, '.search-hit:nth-child(1) a'), true);
    assert.equal(await isRendered(page, last), false, 'the last result waits');
    assert.ok(((await page.textContent(last)) ?? '').includes('发展'), 'its text is there for find and screen readers');
    await page.locator(last).scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (selector) =>
        document.querySelector(selector)!.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions),
      last,
    );
    await page.context().close();
  });

  it('announces the count to screen readers', async () => {
    const page = await open('/search/');
    const status = page.locator('#search-status');
    assert.equal(await status.getAttribute('role'), 'status');
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    await typeQuery(page, '双减');
    const [truth] = await groundTruth(page, report, ['双减']);
    assert.equal(await status.textContent(), `找到 ${truth!.paragraphs} 段`);
    await page.context().close();
  });
});

describe('where the search runs', () => {
  const query = '老旧小区';

  /** Opens a shared link to `query` and returns its results, with `prepare` run on the context first. */
  async function sharedLink(
    prepare: (context: BrowserContext) => Promise<unknown>,
  ): Promise<{ page: Page; shown: string[] }> {
    const context = await site.browser.newContext(PHONE);
    await prepare(context);
    const page = await context.newPage();
    await page.goto(url(`/search/?q=${encodeURIComponent(query)}`));
    await resultsFor(page, query);
    return { page, shown: await shownUrls(page) };
  }

  async function truthOf(page: Page): Promise<string[]> {
    const [truth] = await groundTruth(page, report, [query]);
    return truth!.all;
  }

  it('in a worker of its own: the page itself sets up no word segmenter and no wasm', async () => {
    const requested: string[] = [];
    const { page, shown } = await sharedLink(async (context) => {
      context.on('request', (request) => requested.push(request.url().replace(/^https?:\/\/[^/]+/, '')));
      // Counts, on the page only (init scripts do not run in workers), the two costliest steps.
      context.addInitScript(() => {
        const counts = { segmenters: 0, wasm: 0 };
        (window as unknown as { searchCosts: typeof counts }).searchCosts = counts;
        const Segmenter = Intl.Segmenter;
        (Intl as { Segmenter: typeof Segmenter }).Segmenter = class extends Segmenter {
          constructor(...args: ConstructorParameters<typeof Segmenter>) {
            super(...args);
            if (args[1]?.granularity === 'word') counts.segmenters++;
          }
        };
        const instantiate = WebAssembly.instantiate.bind(WebAssembly);
        WebAssembly.instantiate = ((...args: Parameters<typeof instantiate>) => {
          counts.wasm++;
          return instantiate(...args);
        }) as typeof WebAssembly.instantiate;
      });
    });
    assert.deepEqual(await page.evaluate(() => (window as unknown as { searchCosts: object }).searchCosts), {
      segmenters: 0,
      wasm: 0,
    });
    const workers = page.workers().map((worker) => new URL(worker.url()).pathname);
    assert.equal(workers.length, 1, 'one worker, the one the page started');
    assert.match(workers[0]!, /^\/_astro\/search-worker-[\w-]+\.js$/);
    // The worker fetches the index ahead of Pagefind (pagefind-prefetch.ts) and Pagefind gets
    // those responses: each file once.
    await page.waitForLoadState('networkidle');
    const index = requested.filter((path) => path.includes('/pagefind/'));
    assert.deepEqual(index, [...new Set(index)], 'no file of the index fetched twice');
    assert.equal(index.filter((path) => /pagefind-entry\.json\?ts=\d+$/.test(path)).length, 1);
    assert.equal(index.filter((path) => /\.pf_meta$/.test(path)).length, 1);
    assert.ok(shown.length > 0);
    assert.deepEqual(shown.sort(), (await truthOf(page)).sort());
    await page.context().close();
  });

  it('on the page, with the same results, where the browser cannot start a worker', async () => {
    const { page, shown } = await sharedLink((context) =>
      context.addInitScript(() => {
        (window as { Worker?: unknown }).Worker = undefined;
      }),
    );
    assert.deepEqual(page.workers(), []);
    assert.ok(shown.length > 0);
    assert.deepEqual(shown.sort(), (await truthOf(page)).sort());
    await page.context().close();
  });

  for (const when of ['at once', 'after the search was sent to it']) {
    it(`on the page, with the same results, when the worker’s script fails to load ${when}`, async () => {
      let refused = 0;
      const { page, shown } = await sharedLink((context) =>
        context.route('**/search-worker-*.js', async (route) => {
          // Held until the page's search code has taken the worker over and sent it the query.
          if (when !== 'at once') {
            await context.pages()[0]!.waitForFunction(() => !('earlySearchWorker' in globalThis));
          }
          refused++;
          await route.abort();
        }),
      );
      assert.equal(refused, 1);
      assert.ok(shown.length > 0);
      assert.deepEqual(shown.sort(), (await truthOf(page)).sort());
      await page.context().close();
    });
  }
});

describe('accessibility', () => {
  const axe = join(root, 'node_modules/axe-core/axe.min.js');
  for (const [state, query] of [
    ['results and filters', '发展'],
    ['the empty state', '城市管理体制'],
  ] as const) {
    it(`has no axe violations in ${state}`, async () => {
      const page = await open(`/search/?q=${encodeURIComponent(query)}`);
      await resultsFor(page, query);
      await page.addScriptTag({ path: axe });
      const violations = await page.evaluate(async () => {
        const results = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        });
        return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target)}`);
      });
      assert.deepEqual(violations, []);
      await page.context().close();
    });
  }
});

describe('arriving at a paragraph from a result', () => {
  for (const [query, name, options] of [
    ['科汇股份', 'phone', PHONE],
    ['科技创新平台', 'desktop', DESKTOP],
    ['雙減 課後服務', 'phone, dark', { ...PHONE, colorScheme: 'dark' }],
  ] as const) {
    it(`marks the searched words in that paragraph and shows it (“${query}”, ${name})`, async () => {
      const page = await open(`/search/?q=${encodeURIComponent(query)}`, options);
      await resultsFor(page, query);
      const href = (await page.getAttribute('.search-hit a >> nth=-1', 'href'))!;
      const terms = new URL(href, site.server.origin).searchParams.get('hl')!.split(' ');
      await page.click('.search-hit a >> nth=-1');
      const id = href.split('#')[1]!;
      await page.waitForURL((target) => target.hash === `#${id}`);
      await page.waitForLoadState('load');
      assert.ok(await isInView(page, `#${id}`), `#${id} is in view, uncovered`);
      const marks = await page.$$eval('mark.search-mark', (elements) =>
        elements.map((mark) => ({ text: mark.textContent!, inTarget: mark.closest('[id]')?.id })),
      );
      assert.ok(marks.length >= terms.length, `marks: ${JSON.stringify(marks)}`);
      assert.ok(
        marks.every((mark) => mark.inTarget === id),
        'marks only in the paragraph',
      );
      assert.deepEqual(new Set(marks.map((mark) => mark.text)), new Set(terms), 'every word marked');
      const text = (await page.textContent(`#${id}`))!;
      assert.ok(
        terms.every((term) => text.includes(term)),
        `the words as they stand in the text: ${terms.join(' ')}`,
      );
      await page.context().close();
    });
  }
});

describe('the header search box', () => {
  it('is focused by / and by Ctrl+K or ⌘K from anywhere, and / can still be typed', async () => {
    const page = await open('/tasks/');
    const active = () => page.evaluate(() => document.activeElement?.id);
    await page.keyboard.press('/');
    assert.equal(await active(), 'site-search-q');
    await page.keyboard.type('2/3');
    assert.equal(await page.inputValue('#site-search-q'), '2/3', '/ in the box is a character');
    for (const shortcut of ['Control+k', 'Meta+k']) {
      await page.click('#p40');
      assert.notEqual(await active(), 'site-search-q');
      await page.keyboard.press(shortcut);
      assert.equal(await active(), 'site-search-q', shortcut);
    }
    await page.goto(url('/search/'));
    await page.keyboard.press('/');
    assert.equal(await active(), 'search-q', 'the search page’s own box');
    await page.context().close();
  });

  it('loads no search code or index until the reader searches', async () => {
    const context = await site.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(url('/tasks/'));
    await page.waitForLoadState('networkidle');
    await page.focus('#site-search-q');
    assert.deepEqual(
      requested.filter((path) => path.includes('/pagefind/') || path.endsWith('.js')),
      [],
      'reading a page costs nothing',
    );
    await page.goto(url('/search/'));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(
      requested.filter((path) => path.includes('/pagefind/') || path.includes('search-page.')),
      [],
      'no search code or index before the reader starts',
    );
    const loading = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
    await page.focus('#search-q');
    await loading;
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('submits the header form to the search page, which explains that search needs JavaScript', async () => {
    const page = await open('/tasks/', { ...PHONE, javaScriptEnabled: false });
    await page.fill('.site-search input[name="q"]', '双减');
    await page.press('.site-search input[name="q"]', 'Enter');
    await page.waitForURL(`**/search/?q=${encodeURIComponent('双减')}`);
    assert.ok(await page.isVisible('.search-nojs'));
    assert.match((await page.textContent('.search-nojs')) ?? '', /搜索需要 JavaScript/);
    await page.click('.search-nojs a');
    await page.waitForURL(url('/'));
    await page.context().close();
  });
});
