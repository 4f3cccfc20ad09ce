// Targets followed (issue 19) in the fixture collection (test/fixtures/collection, built into
// dist.collection/ by the test run's `collection` stage): an indicator's places × years, a place's
// charts on a small phone without JavaScript, a year's chain from the nation down, a report's
// targets table with last year's outcome and the targets above, and a panel URL landing on its words.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { PanelFile } from '../src/schemas/panel.ts';
import { PHONE, root, useSite, wordsInView } from './browser.ts';

const site = useSite({ dist: join(root, 'dist.collection') });
const SMALL_PHONE = { ...PHONE, viewport: { ...PHONE.viewport!, width: 320 } };

describe('an indicator’s page', () => {
  it('shows places × years, each cell’s target and outcome linked to their words, the status written', async () => {
    const page = await site.open('/', SMALL_PHONE);
    await page.getByRole('link', { name: '目标与结果' }).click();
    await page.waitForURL('**/indicators/');
    await page.getByRole('link', { name: '地区生产总值' }).click();
    await page.waitForURL('**/indicators/gdp/');
    assert.equal(await page.textContent('h1'), '地区生产总值：目标与结果');
    // Newest year first, so that last year's target and outcome are in view on a phone.
    assert.deepEqual(await page.$$eval('thead th a', (links) => links.map((link) => link.textContent)), [
      '2023',
      '2022',
    ]);
    const cell = page.locator('tr[data-place="shandong"] td[data-year="2022"] .followed');
    assert.equal(await cell.locator('.followed-target a').textContent(), '增长5.5%左右');
    assert.match(
      (await cell.locator('.followed-target a').getAttribute('href'))!,
      /^\/shandong\/2022\/[a-z-]+\/#p\d+:~:text=/,
    );
    assert.equal(await cell.locator('.followed-outcome a').textContent(), '比上年增长3.9%');
    assert.match((await cell.locator('.followed-status').textContent())!, /✗\s*未完成/);
    // The cities are on the province's own page, not here: no page lists the whole collection.
    assert.equal(await page.locator('tr[data-place="zibo"]').count(), 0);
    await page.locator('tr[data-place="shandong"] a.followed-more').click();
    await page.waitForURL('**/indicators/gdp/shandong/');
    assert.deepEqual(await page.$$eval('tbody tr', (rows) => rows.map((row) => row.getAttribute('data-place'))), [
      'shandong',
      'zibo',
      'zhangdian',
    ]);
    // An empty cell says why: 张店区 has no 2023 report here.
    assert.equal(await page.textContent('tr[data-place="zhangdian"] td[data-year="2023"]'), '无报告');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
    await page.context().close();
  });
});

describe('a panel URL', () => {
  it('opens the review with the outcome’s words on screen', async () => {
    const panel = (await (await fetch(site.url('/panel.json'))).json()) as PanelFile;
    const row = panel.rows.find((each) => each.id === 'zibo/2022/gdp/growth')!;
    const page = await site.open(row.outcome!.url, PHONE);
    assert.equal(await page.evaluate(() => location.hash.split(':~:')[0]), `#${row.outcome!.paragraph}`);
    const box = await wordsInView(page, row.outcome!.paragraph, row.outcome!.text);
    assert.ok(box && box.top >= 0 && box.top < box.height, `${row.outcome!.text} is in view (${JSON.stringify(box)})`);
    await page.context().close();
  });

  it('is in panel.json at the collection’s root, valid against its schema, with panel.csv beside it', async () => {
    const panel = (await (await fetch(site.url('/panel.json'))).json()) as PanelFile;
    const schema = await (await fetch(site.url('/panel.schema.json'))).json();
    const validate = new Ajv2020({ strict: true }).compile(schema);
    assert.ok(validate(panel), JSON.stringify(validate.errors));
    const csv = await (await fetch(site.url('/panel.csv'))).text();
    assert.equal(csv.split('\r\n').length, panel.rows.length + 2);
  });
});

describe('a place’s charts', () => {
  it('draw each indicator’s targets and outcomes on a 320 px phone without JavaScript, the numbers in a table', async () => {
    const context = await site.browser.newContext({ ...SMALL_PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/zibo/'));
    const chart = page.locator('figure.target-chart', { hasText: '地区生产总值（增长，%）' });
    const box = (await chart.locator('svg').boundingBox())!;
    assert.ok(box.width > 200 && box.x + box.width <= 320, `the chart fits the phone (${JSON.stringify(box)})`);
    assert.equal(await chart.locator('svg rect.chart-band').count(), 2, 'a band a year: 2022 and 2023');
    assert.equal(await chart.locator('svg circle').count(), 1, 'one outcome: 2023’s is in no report yet');
    assert.equal(await chart.locator('svg circle.chart-dot-missed').count(), 1, '5.5% against 7.0%左右');
    assert.deepEqual(
      await chart
        .locator('table tbody tr')
        .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim()))),
      [
        ['2022', '增长7.0%左右（约7%）', '增长5.5%左右', '未完成'],
        ['2023', '增长6.0%左右（约6%）', '未见结果', '不可比'],
      ],
    );
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
    await context.close();
  });
});

describe('a year’s page', () => {
  it('lists the chain of each indicator from the nation down, the levels below indented', async () => {
    const page = await site.open('/years/2022/shandong/', SMALL_PHONE);
    const chain = page.locator('.followed-chain', { has: page.locator('h2', { hasText: '地区生产总值' }) });
    assert.deepEqual(await chain.locator('ol.chain > li .chain-place > a:first-child').allTextContents(), [
      '国务院',
      '山东省',
      '淄博市',
      '张店区',
    ]);
    assert.deepEqual(
      await chain
        .locator('ol.chain > li')
        .evaluateAll((items) => items.map((item) => getComputedStyle(item).paddingLeft)),
      ['0px', '0px', '17px', '34px'],
    );
    await page.goto(site.url('/years/2022/'));
    assert.deepEqual(
      await page
        .locator('.followed-chain', { has: page.locator('h2', { hasText: '地区生产总值' }) })
        .locator('ol.chain > li .chain-place > a:first-child')
        .allTextContents(),
      ['国务院', '山东省'],
    );
    await page.context().close();
  });
});

describe('a report’s targets table', () => {
  it('shows last year’s outcome from this report’s review and this year’s targets of the levels above', async () => {
    const page = await site.open('/zibo/2023/figures/', SMALL_PHONE);
    const gdp = page.locator('table.targets tbody tr[data-indicator="gdp"]');
    assert.match(
      (await gdp.locator('.target-last').textContent())!,
      /上年结果：\s*增长5.5%左右（上年目标\s*增长7.0%左右\s*，未完成）/,
    );
    assert.deepEqual(await gdp.locator('.target-above').allTextContents(), [
      '山东省：增长5.0%左右',
      '国务院：增长5.0%左右',
    ]);
    await page.context().close();
  });
});
