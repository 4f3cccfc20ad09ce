import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  labelSeparator,
  NumberingCounters,
  type LevelFormat,
  type NumberingDefinitions,
} from '../../src/import/docx-numbering.ts';

const level = (format: string, text: string, more: Partial<LevelFormat> = {}): LevelFormat => ({
  start: 1,
  format,
  text,
  suffix: 'tab',
  legal: false,
  ...more,
});

/** One abstract definition (0) of the official levels, and list instances over it. */
function definitions(
  levels: LevelFormat[],
  lists: Record<string, { start?: Record<number, number> }> = { '1': {} },
): NumberingDefinitions {
  return {
    abstracts: new Map([['0', new Map(levels.map((each, index) => [index, each]))]]),
    lists: new Map(
      Object.entries(lists).map(([id, { start = {} }]) => [
        id,
        {
          abstract: '0',
          overrides: new Map(Object.entries(start).map(([index, value]) => [Number(index), { start: value }])),
        },
      ]),
    ),
  };
}

const OFFICIAL = [
  level('chineseCounting', '%1、'),
  level('chineseCounting', '（%2）'),
  level('decimal', '%3.'),
  level('decimal', '（%4）'),
];

describe("Word's number formats", () => {
  it('writes numbers as the formats a Chinese document uses', () => {
    const cases: [number, string, string][] = [
      [1, 'chineseCounting', '一'],
      [10, 'chineseCounting', '十'],
      [11, 'chineseCounting', '十一'],
      [20, 'chineseCounting', '二十'],
      [99, 'chineseCountingThousand', '九十九'],
      [101, 'chineseCounting', '一百零一'],
      [115, 'chineseCounting', '一百一十五'],
      [12, 'chineseLegalSimplified', '壹拾贰'],
      [3, 'ideographTraditional', '丙'],
      [2, 'decimalEnclosedCircle', '②'],
      [3, 'ideographEnclosedCircle', '㈢'],
      [4, 'decimalEnclosedParen', '⑷'],
      [7, 'decimalZero', '07'],
      [14, 'upperRoman', 'XIV'],
      [28, 'lowerLetter', 'bb'],
      [12, 'decimalFullWidth', '１２'],
      [5, 'none', ''],
    ];
    for (const [value, format, text] of cases)
      expect([value, format, formatNumber(value, format)]).toEqual([value, format, text]);
  });
});

describe("Word's counters", () => {
  it('counts each level and restarts the levels below when a level above is used', () => {
    const counters = new NumberingCounters(definitions(OFFICIAL));
    const labels = [0, 1, 1, 2, 2, 1, 2, 0, 1, 3].map((index) => counters.next('1', index)?.text);
    expect(labels).toEqual(['一、', '（一）', '（二）', '1.', '2.', '（三）', '1.', '二、', '（一）', '（1）']);
  });

  it('continues a definition across list instances, and starts again where an instance says so', () => {
    const counters = new NumberingCounters(definitions(OFFICIAL, { '1': {}, '2': {}, '3': { start: { 0: 1 } } }));
    const labels = [
      counters.next('1', 0),
      counters.next('2', 0), // another instance of the same list: continues
      counters.next('3', 0), // "restart numbering": starts again at 1
      counters.next('3', 0),
      counters.next('9', 0), // no such list: no number
    ].map((label) => label?.text);
    expect(labels).toEqual(['一、', '二、', '一、', '二、', undefined]);
  });

  it('keeps a level that never restarts (lvlRestart 0) and writes multi-level and legal numbers', () => {
    const counters = new NumberingCounters(
      definitions([
        level('chineseCounting', '第%1章'),
        level('decimal', '%1.%2', { restart: 0 }),
        level('decimal', '%1.%2.%3', { legal: true }),
      ]),
    );
    const labels = [0, 1, 1, 0, 1, 2].map((index) => counters.next('1', index)?.text);
    expect(labels).toEqual(['第一章', '一.1', '一.2', '第二章', '二.3', '2.3.1']);
  });

  it('puts nothing between a label and the text after a mark, a space after a word', () => {
    const label = (text: string, suffix: LevelFormat['suffix'] = 'tab') => ({
      text,
      suffix,
      bullet: false,
      format: 'x',
    });
    expect(['一、', '（一）', '1.', '①'].map((text) => labelSeparator(label(text)))).toEqual(['', '', '', '']);
    expect(labelSeparator(label('第一章'))).toBe(' ');
    expect(labelSeparator(label('第一章', 'nothing'))).toBe('');
  });
});
