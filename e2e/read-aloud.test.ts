// 朗读 in the browser, with a stubbed speechSynthesis (e2e/speech-stub.ts): what is spoken and in
// what order and language, the marked sentence, 暂停/继续/停止, the speed, the control offered only
// with a Chinese voice, stopping on navigation; axe clean while reading, both themes, phone and
// desktop. What the text becomes (sentences, %, ranges) is src/read-aloud/speech-text.ts, applied
// here to report.json as the expected utterances.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { pieces, RATES, type SpeechPart } from '../src/read-aloud/speech-text.ts';
import type { Report } from '../src/schemas/report.ts';
import { isInView, root, DESKTOP, PHONE, useSite } from './browser.ts';
import { markedSentence, spoken, stubSpeech, ttsEnd, waitForSpoken, type StubOptions } from './speech-stub.ts';

const report: Report = JSON.parse(readFileSync(join(root, 'dist/report.json'), 'utf8'));
const blocks = report.sections.flatMap((section) => section.blocks);
const block = (id: string) => blocks.find((candidate) => candidate.id === id)!;
const axePath = join(root, 'node_modules/axe-core/axe.min.js');

/** What the page should say for a block of report.json: its run-in head, then the rest. */
function expected(id: string): { text: string; sentence: string }[] {
  const found = block(id);
  const lead = 'lead' in found ? found.lead : undefined;
  const parts: SpeechPart[] = lead
    ? [{ text: lead }, { text: found.text.slice(lead.length) }]
    : [{ text: 'text' in found ? found.text : '' }];
  return pieces(parts).map((piece) => ({
    text: piece.text,
    sentence: parts[piece.part]!.text.slice(...piece.sentence),
  }));
}

const site = useSite();

async function open(
  path: string,
  options: BrowserContextOptions,
  stub: StubOptions = { voices: ['en-US', 'zh-CN'] },
): Promise<Page> {
  const context = await site.browser.newContext(options);
  await stubSpeech(context, stub);
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  (page as Page & { errors: Error[] }).errors = errors;
  await page.goto(site.url(path));
  return page;
}

const startButton = (page: Page) => page.getByRole('button', { name: '朗读', exact: true });
const controls = (page: Page) => page.getByRole('group', { name: '朗读控制' });
const status = (page: Page) => page.locator('.read-aloud-status');

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    };
    return (await axe.run()).violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('朗读', () => {
  it('reads from the top in a Chinese voice: the heading, then each sentence, no paragraph number (desktop, light)', async () => {
    const page = await open('/tasks/', { ...DESKTOP, colorScheme: 'light' });
    await startButton(page).waitFor();
    const loaded = () =>
      page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /ReadAloud/.test(entry.name)));
    assert.equal(await loaded(), false, 'nothing of it loads before it is used');
    await startButton(page).click();

    const first = await waitForSpoken(page, 1);
    const [heading] = expected('tasks');
    assert.deepEqual(first, [{ text: heading!.text, lang: 'zh-CN', rate: 1, voice: 'Voice zh-CN' }]);
    assert.equal(heading!.text, '二〇二二年政府工作的目标任务和工作重点', 'the year said digit by digit');
    assert.equal(await loaded(), true);
    assert.equal(await markedSentence(page), heading!.sentence);
    assert.ok(await controls(page).isVisible());
    assert.equal(await startButton(page).isVisible(), false, 'the controls replace the button');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '暂停');
    assert.equal(await status(page).textContent(), '开始朗读');
    assert.equal(await status(page).getAttribute('role'), 'status');

    // On through the following paragraphs: p27, p28, the next heading, p29 with its run-in head.
    const then = [...expected('p27'), ...expected('p28'), ...expected('tasks-1'), ...expected('p29').slice(0, 2)];
    for (const [i, piece] of then.entries()) {
      await ttsEnd(page);
      const all = await waitForSpoken(page, i + 2);
      assert.equal(all[i + 1]!.text, piece.text);
      assert.equal(all[i + 1]!.lang, 'zh-CN');
      assert.equal(await markedSentence(page), piece.sentence);
    }
    const all = await spoken(page);
    assert.equal(all.at(-2)!.text, '大力发展城市经济。', 'the run-in head is read as a sentence of its own');
    assert.ok(
      all.every((utterance) => !/^(27|28|29)\D/.test(utterance.text)),
      'no paragraph number is read',
    );
    assert.ok(
      all.some((utterance) => utterance.text.includes('增长百分之6以上')),
      '% as a listener expects',
    );
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual((page as Page & { errors: Error[] }).errors, []);
    await page.context().close();
  });

  it('reads from the paragraph in view and keeps the sentence in view (phone, light)', async () => {
    const page = await open('/tasks/', { ...PHONE, colorScheme: 'light' });
    await startButton(page).waitFor();
    await page.evaluate(() => document.getElementById('p40')!.scrollIntoView());
    assert.ok(await isInView(page, '.read-aloud-start'), 'the button is over the text, never under it');
    const headerWithout = await page.evaluate(() => {
      const box = document.querySelector('.read-aloud')!;
      const parent = box.parentElement!;
      const height = () => parent.getBoundingClientRect().height;
      const before = height();
      box.remove();
      const without = height();
      parent.append(box);
      return before - without;
    });
    assert.equal(headerWithout, 0, 'the button takes no room in the header');
    await startButton(page).click();
    const [first] = await waitForSpoken(page, 1);
    assert.equal(first!.text, expected('p40')[0]!.text);
    // The reader scrolls away; the next sentence is brought back into view above the controls.
    await page.evaluate(() => scrollTo(0, 0));
    await ttsEnd(page);
    await waitForSpoken(page, 2);
    await page.waitForFunction(() => {
      const range = [...CSS.highlights.get('read-aloud')!][0] as Range;
      const box = range.getBoundingClientRect();
      const bar = document.querySelector('.read-aloud-bar')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= bar.top;
    });
    const bar = await controls(page).boundingBox();
    assert.ok(bar && bar.x >= 0 && bar.x + bar.width <= 375, 'the controls fit the phone');
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });

  it('reads from a chosen paragraph: 从这里朗读 in its number’s menu (phone, dark)', async () => {
    const page = await open('/tasks/', { ...PHONE, colorScheme: 'dark' });
    await startButton(page).waitFor();
    await page.click('#p45 a.pnum');
    await page.locator('.share-menu').getByRole('button', { name: '从这里朗读' }).click();
    const [first] = await waitForSpoken(page, 1);
    const [piece] = expected('p45');
    assert.equal(first!.text, piece!.text);
    assert.equal(await markedSentence(page), piece!.sentence);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '暂停');
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });

  it('pauses, resumes the sentence, changes speed and stops (desktop, dark)', async () => {
    const page = await open('/review/', { ...DESKTOP, colorScheme: 'dark' });
    await startButton(page).click();
    await waitForSpoken(page, 1);
    await ttsEnd(page);
    const [, second] = await waitForSpoken(page, 2);

    await page.getByRole('button', { name: '暂停' }).click();
    assert.equal(await status(page).textContent(), '已暂停');
    assert.equal(
      await page.evaluate(() => (window as unknown as { tts: { log: { current: unknown } } }).tts.log.current),
      null,
    );
    await page.waitForTimeout(400);
    assert.equal((await spoken(page)).length, 2, 'nothing is said while paused');
    assert.ok(await controls(page).isVisible(), 'the controls stay on screen');
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('button', { name: '继续' }).click();
    const resumed = await waitForSpoken(page, 3);
    assert.equal(resumed[2]!.text, second!.text, 'the sentence is said again from its start');
    assert.equal(await status(page).textContent(), '继续朗读');

    await page.getByRole('button', { name: '语速快' }).click();
    const faster = await waitForSpoken(page, 4);
    assert.deepEqual([faster[3]!.text, faster[3]!.rate], [second!.text, RATES.快]);
    assert.equal(await page.getByRole('button', { name: '语速快' }).getAttribute('aria-pressed'), 'true');
    await ttsEnd(page);
    assert.equal((await waitForSpoken(page, 5))[4]!.rate, RATES.快);

    await page.getByRole('button', { name: '停止' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await controls(page).isVisible(), false);
    assert.ok(await startButton(page).isVisible());
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), '朗读');
    assert.equal(await markedSentence(page), undefined, 'the mark is gone');
    assert.equal(await status(page).textContent(), '已停止');
    await ttsEnd(page);
    await page.waitForTimeout(300);
    assert.equal((await spoken(page)).length, 5);

    // The speed is remembered.
    await page.reload();
    await startButton(page).click();
    assert.equal((await waitForSpoken(page, 1))[0]!.rate, RATES.快);
    await page.context().close();
  });

  it('reads a table row’s cells with their labels, not its number, and a cover line without its dash', async () => {
    const page = await open('/tasks/', DESKTOP);
    await startButton(page).waitFor();
    // Reports with tables and cover lines render them so (Table.astro, Header.astro); this one has none.
    await page.evaluate(() => {
      const article = document.querySelector('article.report-text')!;
      const template = document.createElement('template');
      template.innerHTML = `<p id="c2" class="cover-line cover-dateline">——2023年1月6日在某市第十五届人民代表大会第三次会议上</p>
        <table class="report-table has-head"><thead><tr id="r1" class="row"><th class="rnum-cell"><a class="rnum" href="#r1">1</a></th><th>重点事项</th><th>牵头单位</th></tr></thead>
        <tbody><tr id="r2" class="row"><td class="rnum-cell"><a class="rnum" href="#r2">2</a></td><td data-label="重点事项">五、提升残疾人服务保障水平</td><td data-label="牵头单位">市残联</td></tr></tbody></table>`;
      article.prepend(template.content);
      scrollTo(0, 0);
    });
    await startButton(page).click();
    for (let i = 1; i <= 5; i++) {
      await waitForSpoken(page, i);
      await ttsEnd(page);
    }
    const texts = (await waitForSpoken(page, 6)).map((utterance) => utterance.text);
    assert.deepEqual(texts.slice(0, 5), [
      '二〇二三年1月6日在某市第十五届人民代表大会第三次会议上',
      '重点事项',
      '牵头单位',
      '重点事项：五、提升残疾人服务保障水平',
      '牵头单位：市残联',
    ]);
    await page.context().close();
  });

  it('stops when the reader leaves the page', async () => {
    const page = await open('/tasks/', PHONE);
    await startButton(page).click();
    await waitForSpoken(page, 1);
    const before = await page.evaluate(() => Number(sessionStorage.getItem('tts-cancels')));
    await page.click('.prev-next a[rel="next"]');
    await page.waitForURL(/\/governance\/$/);
    assert.equal(
      await page.evaluate(() => Number(sessionStorage.getItem('tts-cancels'))),
      before + 1,
      'cancelled on pagehide',
    );
    await startButton(page).waitFor();
    assert.equal(await controls(page).count(), 0, 'the new page is not reading');
    await page.context().close();
  });

  for (const [name, stub] of [
    ['without a Chinese voice', { voices: ['en-US', 'ja-JP'] }],
    ['without any voice', {}],
    ['without speech synthesis', { absent: true }],
  ] as const) {
    it(`is not offered ${name}`, async () => {
      const page = await open('/tasks/', DESKTOP, stub);
      await page.waitForTimeout(200); // after the stub's voiceschanged
      assert.equal(await startButton(page).isVisible(), false);
      await page.click('#p40 a.pnum');
      await page.locator('.share-menu').getByRole('button', { name: '复制链接' }).waitFor();
      assert.equal(await page.locator('.share-menu').getByRole('button', { name: '从这里朗读' }).isVisible(), false);
      assert.deepEqual((page as Page & { errors: Error[] }).errors, []);
      await page.context().close();
    });
  }
});
