import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { Refused } from '../../src/import/refused.ts';
import { sniffFormat } from '../../src/import/sniff-format.ts';
import { makeDocx } from './fixtures/make-docx.ts';
import { makeScanPdf } from './fixtures/make-pdf.ts';

const bytes = (...values: number[]) => Uint8Array.from([...values, ...new Array(64).fill(0)]);
const text = (value: string) => new TextEncoder().encode(value);
async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array' });
}
async function refusal(input: Uint8Array): Promise<Refused> {
  const error = await sniffFormat(input).catch((caught: unknown) => caught);
  if (!(error instanceof Refused)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('what a file is, by its bytes', () => {
  it('knows the formats it imports', async () => {
    expect(await sniffFormat(await makeDocx({ blocks: [{ text: '正文。' }] }))).toBe('docx');
    expect(
      await sniffFormat(text('<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument>')),
    ).toBe('wordml-2003');
    expect(await sniffFormat(text('\ufeff<!DOCTYPE html><html><body><p>正文</p>'))).toBe('html');
    expect(await sniffFormat(text('<!-- saved from url=(0022)http://example.gov.cn -->\n<html>'))).toBe('html');
    expect(
      await sniffFormat(text('From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;')),
    ).toBe('mhtml');
    expect(await sniffFormat(makeScanPdf())).toBe('pdf');
  });

  it('refuses .doc and .wps binaries, OFD, images, RTF and text, saying what to do instead', async () => {
    const cases: [Uint8Array, string, string][] = [
      [bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), '.doc', '另存为 .docx'],
      [await zipOf({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '' }), 'OFD', '导出为带文字层的 PDF'],
      [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), '图片', 'OCR'],
      [bytes(0xff, 0xd8, 0xff, 0xe0), '图片', 'OCR'],
      [text('{\\rtf1\\ansi 政府工作报告}'), 'RTF', '另存为 .docx'],
      [text('各位代表：\n现在，我代表市人民政府……\n'), '纯文本', 'content/report.txt'],
      [await zipOf({ 'xl/workbook.xml': '' }), 'Excel', 'Word'],
      [new Uint8Array(), '空的', '完整'],
    ];
    for (const [input, what, advice] of cases) {
      const error = await refusal(input);
      expect([error.what, error.advice]).toEqual([expect.stringContaining(what), expect.stringContaining(advice)]);
    }
  });
});
