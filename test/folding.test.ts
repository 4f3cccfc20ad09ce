import { readFileSync } from 'node:fs';
import { from, to } from 'opencc-js/preset';
import { describe, expect, it } from 'vitest';
import { fold, markedTerms, matchText, parseQuery, parseVariants } from '../src/search/match-rule.ts';
import { characterEntries, variantTable } from '../src/search/variant-table.ts';

const REPORT = '落实“双减”政策，完成课后服务。地区生产总值达到757.5亿元，增长5.3%，营商环境持续优化。';
const TABLE = parseVariants(variantTable(REPORT, [to['cn']!.flat()]));
const marked = (text: string, query: string) => {
  const match = matchText(text, parseQuery(query, TABLE));
  return match && markedTerms(text, match);
};

describe('folding a text for comparison', () => {
  it('turns full-width letters, digits and punctuation into half-width ones, and Latin into lower case', () => {
    expect(fold('７５７．５亿元')).toBe('757.5亿元');
    expect(fold('ＲＣＥＰ，ＰＭ２．５％')).toBe('rcep,pm2.5%');
    expect(fold('\u3000')).toBe(' ');
  });

  it('never changes the length: a character whose compatibility form is longer stays as it is', () => {
    for (const text of ['Ⅳ类', '……', '㎡', 'İstanbul', '𝐀', '①号']) expect(fold(text)).toHaveLength(text.length);
    expect(fold('……')).toBe('……');
    expect(fold('①号')).toBe('1号');
  });

  it('leaves Simplified Chinese and its punctuation as they are', () => {
    expect(fold('落实“双减”政策。')).toBe('落实“双减”政策。');
  });

  it('turns Traditional characters into the Simplified ones of the table, only when given one', () => {
    expect(fold('雙減', TABLE)).toBe('双减');
    expect(fold('營商環境', TABLE)).toBe('营商环境');
    expect(fold('雙減')).toBe('雙減');
  });
});

describe('matching a query as the reader means it', () => {
  it('finds the Simplified text for a Traditional query and marks the words as they stand', () => {
    expect(marked(REPORT, '雙減')).toEqual(['双减']);
    expect(marked(REPORT, '雙減 課後服務')).toEqual(['课后服务', '双减']);
    expect(marked(REPORT, '營商環境優化')).toEqual(['营商环境', '优化']);
  });

  it('finds half-width numbers and Latin for full-width ones', () => {
    expect(marked(REPORT, '７５７．５亿元')).toEqual(['757.5亿元']);
    expect(marked(REPORT, '５．３％')).toEqual(['5.3%']);
  });

  it('keeps the typed text and folds the rest: what the search engine is given', () => {
    const [part] = parseQuery('雙減', TABLE);
    expect(part).toEqual({ text: '雙減', folded: '双减', words: ['双减'] });
  });
});

describe('the Traditional → Simplified table', () => {
  it('reads the one-character entries of an OpenCC dictionary, with its first candidate', () => {
    expect(characterEntries('雙 双|減 减|乾 干 乾|乾燥 干燥')).toEqual(
      new Map([
        ['雙', '双'],
        ['減', '减'],
        ['乾', '干'],
      ]),
    );
  });

  it('holds only characters whose Simplified form is in the report, and none that is in the report', () => {
    const pairs = parseVariants(variantTable('双减显著，接着', [['雙 双|減 减|著 着|龍 龙']]));
    expect(pairs).toEqual(
      new Map([
        ['減', '减'],
        ['雙', '双'],
      ]),
    );
  });

  it('follows a chain of dictionaries, regional forms first, the first chain deciding', () => {
    const table = variantTable('里面', [['裏 里'], ['裡 裏', '裏 里']]);
    expect(parseVariants(table)).toEqual(
      new Map([
        ['裏', '里'],
        ['裡', '里'],
      ]),
    );
  });

  it('is small for the real report: a few hundred characters', () => {
    const text = readFileSync('content/report.txt', 'utf8');
    const table = parseVariants(variantTable(text, [to['cn']!.flat(), [...from['tw']!.flat(), ...to['cn']!.flat()]]));
    expect(table.get('雙')).toBe('双');
    expect(table.get('減')).toBe('减');
    expect(table.size).toBeGreaterThan(200);
    expect(table.size).toBeLessThan(1200);
    for (const [traditional, simplified] of table) {
      expect(text.includes(traditional)).toBe(false);
      expect(text.includes(simplified)).toBe(true);
    }
  });
});

describe('the variant table of a collection, from its characters’ counts', () => {
  const chains = [['環 环|營 营|著 着']];
  it('maps a Traditional character the texts use a hundred times less than its Simplified form', () => {
    const counts = new Map([
      ['环', 1000],
      ['環', 1],
      ['营', 50],
      ['着', 300],
      ['著', 200],
    ]);
    // 環 is a stray, 營 never occurs, 著 is a character of its own (显著).
    expect(variantTable(counts, chains)).toBe('營营環环');
  });

  it('keeps a report’s rule for a text: a character that occurs is never mapped', () => {
    expect(variantTable('环環营着著', chains)).toBe('營营');
  });
});
