import { describe, expect, it } from 'vitest';
import { chineseNumeral, parseChineseNumeral } from '../src/pipeline/chinese-numeral.ts';

describe('reading a Chinese numeral', () => {
  it('reads the units 一 to 九', () => {
    expect([...'一二三四五六七八九'].map(parseChineseNumeral)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('reads the tens and teens as a heading numbers them: 十, 十二, 二十, 二十三, 九十九', () => {
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('十一')).toBe(11);
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('二十三')).toBe(23);
    expect(parseChineseNumeral('九十九')).toBe(99);
  });

  it('reads nothing from an empty string, zero, digits written side by side or a numeral beyond 九十九', () => {
    for (const text of ['', '〇', '零', '一二', '十十', '二十三四', '百', '一百', '1', '十a']) {
      expect(parseChineseNumeral(text), text).toBeUndefined();
    }
  });
});

describe('writing a number in Chinese numerals, as parts are numbered', () => {
  it('writes 1 to 99 as 一, 十, 十二, 二十, 二十一, 九十九', () => {
    expect(chineseNumeral(1)).toBe('一');
    expect(chineseNumeral(9)).toBe('九');
    expect(chineseNumeral(10)).toBe('十');
    expect(chineseNumeral(12)).toBe('十二');
    expect(chineseNumeral(20)).toBe('二十');
    expect(chineseNumeral(21)).toBe('二十一');
    expect(chineseNumeral(99)).toBe('九十九');
  });

  it('reads back every number it writes', () => {
    for (let value = 1; value <= 99; value++) expect(parseChineseNumeral(chineseNumeral(value))).toBe(value);
  });

  it('refuses a number it cannot write: zero, negative, fractional or 100 and above', () => {
    for (const value of [0, -1, 1.5, 100, Number.NaN]) expect(() => chineseNumeral(value), String(value)).toThrow();
  });
});
