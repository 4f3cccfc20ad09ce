// The seed report, content/report.txt, turned into each format a publisher holds, imports back to
// its text: every paragraph, in order, exactly (the blank lines and the spaces around a line,
// which the build ignores, are not reproduced), and builds to the same outline.
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.ts';
import { buildReport } from '../../src/pipeline/build-report.ts';
import { normalizeLines } from '../../src/pipeline/normalize-lines.ts';
import { outlineRows } from '../../scripts/outline.ts';
import { realMeta, realSource } from '../helpers.ts';
import { makeDocx, reportAsDocx } from './fixtures/make-docx.ts';
import { savedPage, type Cms } from './fixtures/make-html.ts';
import { makePdf } from './fixtures/make-pdf.ts';

const seed = normalizeLines(new TextDecoder().decode(realSource)).map(({ text }) => text);
const SEED_TEXT = `${seed.join('\n')}\n`;
// The outline as `npm run outline` prints it, without the source line numbers (the seed's blank
// lines count there): the same sections, headings, paragraph numbers and ids.
const outline = (text: string) =>
  outlineRows(buildReport({ source: new TextEncoder().encode(text), meta: realMeta, base: '/' }).sections).map(
    ({ line: _line, ...row }) => row,
  );

describe('the seed report in each format', () => {
  it('imports from Word with automatic numbering to exactly its text and the same outline', async () => {
    const result = await importReport(await makeDocx(reportAsDocx(seed.join('\n'))));
    expect(result.text).toBe(SEED_TEXT);
    expect(outline(result.text)).toEqual(outline(new TextDecoder().decode(realSource)));
  });

  for (const cms of ['trs', 'hanweb', 'ucap', 'unknown'] as Cms[]) {
    it(`imports from a ${cms} article page to exactly its text`, async () => {
      const page = savedPage(cms, seed, {
        title: '张店区政府工作报告',
        date: '2022-01-10',
        source: '张店区人民政府',
        url: 'http://www.zhangdian.gov.cn/art/2022/1/10/art_1.html',
      });
      expect((await importReport(page)).text).toBe(SEED_TEXT);
    });
  }

  it('imports from a PDF whose font gives characters as the radicals or twins sharing their glyphs (⼯ for 工) to exactly its text', async () => {
    const pdf = makePdf(
      seed.map((text) => ({ text })),
      {
        runningHead: '政府工作报告',
        spacedDigits: true,
        sharedGlyphs: { 工: '⼯', 长: '⻓', 民: '⺠', 见: '⻅', 门: '⻔', 网: '⽹', 户: '⼾', '—': '―' },
      },
    );
    expect((await importReport(pdf)).text).toBe(SEED_TEXT);
  });
});
