// The numbers and the words: /figures/, /terms/, /data/ as readers and programs meet them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseCsv } from '../src/pipeline/csv.ts';
import { figuresRows, targetsRows } from '../src/pipeline/data-tables.ts';
import type { FiguresFile } from '../src/schemas/figures.ts';
import type { Report } from '../src/schemas/report.ts';
import type { TermsFile } from '../src/schemas/terms.ts';
import { root, PHONE, useSite, wordsInView } from './browser.ts';

const dist = join(root, 'dist');
const read = (name: string) => readFileSync(join(dist, name), 'utf8');
const report: Report = JSON.parse(read('report.json'));
const figures: FiguresFile = JSON.parse(read('figures.json'));
const terms: TermsFile = JSON.parse(read('terms.json'));
const blocks = new Map(report.sections.flatMap((section) => section.blocks).map((block) => [block.id, block]));

const site = useSite();
const NARROW = { ...PHONE, viewport: { width: 320, height: 640 } };

describe('/figures/', () => {
  it('lists our report’s main targets exactly, with their bounds, on /figures/ and on the home page, with JavaScript off', async () => {
    const expected = [
      ['gdp', '地区生产总值', '增长6%以上', '下限6%'],
      ['budget-revenue', '一般公共预算收入', '增长7%以上', '下限7%'],
      ['fixed-investment', '固定资产投资', '增长12%以上', '下限12%'],
      ['retail-sales', '全社会消费品零售总额', '增长7%左右', '约7%'],
      ['income', '城乡居民人均可支配收入', '增长7%以上', '下限7%'],
      ['', '全面完成上级下达的节能减排约束性指标', '（无数值目标）', '定性'],
    ];
    const context = await site.browser.newContext({ ...NARROW, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['/figures/', '/']) {
      await page.goto(site.url(path));
      const rows = await page.$$eval('table.targets >> nth=0', (tables) =>
        [...tables[0]!.querySelectorAll('tbody tr')].map((row) => [
          row.getAttribute('data-indicator') ?? '',
          row.querySelector('th')!.textContent!.trim(),
          row.querySelector('.target-phrase, .no-number')!.textContent!.trim(),
          row.querySelector('.target-bounds')!.textContent!.trim(),
        ]),
      );
      assert.deepEqual(rows, expected, path);
      // The target's words are the link to them.
      const links = await page.$$eval('table.targets >> nth=0', (tables) =>
        [...tables[0]!.querySelectorAll('a.target-phrase')].map((link) => link.getAttribute('href')),
      );
      assert.deepEqual(
        links.map((href) => decodeURIComponent(href!.split('text=')[1] ?? '')),
        figures.targets.filter((target) => target.phrase).map((target) => target.text),
        path,
      );
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
        `${path} does not scroll sideways at 320 px`,
      );
    }

    // Every figure is listed, grouped by part; the filter works without JavaScript.
    await page.goto(site.url('/figures/'));
    assert.equal(await page.locator('ul.figures li').count(), figures.figures.length);
    await page.check('#kind-money');
    const shown = await page.$$eval('ul.figures li', (items) =>
      items.filter((item) => item.checkVisibility()).map((item) => item.getAttribute('data-kind')),
    );
    assert.equal(shown.length, figures.figures.filter((figure) => figure.kind === 'money').length);
    assert.ok(shown.every((kind) => kind === 'money'));
    for (const path of ['/terms/', '/data/']) {
      await page.goto(site.url(path));
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${path} at 320 px`);
    }
    await context.close();
  });

  it('opens a target’s link with its words on screen', async () => {
    const target = figures.targets[0]!;
    const page = await site.open(target.url, PHONE);
    await page.waitForFunction(() => scrollY > 0);
    const box = await wordsInView(page, target.paragraph, target.text);
    assert.ok(box && box.top >= 0 && box.top < box.height, `${target.text} is in view (${JSON.stringify(box)})`);
    await page.context().close();
  });

  it('opens a figure deep in a long paragraph with the figure itself on screen, not just the paragraph', async () => {
    // The figure furthest into its paragraph: only the text fragment, not #p, brings it into view.
    const offset = (figure: FiguresFile['figures'][number]) =>
      blocks.get(figure.paragraph)!.text.lastIndexOf(figure.clause);
    const figure = figures.figures
      .filter((each) => each.paragraph.startsWith('p'))
      .sort((a, b) => offset(b) - offset(a))[0]!;
    const page = await site.open(figure.url, PHONE);
    await page.waitForFunction(() => scrollY > 0);
    const box = await wordsInView(page, figure.paragraph, figure.clause);
    assert.ok(box && box.top >= 0 && box.top < box.height, `${figure.clause} is in view (${JSON.stringify(box)})`);
    const paragraphTop = await page.$eval(`#${figure.paragraph}`, (element) => element.getBoundingClientRect().top);
    assert.ok(paragraphTop < 0, 'the page scrolled past the paragraph’s top, to the words');
    await page.context().close();
  });
});

describe('/terms/', () => {
  it('lists the terms in pinyin order under initials, and an occurrence opens its paragraph with the term marked', async () => {
    const page = await site.open('/terms/');
    const shown = await page.$$eval('.term-list dt', (items) =>
      items.map((item) => item.firstChild!.textContent!.trim()),
    );
    assert.deepEqual(
      shown,
      terms.terms.map((term) => term.term),
    );
    const initials = terms.terms.map((term) => term.initial).filter((initial) => initial !== '#');
    assert.deepEqual(initials, [...initials].sort(), 'the groups follow A–Z');

    const term = terms.terms.find((each) => each.term === '双减')!;
    await page.click(`#initial-S ~ .term-list a[href*="hl=双减"] >> nth=0`);
    await page.waitForURL(`**#${term.occurrences[0]!.paragraph}`);
    const marks = await page.$$eval(`#${term.occurrences[0]!.paragraph} mark.search-mark`, (items) =>
      items.map((item) => item.textContent),
    );
    assert.deepEqual(marks, Array(term.occurrences[0]!.count).fill('双减'));
    await page.context().close();
  });

  it('jumps to an initial with JavaScript off', async () => {
    const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/terms/'));
    await page.click('.jump-bar a[href="#initial-Y"]');
    const top = await page.$eval('#initial-Y', (element) => element.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 100, `the Y group is at the top (${top})`);
    await context.close();
  });
});

describe('/data/', () => {
  it('offers every file, each downloading with the size it states and validating', async () => {
    const page = await site.open('/data/');
    const listed = await page.$$eval('.downloads li', (items) =>
      items.map((item) => ({
        href: item.querySelector('a')!.getAttribute('href')!,
        name: item.querySelector('a')!.textContent!.trim(),
        size: item.querySelector('.size')!.textContent!.trim(),
      })),
    );
    assert.deepEqual(
      listed.map((file) => file.name),
      [
        'report.json',
        'report.schema.json',
        'figures.json',
        'figures.schema.json',
        'targets.csv',
        'figures.csv',
        'terms.json',
        'terms.schema.json',
        'report.txt',
        'report.md',
      ],
    );

    const bodies = new Map<string, Buffer>();
    for (const file of listed) {
      const response = await page.request.get(site.url(file.href));
      assert.equal(response.status(), 200, file.name);
      const body = await response.body();
      bodies.set(file.name, body);
      const kb = `${(body.length / 1024).toFixed(1)} KB`;
      assert.ok(file.size === kb || file.size === `${body.length} B`, `${file.name}: ${file.size} is ${kb}`);
    }
    const text = (name: string) => bodies.get(name)!.toString('utf8');

    // Every schema compiles in Ajv's strict mode without a warning, and its file validates.
    const warnings: string[] = [];
    const ajv = new Ajv2020({
      strict: true,
      logger: { log() {}, warn: (message) => warnings.push(String(message)), error() {} },
    });
    for (const name of ['report', 'figures', 'terms']) {
      const validate = ajv.compile(JSON.parse(text(`${name}.schema.json`)));
      assert.ok(validate(JSON.parse(text(`${name}.json`))), `${name}.json: ${JSON.stringify(validate.errors)}`);
    }
    assert.deepEqual(warnings, []);

    // The CSVs: UTF-8 with a BOM, parsed back equal to the data of figures.json.
    for (const [name, rows] of [
      ['targets.csv', targetsRows(figures)],
      ['figures.csv', figuresRows(figures, report)],
    ] as const) {
      assert.deepEqual([...bodies.get(name)!.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${name} starts with a BOM`);
      assert.deepEqual(parseCsv(text(name)), rows, name);
    }
    assert.equal(parseCsv(text('targets.csv')).length, 1 + figures.targets.length + figures.goals.length);

    // report.txt is the source byte for byte; report.md has the headings and numbered paragraphs.
    assert.ok(bodies.get('report.txt')!.equals(readFileSync(join(root, 'content/report.txt'))));
    assert.ok(text('report.md').startsWith(`# ${report.title}\n`));
    assert.match(text('report.md'), /\n\*\*40\*\* /);

    // A click on a link downloads the file under its name.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href$="targets.csv"]')]);
    assert.equal(download.suggestedFilename(), 'targets.csv');
    await page.context().close();
  });
});

describe('finding it', () => {
  it('links 数据, 词条 and 下载 from every page', () => {
    const pages: string[] = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.html')) pages.push(path);
      }
    };
    walk(dist);
    assert.ok(pages.length >= 10);
    for (const path of pages) {
      const html = readFileSync(path, 'utf8');
      for (const [slug, label] of [
        ['figures', '数据'],
        ['terms', '词条'],
        ['data', '下载'],
      ]) {
        assert.match(html, new RegExp(`<a href="/${slug}/"[^>]*>\\s*${label}\\s*</a>`), `${path} links ${label}`);
      }
    }
  });

  it('gives /figures/ its own share image', () => {
    const html = read('figures/index.html');
    assert.match(html, /<meta property="og:image" content="[^"]+\/og\/figures\.png"/);
    assert.ok(statSync(join(dist, 'og/figures.png')).size > 10_000);
  });
});
