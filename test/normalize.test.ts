import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../src/pipeline/normalize-lines.ts';
import { MINIMAL, build } from './helpers.ts';

const texts = (source: string) => normalizeLines(source).map((line) => line.text);

describe('normalisation of pasted text', () => {
  it('drops a UTF-8 byte order mark', () => {
    expect(texts('\ufeff各位代表：\n正文')).toEqual(['各位代表：', '正文']);
  });

  it('reads CRLF and lone CR line ends as line ends', () => {
    expect(texts('甲\r\n乙\r丙\n丁')).toEqual(['甲', '乙', '丙', '丁']);
  });

  it('trims ASCII and ideographic spaces (U+3000) around a line, keeping those inside', () => {
    expect(texts('\u3000\u3000各位代表：\t \n  甲 乙\u3000丙  ')).toEqual(['各位代表：', '甲 乙\u3000丙']);
  });

  it('skips blank and white-space-only lines but keeps the source line numbers', () => {
    expect(normalizeLines('甲\n\n \u3000\n乙')).toEqual([
      { line: 1, text: '甲' },
      { line: 4, text: '乙' },
    ]);
  });

  it('gives the same report for the same text however it was pasted', () => {
    const pasted = `\ufeff${MINIMAL.split('\n')
      .map((line) => `\u3000\u3000${line}  `)
      .join('\r\n\r\n')}\r\n`;
    expect(
      build(pasted)
        .files.get('report.json')!
        .replace(/"line": \d+/g, ''),
    ).toBe(
      build(MINIMAL)
        .files.get('report.json')!
        .replace(/"line": \d+/g, ''),
    );
  });
});
