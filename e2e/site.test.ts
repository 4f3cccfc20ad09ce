// The built site as a reader meets it: deep links, navigation, the data contract, the index.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Report } from '../src/schemas/report.ts';
import { root, DESKTOP, isInView, PHONE, useSite } from './browser.ts';

const report: Report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8'));
const blocks = report.sections.flatMap((section) => section.blocks);

const site = useSite();

const { open } = site;

describe('report.json', () => {
  it('validates against report.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(root, 'dist/report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: true }).compile(schema);
    assert.ok(validate(report), JSON.stringify(validate.errors));
    assert.ok(!validate({ ...report, sections: [] }), 'the schema must reject a report without sections');
  });

  it('holds the source text: blocks joined equal content/report.txt, white space aside', () => {
    const source = readFileSync(join(root, 'content/report.txt'), 'utf8').replace(/[\s\u3000\ufeff]+/g, '');
    assert.equal(blocks.map((block) => block.text).join(''), source);
  });

  it('every block url opens a page with an element of that id holding that text', async () => {
    const byPage = Map.groupBy(blocks, (block) => block.url.split('#')[0]!);
    for (const [pageUrl, pageBlocks] of byPage) {
      const page = await open(pageUrl);
      const texts = await page.$$eval('[id]', (elements) =>
        Object.fromEntries(
          elements.map((element) => {
            const copy = element.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('.pnum, [data-pagefind-ignore]').forEach((node) => node.remove());
            return [element.id, copy.textContent];
          }),
        ),
      );
      for (const block of pageBlocks) {
        assert.equal(texts[block.id], block.text, `${block.url} should hold the text of line ${block.line}`);
      }
      await page.context().close();
    }
  });
});

describe('reading the site', () => {
  for (const [name, options] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`opens a deep link with that paragraph in view, uncovered (${name})`, async () => {
      const page = await open('/tasks/#p40', options);
      await page.waitForLoadState('load');
      assert.ok(await isInView(page, '#p40'), 'p40 should be at the top of the viewport, not covered');
      assert.match((await page.textContent('#p40')) ?? '', /努力把城市建设得更宜居/);
      await page.context().close();
    });
  }

  it('reaches every part through the navigation, marking the current one', async () => {
    const page = await open('/');
    for (const section of report.sections.slice(1)) {
      await page.click(`.part-nav a[href="${section.url}"]`);
      await page.waitForURL(`**${section.url}`);
      assert.equal(await page.textContent('main h1'), section.title);
      assert.equal(await page.getAttribute(`.part-nav a[href="${section.url}"]`, 'aria-current'), 'page');
      assert.equal(await page.locator('.part-nav [aria-current]').count(), 1);
    }
    await page.context().close();
  });

  it('walks the whole report with the next-part links', async () => {
    const page = await open('/');
    const visited = [];
    for (;;) {
      visited.push(new URL(page.url()).pathname);
      const next = page.locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      const target = new URL((await next.getAttribute('href'))!, page.url()).pathname;
      // Followed from the keyboard: a click aims at where the link was when it was scrolled to,
      // and paragraphs above it, laid out as they come near the screen, may move it meanwhile.
      await Promise.all([page.waitForURL((url) => url.pathname === target), next.press('Enter')]);
    }
    assert.deepEqual(
      visited,
      report.sections.map((section) => section.url),
    );
    await page.context().close();
  });

  it('gives every page lang="zh-CN", a title and a 404 page for unknown paths', async () => {
    for (const path of ['/', ...report.sections.slice(1).map((section) => section.url), '/no-such-page/']) {
      const page = await open(path);
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
      assert.ok((await page.title()).includes(report.title));
      await page.context().close();
    }
    const response = await fetch(site.url('/no-such-page/'));
    assert.equal(response.status, 404);
    assert.match(await response.text(), /找不到/);
  });

  it('shows the paragraph number as a permalink read as 第N段, kept out of copied text', async () => {
    const page = await open('/tasks/');
    const link = page.locator('#p40 a.pnum');
    assert.equal(await link.getAttribute('href'), '#p40');
    assert.equal(await link.getAttribute('aria-label'), '第40段');
    assert.equal(await link.evaluate((element) => getComputedStyle(element).userSelect), 'none');
    await page.context().close();
  });

  it('shows run-in heads bold, inside their paragraph, once', async () => {
    const page = await open('/tasks/');
    assert.equal(await page.textContent('#p29 strong'), '大力发展城市经济。');
    assert.equal((await page.textContent('#p29'))?.split('大力发展城市经济。').length, 2);
    await page.context().close();
  });
});

describe('the search index', () => {
  it('covers the report text and not the navigation', async () => {
    const page = await open('/');
    const search = (term: string) =>
      page.evaluate(
        async ([base, query]) => {
          const pagefind = await import(`${base}pagefind/pagefind.js`);
          const result = await pagefind.search(query);
          return Promise.all(
            result.results.map(async (hit: { data(): Promise<{ url: string; content: string }> }) => hit.data()),
          );
        },
        [site.server.base, term] as const,
      );
    const hits = await search('老旧小区');
    assert.ok(
      hits.some((hit) => hit.content.includes('老旧小区')),
      '老旧小区 is in the report',
    );
    assert.ok((await search('757.5亿元')).length > 0, '757.5亿元 is in the report');
    for (const hit of [...hits, ...(await search('各位代表'))]) {
      for (const chrome of ['本页目录', '上一部分', '下一部分', '跳到正文', '结构化数据', '第1段']) {
        assert.ok(!hit.content.includes(chrome), `${hit.url}: “${chrome}” is navigation, not report text`);
      }
    }
    await page.context().close();
  });
});
