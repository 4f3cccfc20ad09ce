// A collection of reports (test/fixtures/collection, built into dist.collection/ by the test run's
// `collection` stage): the home page, a place page, the links from year to year and from level to
// level, and every report's pages under /<place>/<year>/, with JavaScript off as with it on.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PHONE, root, useSite } from './browser.ts';

const site = useSite({ dist: join(root, 'dist.collection') });

/** The hrefs of the links a selector finds, in order. */
const hrefs = (page: Page, selector: string) =>
  page.$$eval(selector, (links) => links.map((link) => link.getAttribute('href')));

describe('the home page', () => {
  it('shows the levels with their counts, and each level’s places × years as links to the reports', async () => {
    const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/'));
    assert.equal(await page.textContent('h1'), '测试报告库');
    assert.match((await page.textContent('.lead'))!, /收录 6 个地方的 9 份政府工作报告（2022–2023年）/);
    const levels = await page.$$eval('.collection-level h2 a', (links) => links.map((link) => link.textContent));
    assert.deepEqual(levels, ['国家', '省级', '市级', '区县']);
    assert.match((await page.textContent('#level-city'))!, /3 个地方 · 4 份报告/);
    // The city grid: a row a place, a link a report in its year's column.
    const zibo = page.locator('.year-grid tr', { has: page.locator('th a[href="/zibo/"]') });
    assert.deepEqual(
      await zibo.locator('td a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      ['/zibo/2022/', '/zibo/2023/'],
    );
    await zibo.locator('td a').first().click();
    await page.waitForURL('**/zibo/2022/');
    assert.equal(await page.textContent('.report-title h1'), '淄博市政府工作报告（2022年）');
    await context.close();
  });

  it('tells apart places whose names sound the same, by ids that do not depend on each other', async () => {
    const page = await site.open('/');
    assert.deepEqual(await hrefs(page, '.collection-level:has(#level-city) tbody th a'), [
      '/fuzhou-fujian/',
      '/fuzhou-jiangxi/',
      '/zibo/',
    ]);
    await page.goto(site.url('/fuzhou-jiangxi/2023/'));
    assert.equal(await page.textContent('.report-title h1'), '抚州市政府工作报告（2023年）');
    await page.context().close();
  });
});

describe('a place page', () => {
  it('lists the place’s reports by year, their main targets side by side, each linked to its words', async () => {
    const page = await site.open('/zibo/');
    assert.equal(await page.textContent('h1'), '淄博市政府工作报告');
    assert.deepEqual(await hrefs(page, '.place-reports a'), ['/zibo/2022/', '/zibo/2023/']);
    const years = page.locator('.place-targets-year');
    assert.equal(await years.count(), 2);
    assert.deepEqual(
      await years.locator('h3').allTextContents(),
      ['2022年', '2023年'],
      'one column a year, oldest first',
    );
    const target = years.nth(1).locator('dd a').first();
    assert.equal(await target.textContent(), '增长6.0%左右');
    assert.match((await target.getAttribute('href'))!, /^\/zibo\/2023\/tasks\/#p\d+:~:text=/);
    await target.click();
    await page.waitForURL('**/zibo/2023/tasks/**');
    await page.context().close();
  });

  it('links a search of its reports alone, the filter in the URL', async () => {
    const page = await site.open('/zibo/');
    const link = page.getByRole('link', { name: '在淄博市的报告中搜索' });
    assert.equal(await link.getAttribute('href'), '/search/?place=zibo');
    await page.context().close();
  });
});

describe('links between reports', () => {
  it('goes from a part to the same part of the year before and after, with JavaScript off', async () => {
    const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/zibo/2023/review/'));
    const back = page.locator('.family-years a[rel="prev"]');
    assert.match((await back.textContent())!, /2022年\s*·\s*工作回顾/);
    await back.click();
    await page.waitForURL('**/zibo/2022/review/');
    assert.equal(await page.locator('.family-years a[rel="prev"]').count(), 0, '2022 is the first year');
    await page.locator('.family-years a[rel="next"]').click();
    await page.waitForURL('**/zibo/2023/review/');
    // A data page of one year leads to the same data page of the other.
    await page.goto(site.url('/zibo/2023/figures/'));
    assert.equal(await page.getAttribute('.family-years a[rel="prev"]', 'href'), '/zibo/2022/figures/');
    await context.close();
  });

  it('goes from a report to the reports of the levels above for the same year, nearest first', async () => {
    const page = await site.open('/zhangdian/2022/tasks/');
    assert.deepEqual(await hrefs(page, '.family-above a'), [
      '/zibo/2022/tasks/',
      '/shandong/2022/tasks/',
      '/guowuyuan/2022/tasks/',
    ]);
    assert.match((await page.textContent('.family-above'))!, /上级：\s*淄博市 2022年/);
    await page.locator('.family-above a').nth(1).click();
    await page.waitForURL('**/shandong/2022/tasks/');
    // A province without a parent in its meta is under the national level.
    assert.deepEqual(await hrefs(page, '.family-above a'), ['/guowuyuan/2022/tasks/']);
    // And the path back to the place, the level and the collection.
    assert.deepEqual(await hrefs(page, '.family-path a'), ['/', '/level/province/', '/shandong/']);
    await page.context().close();
  });

  it('serves every page of the single site under the report’s own path, its links inside it', async () => {
    const page = await site.open('/zibo/2022/');
    const parts = await hrefs(page, '.part-nav a');
    assert.ok(parts.length >= 4 && parts.every((href) => href!.startsWith('/zibo/2022/')), parts.join(' '));
    for (const path of ['full/', 'figures/', 'terms/', 'data/', 'report.json', 'report.txt', 'targets.csv']) {
      const response = await page.request.get(site.url(`/zibo/2022/${path}`));
      assert.equal(response.status(), 200, path);
    }
    const report = (await (await page.request.get(site.url('/zibo/2022/report.json'))).json()) as {
      sections: { url: string }[];
    };
    assert.ok(report.sections.every((section) => section.url.startsWith('/zibo/2022/')));
    // The share image is the place's, one for all its pages.
    await page.goto(site.url('/zibo/2022/tasks/'));
    assert.match((await page.getAttribute('meta[property="og:image"]', 'content'))!, /\/zibo\/og\.png$/);
    assert.equal((await page.request.get(site.url('/zibo/og.png'))).status(), 200);
    await page.context().close();
  });
});
