// The downloads: CSV as RFC 4180 with a BOM, and the report as Markdown.
import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, toCsv } from '../src/pipeline/csv.ts';
import { escapeMarkdown, figuresRows, reportMarkdown, targetsRows } from '../src/pipeline/data-tables.ts';
import { build, MINIMAL } from './helpers.ts';

describe('CSV', () => {
  it('starts with a BOM, ends records with CRLF and quotes fields with commas, quotes and line breaks', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['say "hi"', 'x\ny'],
        [7.5, undefined],
      ]),
    ).toBe(`${BOM}a,"b,c"\r\n"say ""hi""","x\ny"\r\n7.5,\r\n`);
  });

  it('parses back what it writes', () => {
    const rows = [
      ['指标', '目标'],
      ['地区生产总值', '增长6%，力争6.5%'],
      ['“四新”', 'a "b"\r\nc'],
      ['', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('writes the targets and figures as rows of the same data as figures.json', () => {
    const text = MINIMAL.replace('推进总部经济。', '今年主要预期目标是：地区生产总值增长6%以上，力争6.5%。');
    const { figures, report, files } = build(text);
    expect(targetsRows(figures).slice(1)).toEqual([
      [
        '年度主要预期目标',
        'gdp',
        '地区生产总值',
        '增长6%以上，力争6.5%',
        'growth',
        '6',
        '',
        'at-least',
        '%',
        '6.5',
        '6;6.5',
        '地区生产总值增长6%以上，力争6.5%',
        'p5',
        '5',
        figures.targets[0]!.url,
      ],
    ]);
    expect(parseCsv(files.get('targets.csv')!)).toEqual(targetsRows(figures));
    expect(parseCsv(files.get('figures.csv')!)).toEqual(figuresRows(figures, report));
    expect(figuresRows(figures, report)[1]).toContain('2022年政府工作的目标任务和工作重点');
  });
});

describe('report.md', () => {
  it('has the headings and numbered paragraphs, the text escaped', () => {
    const md = reportMarkdown(build(MINIMAL.replace('推进总部经济。', '推进*总部*经济。')).report);
    expect(md).toContain('## 过去五年和2021年工作回顾\n\n**3** 过去五年，我们取得了成绩。');
    expect(md).toContain('### 一、聚力提升产业品质');
    expect(md).toContain('推进\\*总部\\*经济');
    expect(escapeMarkdown('# 不是标题')).toBe('\\# 不是标题');
  });

  it('keeps report.txt as the source came, BOM and CRLF included', () => {
    const source = `\ufeff${MINIMAL.replace(/\n/g, '\r\n')}\r\n`;
    expect(build(source).files.get('report.txt')).toBe(source);
  });
});
