// Another report of the genre, built as a whole site: two numbered parts and two appendices, one of
// them a table. Read as a reader would: the navigation reaches every part and appendix, every block
// is where report.json says, the table reads on a 320 px phone, search finds table cells and
// appendix paragraphs, a row's link is copied, and axe finds nothing on the table's page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { SITE_URL } from '../src/config/site.ts';
import type { Block, ParagraphBlock, RowBlock } from '../src/schemas/block.ts';
import type { Section } from '../src/schemas/section.ts';
import { root, DESKTOP, isInView, PHONE, useSeparateBuild } from './browser.ts';
import { groundTruth } from './match-rule-in-browser.ts';

const fixture = join(root, 'test/fixtures/genre/two-parts-appendices/report.txt');

// One browser context per device for the whole file: a context costs as much as a page load here.
// Closed by a hook registered before the build's, which closes the browser.
const contexts = new Map<BrowserContextOptions, Promise<BrowserContext>>();
after(async () => {
  for (const context of contexts.values()) await (await context).close();
});
const built = useSeparateBuild('genre', { REPORT_SOURCE: fixture });

/** The device's page, the clipboard readable and writable as after a reader allowed it. */
async function pageOn(options: BrowserContextOptions): Promise<Page> {
  if (!contexts.has(options)) {
    contexts.set(
      options,
      built.browser.newContext(options).then(async (context) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: built.server.origin });
        await context.newPage();
        return context;
      }),
    );
  }
  const [page] = (await contexts.get(options)!).pages();
  return page!;
}

/** Loads a site path, or a `url` of report.json, afresh in the device's page. */
async function open(path: string, options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const page = await pageOn(options);
  const target = new URL(built.url(path));
  const current = new URL(page.url());
  // Only the hash would change: a load, not a scroll within the page.
  if (target.origin === current.origin && target.pathname === current.pathname) await page.goto('about:blank');
  await page.goto(target.href);
  return page;
}

/** The fixture's non-blank lines, as the report's blocks must hold them. */
const lines = readFileSync(fixture, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '');
const NUMERAL = '[一二三四五六七八九十]+';
const firstAppendix = lines.findIndex((line) => new RegExp(`^附件${NUMERAL}$`).test(line));
/** The fixture's part headings (一、工作回顾): numbered lines without a full stop, before the appendices. */
const partHeadings = lines.slice(0, firstAppendix).filter((line) => new RegExp(`^${NUMERAL}、[^。]*$`).test(line));
/** Each appendix's marker line (附件一) and the title on the line after it. */
const appendices = lines.flatMap((line, at) =>
  new RegExp(`^附件${NUMERAL}$`).test(line) ? [{ marker: line, title: lines[at + 1]! }] : [],
);
/** The table's lines, cut into cells. */
const tableLines = lines.filter((line) => line.includes('\t')).map((line) => line.split('\t'));

/** Read after the build: the hooks of useSeparateBuild run before any test. */
const sections = (): Section[] => built.report.sections;
const blocks = (): Block[] => sections().flatMap((section) => section.blocks);
const rows = (): RowBlock[] => blocks().filter((block): block is RowBlock => block.kind === 'row');
/** The appendix holding the table. */
const tableSection = (): Section => sections().find((section) => section.blocks.some((block) => block.kind === 'row'))!;

/** A phone as narrow as they come. */
const NARROW: BrowserContextOptions = { ...PHONE, viewport: { width: 320, height: 568 } };

describe('report.json', () => {
  it('holds the fixture line by line: opening, both parts, both appendices, and the table as rows', () => {
    assert.deepEqual([partHeadings.length, appendices.length], [2, 2], 'the fixture has two parts and two appendices');
    assert.deepEqual(
      blocks().map((block) => block.text),
      lines,
    );
    assert.deepEqual(
      sections().map((section) => section.kind),
      ['opening', ...partHeadings.map(() => 'part'), ...appendices.map(() => 'appendix')],
    );
    assert.deepEqual(
      sections()
        .slice(1)
        .map((section) => section.title),
      [...partHeadings, ...appendices.map((appendix) => appendix.marker)],
    );
    assert.ok(tableLines.length >= 3, 'the fixture has a table with a header and body rows');
    assert.deepEqual(
      rows().map((row) => row.cells),
      tableLines,
    );
    assert.deepEqual(
      rows().map((row) => row.head === true),
      tableLines.map((_, at) => at === 0),
      'the first row is the header',
    );
    assert.ok(
      rows().every((row) => row.url.startsWith(tableSection().url)),
      'the rows are on the appendix page',
    );
  });
});

describe('navigation', () => {
  it('lists 开篇, both parts and both appendices in the parts nav, in order, each leading to its page', async () => {
    // From /full/, whose parts nav marks none of them.
    const page = await open('/full/');
    /** What the page shows: its heading, the parts nav and the entries it marks as the current page. */
    const shown = () =>
      page.evaluate(() => ({
        h1: document.querySelector('main h1')?.textContent,
        current: [...document.querySelectorAll('.part-nav [aria-current]')].map((link) => [
          link.getAttribute('href'),
          link.getAttribute('aria-current'),
        ]),
        entries: [...document.querySelectorAll('.part-nav ol a')].map((link) => ({
          href: link.getAttribute('href'),
          text: link.textContent!.replace(/\s+/g, ''),
        })),
      }));
    const { entries, current } = await shown();
    assert.ok(!current.some(([href]) => sections().some((section) => section.url === href)), 'none is current');
    assert.deepEqual(
      entries.map((entry) => entry.href),
      sections().map((section) => section.url),
    );
    assert.equal(entries[0]!.text, '开篇');
    partHeadings.forEach((heading, at) => {
      const words = heading.replace(new RegExp(`^${NUMERAL}、`), '');
      assert.ok(entries[1 + at]!.text.endsWith(words), `${entries[1 + at]!.text} names ${heading}`);
    });
    appendices.forEach((appendix, at) => {
      const text = entries[1 + partHeadings.length + at]!.text;
      assert.equal(text, `${appendix.marker}${appendix.title}`.replace(/\s+/g, ''));
    });
    for (const section of sections()) {
      await page.click(`.part-nav a[href="${section.url}"]`);
      await page.waitForURL((url) => url.pathname === section.url);
      assert.deepEqual(
        await shown(),
        {
          h1: section.kind === 'opening' ? built.report.title : section.title,
          current: [[section.url, 'page']],
          entries,
        },
        `${section.url}: its heading, the same parts nav, itself marked`,
      );
    }
  });

  it('shows every block of every section once, in order, on /full/, each inside its own page', async () => {
    const page = await open('/full/');
    const ids = new Set(blocks().map((block) => block.id));
    const shown = await page.$$eval(
      '.full-text [id]',
      (elements, ids) =>
        elements
          .filter((element) => ids.includes(element.id))
          .map((element) => ({ id: element.id, page: element.closest<HTMLElement>('[data-page]')?.dataset['page'] })),
      [...ids],
    );
    assert.deepEqual(
      shown,
      sections().flatMap((section) => section.blocks.map((block) => ({ id: block.id, page: section.url }))),
    );
  });

  it('opens the home page with the cover lines before the address, and an outline of every part and appendix', async () => {
    const page = await open('/');
    const opening = sections()[0]!;
    const cover = opening.blocks.filter((block) => block.kind === 'header');
    assert.deepEqual(
      cover.map((block) => block.role),
      ['title', 'dateline', 'speaker'],
    );
    assert.deepEqual(
      cover.map((block) => block.text),
      lines.slice(0, cover.length),
    );
    const address = opening.blocks.find((block) => block.kind === 'paragraph')!;
    const shown = await page.$$eval(
      '.cover-line',
      (items, addressId) =>
        items.map((item) => ({
          id: item.id,
          text: item.textContent,
          visible: item.checkVisibility(),
          beforeAddress: !!(
            item.compareDocumentPosition(document.getElementById(addressId)!) & Node.DOCUMENT_POSITION_FOLLOWING
          ),
        })),
      address.id,
    );
    assert.deepEqual(
      shown,
      cover.map((line) => ({ id: line.id, text: line.text, visible: true, beforeAddress: true })),
      `the cover lines, shown before the address (${address.id})`,
    );
    const parts = await page.$$eval('.outline .outline-part', (links) =>
      links.map((link) => ({ href: link.getAttribute('href'), text: link.textContent })),
    );
    const rest = sections().slice(1);
    assert.deepEqual(
      parts.map((part) => part.href),
      rest.map((section) => section.url),
    );
    parts.forEach((part, at) => assert.ok(part.text?.startsWith(rest[at]!.title), `${part.text}`));
    // An appendix is listed with its title (附件一 and the line after it), which is not repeated below it.
    const titles = new Set(
      rest.filter((section) => section.kind === 'appendix').map((section) => section.outline[1]?.id),
    );
    rest
      .filter((section) => section.kind === 'appendix' && section.outline[1])
      .forEach((section) => {
        const at = rest.indexOf(section);
        assert.ok(parts[at]!.text?.includes(section.outline[1]!.text), `${parts[at]!.text} names its title`);
      });
    const subs = await page.$$eval('.outline .outline-sub', (links) => links.map((link) => link.getAttribute('href')));
    assert.deepEqual(
      subs,
      rest.flatMap((section) =>
        section.outline
          .filter((entry) => entry.level === 2 && !(section.kind === 'appendix' && titles.has(entry.id)))
          .map((entry) => `${section.url}#${entry.id}`),
      ),
      'and their sub-parts, own-line and run-in',
    );
  });

  it('lists every part and appendix on the 404 page', async () => {
    const response = await fetch(built.url('/no-such-page/'));
    assert.equal(response.status, 404);
    const page = await open('/no-such-page/');
    const links = await page.$$eval('main a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    assert.deepEqual(
      links,
      sections().map((section) => section.url),
    );
    for (const section of sections().slice(1)) {
      assert.ok(
        ((await page.textContent(`main a[href="${section.url}"]`)) ?? '').startsWith(section.title),
        section.title,
      );
    }
  });

  it('walks the report with next: each block url’s page shows the element of that id with exactly its text, the page’s contents, and previous leading back', async () => {
    const page = await open(sections()[0]!.url);
    for (const [at, section] of sections().entries()) {
      if (at > 0) {
        await page.click('.prev-next a[rel="next"]');
        await page.waitForURL((url) => url.pathname === section.url);
      }
      const byPage = Map.groupBy(section.blocks, (block) => block.url.split('#')[0]!);
      assert.deepEqual([...byPage.keys()], [section.url], `${section.slug}’s blocks are on its page`);
      const shown = await page.evaluate(() => ({
        elements: Object.fromEntries(
          [...document.querySelectorAll('[id]')].map((element) => {
            const copy = element.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('.rnum, .pnum, [data-pagefind-ignore]').forEach((node) => node.remove());
            const cells = [...copy.children]
              .filter((cell) => !(cell.matches('.rnum-cell') && cell.textContent === ''))
              .map((cell) => cell.textContent);
            return [element.id, { tag: element.tagName, text: copy.textContent, cells }];
          }),
        ),
        toc: [...document.querySelectorAll('.toc li')].map((item) => ({
          level: Number(/toc-l(\d)/.exec(item.className)?.[1]),
          href: item.querySelector('a')?.getAttribute('href'),
          text: item.textContent,
        })),
        prevNext: [...document.querySelectorAll<HTMLAnchorElement>('.prev-next a')].map((link) => [
          link.rel,
          link.getAttribute('href'),
        ]),
      }));
      for (const block of section.blocks) {
        const element = shown.elements[block.id];
        assert.ok(element, `${block.url}: #${block.id} exists (line ${block.line})`);
        if (block.kind === 'row') {
          assert.equal(element.tag, 'TR', block.url);
          assert.deepEqual(element.cells, block.cells, `${block.url}: the cells of line ${block.line}`);
        } else {
          assert.equal(element.text, block.text, `${block.url}: the text of line ${block.line}`);
        }
      }
      assert.deepEqual(
        shown.toc,
        section.outline.map((entry) => ({ level: entry.level, href: `#${entry.id}`, text: entry.text })),
        `${section.url}: the page’s contents`,
      );
      const [previous, next] = [sections()[at - 1], sections()[at + 1]];
      assert.deepEqual(
        shown.prevNext,
        [...(previous ? [['prev', previous.url]] : []), ...(next ? [['next', next.url]] : [])],
        `${section.url}: previous and next`,
      );
    }
  });
});

describe('deep links', () => {
  // A phone turned sideways, whose screen the appendix's last paragraph is below; and a desktop.
  for (const [name, options, screen] of [
    ['phone', NARROW, { width: 568, height: 320 }],
    ['desktop', DESKTOP, DESKTOP.viewport!],
  ] as const) {
    it(`lands on a paragraph of an appendix in view, uncovered (${name})`, async () => {
      const appendix = sections().findLast((section) => section.kind === 'appendix')!;
      const target = appendix.blocks.findLast((block) => block.kind === 'paragraph')!;
      assert.match(target.url, new RegExp(`^${appendix.url}#p\\d+$`));
      const page = await pageOn(options);
      await page.setViewportSize(screen);
      try {
        await open(target.url, options);
        await page.waitForLoadState('load');
        assert.ok(await isInView(page, `#${target.id}`), `${target.url} is in view, uncovered`);
        const { below, target: targeted } = await page.$eval(`#${target.id}`, (element) => ({
          below: element.getBoundingClientRect().top + scrollY > innerHeight,
          target: element.matches(':target'),
        }));
        assert.ok(targeted, `#${target.id} is the :target`);
        if (name === 'phone') assert.ok(below, 'the paragraph is below the first screen: the link scrolled to it');
      } finally {
        await page.setViewportSize(options.viewport!);
      }
    });
  }
});

describe('the table', () => {
  it('reads on a 320 px phone: no sideways scrolling, each cell with its column label, the header row shown', async () => {
    const page = await open(tableSection().url, NARROW);
    const [head, ...body] = rows();
    const shown = await page.evaluate(
      ({ headId, bodyIds }) => {
        const cellsOf = (id: string) =>
          [...document.getElementById(id)!.children].filter((cell) => !cell.matches('.rnum-cell'));
        const header = document.getElementById(headId)!;
        return {
          width: document.documentElement.scrollWidth,
          head: { visible: header.checkVisibility(), cells: cellsOf(headId).map((cell) => cell.textContent) },
          body: bodyIds.map((id) => {
            const box = document.getElementById(id)!.getBoundingClientRect();
            return {
              id,
              fits: box.left >= 0 && box.right <= innerWidth,
              cells: cellsOf(id).map((cell) => ({
                text: cell.textContent,
                label: getComputedStyle(cell, '::before').content,
                shown: getComputedStyle(cell, '::before').display !== 'none',
              })),
            };
          }),
        };
      },
      { headId: head!.id, bodyIds: body.map((row) => row.id) },
    );
    assert.ok(shown.width <= 320, `the page is ${shown.width} px wide`);
    assert.deepEqual(shown.head, { visible: true, cells: head!.cells }, 'the header row is shown');
    for (const [at, row] of body.entries()) {
      const { fits, cells } = shown.body[at]!;
      assert.ok(fits, `${row.id} fits the screen`);
      assert.deepEqual(
        cells.map((cell) => cell.text),
        row.cells,
      );
      cells.forEach((cell, column) => {
        const label = head!.cells[column]!;
        assert.ok(
          cell.shown && cell.label.includes(label),
          `${row.id}, column ${column + 1}: ${cell.label} names ${label}`,
        );
      });
    }
  });

  it('is a real table on a desktop, with column headers', async () => {
    const page = await open(tableSection().url, DESKTOP);
    assert.equal(await page.$eval('table.report-table', (table) => getComputedStyle(table).display), 'table');
    const [head, ...body] = rows();
    assert.deepEqual(
      await page.$$eval('table.report-table thead th:not(.rnum-cell)', (cells) =>
        cells.map((cell) => [cell.textContent, cell.getAttribute('scope')]),
      ),
      head!.cells.map((cell) => [cell, 'col']),
    );
    assert.equal(await page.locator('table.report-table tbody tr').count(), body.length);
    const before = await page.$eval(`#${body[0]!.id} td:not(.rnum-cell)`, (cell) => [
      getComputedStyle(cell).display,
      getComputedStyle(cell, '::before').content,
    ]);
    assert.deepEqual(before, ['table-cell', 'none'], 'no card labels on a desktop');
  });
});

describe('search', () => {
  /** Waits until the search page shows the results of `query`; returns the results' links and labels. */
  async function search(query: string) {
    const page = await open(`/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(
      (wanted) => document.querySelector<HTMLElement>('#search-results')?.dataset['query'] === wanted,
      query,
    );
    const hits = await page.$$eval('#search-results .search-hit a', (links) =>
      links.map((link) => ({
        url: link.getAttribute('href')!.replace(/\?[^#]*/, ''),
        number: link.querySelector('.search-hit-number')?.textContent,
        where: link.querySelector('.search-hit-where')?.textContent,
      })),
    );
    const [truth] = await groundTruth(page, built.report, [query]);
    return { page, hits, truth: truth! };
  }

  /** The blocks whose text holds `word`, as the fixture has it. */
  const holding = (word: string) => blocks().filter((block) => block.text.includes(word));

  it('finds a word that is only in a table cell, linking to its row', async () => {
    const word = '住建局';
    const [row, ...others] = holding(word);
    assert.equal(others.length, 0, `${word} is in one block only`);
    assert.equal(row!.kind, 'row', `${word} is in a table cell`);
    const { page, hits, truth } = await search(word);
    assert.deepEqual(truth.all, [row!.url]);
    assert.deepEqual(
      hits.map((hit) => [hit.url, hit.number]),
      [[row!.url, `表格第${(row as RowBlock).number}行`]],
    );
    assert.ok(hits[0]!.where?.startsWith(tableSection().title), `the result names ${tableSection().title}`);
    assert.match(row!.url, /#r\d+$/);
    await page.click('#search-results .search-hit a');
    await page.waitForURL((url) => url.pathname === tableSection().url && url.hash === `#${row!.id}`);
    await page.waitForLoadState('load');
    assert.ok(await isInView(page, `#${row!.id}`), 'the row is in view');
  });

  it('finds a word that is only in an appendix paragraph', async () => {
    const word = '老旧小区';
    const [paragraph, ...others] = holding(word);
    assert.equal(others.length, 0, `${word} is in one block only`);
    const appendix = sections().find((section) => section.blocks.includes(paragraph!))!;
    assert.deepEqual([paragraph!.kind, appendix.kind], ['paragraph', 'appendix']);
    const { hits, truth } = await search(word);
    assert.deepEqual(truth.all, [paragraph!.url]);
    assert.deepEqual(
      hits.map((hit) => [hit.url, hit.number]),
      [[paragraph!.url, `第${(paragraph as ParagraphBlock).number}段`]],
    );
    assert.ok(hits[0]!.where?.startsWith(appendix.title), `the result names ${appendix.title}: ${hits[0]!.where}`);
  });

  it('offers one part filter per section, opening, parts and appendices, each narrowing to its section', async () => {
    // A character every section speaks of, so that every section's filter is offered.
    const word = '年';
    for (const section of sections()) {
      assert.ok(
        section.blocks.some((block) => block.text.includes(word)),
        `${section.slug} speaks of ${word}`,
      );
    }
    const { page, hits, truth } = await search(word);
    assert.deepEqual(hits.map((hit) => hit.url).sort(), [...truth.all].sort());
    assert.ok(await page.isVisible('#search-filters'));
    const options = await page.$$eval('#search-filters input[name="part"]', (radios) =>
      radios.map((radio) => ({
        value: radio.getAttribute('value'),
        visible: (radio as HTMLElement).checkVisibility(),
        label: radio.closest('label')!.textContent,
      })),
    );
    assert.deepEqual(
      options.map((option) => [option.value, option.visible]),
      [['', true], ...sections().map((section) => [section.slug, true])],
    );
    appendices.forEach((appendix) => {
      assert.ok(
        options.some((option) => option.label?.startsWith(appendix.marker)),
        `an option names ${appendix.marker}`,
      );
    });
    for (const section of sections()) {
      await page.check(`#search-filters input[value="${section.slug}"]`);
      const shown = await page.$$eval('#search-results .search-hit a', (links) =>
        links.map((link) => link.getAttribute('href')!.replace(/\?[^#]*/, '')),
      );
      const expected = truth.all.filter((url) => url.startsWith(`${section.url}#`));
      assert.ok(expected.length > 0);
      assert.deepEqual(shown.sort(), expected.sort(), `${section.slug}: only its blocks`);
      assert.equal(
        await page.textContent(`#search-filters label:has(input[value="${section.slug}"]) .search-filter-count`),
        String(expected.length),
      );
    }
  });
});

describe('copying a row’s link', () => {
  it('opens the copy menu at the row number, and copies the row’s link and a citation naming 表格第N行', async () => {
    const row = rows().at(-1)!;
    const page = await open(tableSection().url);
    const link = `${SITE_URL.replace(/\/$/, '')}${row.url}`;
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    for (const [entry, expected, said] of [
      ['复制链接', link, '已复制链接'],
      ['复制引用', `《${built.report.title}》表格第${row.number}行 ${link}`, '已复制引用'],
    ] as const) {
      await page.click(`#${row.id} a.rnum`);
      const menu = page.locator('.share-menu:popover-open');
      await menu.waitFor();
      assert.equal(await menu.getAttribute('aria-label'), `表格第${row.number}行`);
      await menu.getByRole('button', { name: entry }).click();
      await page.getByRole('status').filter({ hasText: said }).waitFor();
      assert.equal(await clipboard(), expected, entry);
      assert.equal(new URL(page.url()).hash, `#${row.id}`, 'the number still goes to its row');
    }
  });
});

describe('accessibility of the table’s page', () => {
  const axePath = join(root, 'node_modules/axe-core/axe.min.js');
  for (const [device, options] of [
    ['phone', NARROW],
    ['desktop', DESKTOP],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe violations, ${colorScheme} theme, ${device}`, async () => {
        const page = await pageOn(options);
        await page.emulateMedia({ colorScheme });
        await open(tableSection().url, options);
        if (device === 'phone') await page.click('.menu > summary');
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          const { axe } = window as unknown as {
            axe: { run(): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
          };
          return (await axe.run()).violations.map(
            (v) => `${v.id}: ${v.help} at ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        });
        await page.emulateMedia({ colorScheme: 'light' });
        assert.deepEqual(violations, []);
      });
    }
  }
});
