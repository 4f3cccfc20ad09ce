import { describe, expect, it } from 'vitest';
import {
  dropPageChrome,
  dropPageFurniture,
  dropPageNumberLines,
  joinBroken,
  joinSplitDateline,
  removeLetterSpacing,
  removeSpacesBetweenChineseAndDigits,
  tidyLine,
  unbreakLines,
  unifyGlyphTwins,
  unifyRadicals,
  type PlacedLine,
} from '../../src/import/clean-lines.ts';
import { RADICAL_COUNT, radicalToIdeograph } from '../../src/import/radicals.ts';

describe('joining and tidying lines', () => {
  it('joins a broken Chinese line without a space and Latin words with one', () => {
    expect(joinBroken('地区生产总值', '增长5.3%')).toBe('地区生产总值增长5.3%');
    expect(joinBroken('增长', '5.3%')).toBe('增长5.3%');
    expect(joinBroken('the report', 'of the year')).toBe('the report of the year');
  });

  it('takes the indent and white space from a line and changes nothing inside it', () => {
    expect(tidyLine('\u3000\u3000\u00a0 市长\u00a0王海林 \u3000')).toBe('市长\u00a0王海林');
  });
});

describe('page furniture in text', () => {
  it('drops a dashed page number on a line of its own, not a line with a number in it', () => {
    const { lines, dropped } = dropPageNumberLines(['第一段。', '— 12 —', '-3-', '12个项目', '——2022年1月5日']);
    expect(lines).toEqual(['第一段。', '12个项目', '——2022年1月5日']);
    expect(dropped).toEqual(['— 12 —', '-3-']);
  });

  it("drops a page's controls and keeps the text around them", () => {
    const { lines } = dropPageChrome([
      '【字体：大 中 小】【打印】【关闭窗口】',
      '分享到：微信 微博 QQ空间',
      '大力发展城市经济。',
      '打印',
      '中小企业发展',
    ]);
    expect(lines).toEqual(['大力发展城市经济。', '中小企业发展']);
  });
});

describe('the characters of PDF text', () => {
  it('removes the spaces between Chinese and digits or Latin letters, and no others', () => {
    expect(removeSpacesBetweenChineseAndDigits('2021 年增长 5.3%，单位 GDP 能耗 0.23 ∶ 31.8')).toBe(
      '2021年增长5.3%，单位GDP能耗0.23∶31.8',
    );
    expect(removeSpacesBetweenChineseAndDigits('市长 马晓磊，PM 2.5')).toBe('市长 马晓磊，PM 2.5');
  });

  it('closes the spaces of a spread-out line, not a single space or a short run', () => {
    expect(removeLetterSpacing('到位省 外 资 金5 2亿 元 ， 分别')).toBe('到位省外资金52亿元，分别');
    expect(removeLetterSpacing('市长 马晓磊')).toBe('市长 马晓磊');
    expect(removeLetterSpacing('区长 张 三')).toBe('区长 张 三');
    expect(removeLetterSpacing('a b c d e')).toBe('a b c d e');
  });

  it('maps Kangxi radicals and radicals supplement characters to their ideographs, and nothing else', () => {
    expect(unifyRadicals('⼈⺠政府⼯作报告，⻓江⽹络，⻅⾯，1024⼾')).toBe('人民政府工作报告，长江网络，见面，1024户');
    // What NFKC would change and the report keeps: full-width parentheses, digits, spaces.
    expect(unifyRadicals('（一）　１２％ ㈠')).toBe('（一）　１２％ ㈠');
    expect(RADICAL_COUNT).toBe(214 + 114);
    expect(radicalToIdeograph('⻔')).toBe('门');
    expect(radicalToIdeograph('门')).toBeUndefined();
  });

  it('gives back the characters a Chinese font draws with one glyph, and no others', () => {
    expect(unifyGlyphTwins('淄博―黄岛，——聚焦，㬵东')).toBe('淄博—黄岛，——聚焦，胶东');
    expect(unifyGlyphTwins('（一）―')).toBe('（一）—');
  });

  it("joins a dateline that the cover's centred lines split, and nothing else", () => {
    expect(
      joinSplitDateline([
        '——2024年1月10日在东山市第十八届人民代表大会第三次会',
        '议上',
        '东山市市长 王海林',
        '各位代表：',
      ]),
    ).toEqual(['——2024年1月10日在东山市第十八届人民代表大会第三次会议上', '东山市市长 王海林', '各位代表：']);
    const whole = ['——2024年1月10日在东山市第十八届人民代表大会第三次会议上', '市长 王海林'];
    expect(joinSplitDateline(whole)).toEqual(whole);
  });
});

/** Placed lines of a page of 16 pt text: left edge 79, right edge 521, 28 pt apart. */
function page(number: number, texts: [text: string, options?: Partial<PlacedLine>][]): PlacedLine[] {
  return texts.map(([text, options], index) => ({
    text,
    page: number,
    left: 79,
    right: 521,
    baseline: 120 + 28 * index,
    size: 16,
    pageWidth: 595,
    pageHeight: 842,
    ...options,
  }));
}

describe('page furniture in a PDF', () => {
  it('drops page numbers and running heads that stand apart, and keeps a title and a number in the text', () => {
    const lines = [
      ...page(1, [
        ['政府工作报告', { left: 250, right: 345, baseline: 110, size: 22 }],
        ['各位代表：'],
        ['2'],
        ['正文继续。'],
        ['— 1 —', { left: 270, right: 325, baseline: 800, size: 14 }],
      ]),
      ...page(2, [
        ['政府工作报告', { left: 260, right: 335, baseline: 50, size: 10.5 }],
        ['正文。'],
        ['— 2 —', { left: 270, right: 325, baseline: 800, size: 14 }],
      ]),
      ...page(3, [
        ['政府工作报告', { left: 260, right: 335, baseline: 50, size: 10.5 }],
        ['正文。'],
        ['3', { left: 290, right: 300, baseline: 800, size: 14 }],
      ]),
    ];
    const { lines: kept, dropped } = dropPageFurniture(lines);
    expect(dropped.map((line) => `${line.page}:${line.text}`)).toEqual([
      '1:— 1 —',
      '2:政府工作报告',
      '2:— 2 —',
      '3:政府工作报告',
      '3:3',
    ]);
    expect(kept.map((line) => line.text)).toEqual([
      '政府工作报告',
      '各位代表：',
      '2',
      '正文继续。',
      '正文。',
      '正文。',
    ]);
  });
});

describe('unbreaking PDF lines into paragraphs', () => {
  it('starts a paragraph at the first-line indent and after a short line, and joins the rest across pages', () => {
    const lines = [
      ...page(1, [
        ['一、工作回顾', { left: 111, right: 207 }],
        ['过去五年，地区生产总值年均增长', { left: 111 }],
        ['5.3%，达到757.5亿元。', { right: 300 }],
        ['不缩进的段落也从短行后开始，', { right: 521 }],
        ['一直写到页末'],
      ]),
      ...page(2, [
        ['，在下一页接着写完。', { right: 240 }],
        ['下一段。', { left: 111, right: 180 }],
      ]),
    ];
    const { paragraphs, guesses } = unbreakLines(lines);
    expect(paragraphs).toEqual([
      '一、工作回顾',
      '过去五年，地区生产总值年均增长5.3%，达到757.5亿元。',
      '不缩进的段落也从短行后开始，一直写到页末，在下一页接着写完。',
      '下一段。',
    ]);
    expect(guesses).toEqual([]);
  });

  it('keeps the lines of a centred paragraph apart (a wrapped dateline), and starts one after a wider gap', () => {
    const lines = page(1, [
      ['——2024年1月10日在东山市第十八届人民代表大会第三次', { right: 521 }],
      ['会议上', { left: 276, right: 324 }],
      ['东山市市长 王海林', { left: 230, right: 370 }],
      ['各位代表：', { left: 111, right: 191 }],
      ['现在，我代表市人民政府，向大会报告工作，请予审', { left: 111 }],
      ['议。'],
      ['第一段没有缩进，', { baseline: 330 }],
      ['第二行。', { baseline: 358, right: 200 }],
      ['又一段。', { left: 111, baseline: 386, right: 200 }],
      ['再一段。', { left: 111, baseline: 414, right: 200 }],
    ]);
    const { paragraphs, guesses } = unbreakLines(lines);
    expect(paragraphs).toEqual([
      '——2024年1月10日在东山市第十八届人民代表大会第三次',
      '会议上',
      '东山市市长 王海林',
      '各位代表：',
      '现在，我代表市人民政府，向大会报告工作，请予审议。',
      '第一段没有缩进，第二行。',
      '又一段。',
      '再一段。',
    ]);
    // Neither indented nor after a short line: a start the gap alone says, for the publisher to check.
    expect(guesses).toEqual(['第一段没有缩进，']);
  });
});
