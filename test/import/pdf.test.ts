import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.ts';
import { Refused } from '../../src/import/refused.ts';
import { root } from '../helpers.ts';
import { makePdf, makeScanPdf, type PdfParagraph } from './fixtures/make-pdf.ts';
import { printPdfs } from './fixtures/print-pdf.ts';

// A small report with centred cover lines (a long dateline, which wraps), figures beside
// Chinese and characters whose glyphs fonts share with radicals (工, 长, 民, 见), long enough to
// run onto a second page (page numbers and running heads on both).
const FILLER =
  '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，经济运行总体回升向好。';
const LINES = [
  '政府工作报告',
  '——2024年1月10日在某市第十八届人民代表大会第三次会议上',
  '市长 张三',
  '各位代表：',
  '现在，我代表市人民政府，向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。',
  '一、2023年工作回顾',
  '过去一年，地区生产总值增长6.1%，达到12757.5亿元；单位GDP能耗下降3.2%，人民群众的获得感明显增强，长江经济带建设取得新进展，见到了实效。',
  ...Array.from({ length: 9 }, (_, index) => `（${'一二三四五六七八九'[index]}）${FILLER}${FILLER}`),
  '各位代表！让我们团结奋斗，努力完成全年目标任务。',
];
const EXPECTED = `${LINES.join('\n')}\n`;
const COVER = 3;
const paragraphs: PdfParagraph[] = LINES.map((text, index) => ({ text, align: index < COVER ? 'center' : 'indent' }));

describe('a PDF exported from Word, its Chinese font embedded (printed by Chromium)', () => {
  let fixture: Uint8Array;
  let seed: Uint8Array;
  const seedLines = readFileSync(join(root, 'content/report.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  beforeAll(async () => {
    [fixture, seed] = (await printPdfs([
      { paragraphs, runningHead: '政府工作报告' },
      { paragraphs: seedLines.map((text) => ({ text })) },
    ])) as [Uint8Array, Uint8Array];
  }, 60_000);

  it('imports to exactly its text: reading order, paragraphs, radicals, no page numbers or running heads', async () => {
    const result = await importReport(fixture);
    expect(result.format).toBe('pdf');
    expect(result.text).toBe(EXPECTED);
    expect(result.notes.join('\n')).toMatch(/去掉了页码和页眉页脚 \d+ 行/);
  });

  it('imports the seed report, printed the same way, to exactly content/report.txt', async () => {
    const result = await importReport(seed);
    expect(result.text).toBe(`${seedLines.join('\n')}\n`);
  }, 20_000);
});

describe('a PDF whose Chinese font is not embedded (STSong-Light, no ToUnicode)', () => {
  it("imports to exactly its text through pdf.js's character maps, whatever the content stream's order", async () => {
    const result = await importReport(makePdf(paragraphs, { runningHead: '政府工作报告', spacedDigits: true }));
    expect(result.text).toBe(EXPECTED);
    expect(result.meta).toEqual({
      title: '某市政府工作报告（2024年）',
      issuer: '某市人民政府',
      year: 2024,
      note: '本站文本以正式发布文本为准',
    });
    expect(result.date).toBe('2024-01-10');
  });

  it('refuses a damaged PDF, saying so', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n');
    const refusal = await importReport(damaged).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(Refused);
    expect((refusal as Refused).what).toContain('已损坏');
  });

  it('refuses a scan, a PDF without a text layer, and says what to do', async () => {
    const refusal = await importReport(makeScanPdf()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(Refused);
    expect((refusal as Refused).message).toContain('没有文字层的 PDF');
    expect((refusal as Refused).advice).toContain('OCR');
  });
});
