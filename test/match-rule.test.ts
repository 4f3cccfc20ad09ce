import { describe, expect, it } from 'vitest';
import { markedTerms, matchText, parseQuery, rankByRule, wordsOf } from '../src/search/match-rule.ts';

const match = (text: string, query: string) => matchText(text, parseQuery(query));
const marked = (text: string, query: string) =>
  match(text, query)?.ranges.map(([start, end]) => text.slice(start, end));

describe('the parts of a query', () => {
  it('are what the reader separated with spaces, ideographic spaces included', () => {
    expect(parseQuery('  人才 公寓\u3000双减 ').map((part) => part.text)).toEqual(['人才', '公寓', '双减']);
  });

  it('are none for a blank query, and each once', () => {
    expect(parseQuery(' \u3000 ')).toEqual([]);
    expect(parseQuery('双减 双减')).toHaveLength(1);
  });

  it('have words only when they have Chinese in them', () => {
    expect(parseQuery('RCEP PM2.5 AA+ 5.3%').map((part) => part.words)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(parseQuery('757.5亿元')[0]!.words).toEqual(['757.5', '亿元']);
  });
});

describe('the words of a Chinese part', () => {
  it('join runs of one-character segments back into one word', () => {
    expect(wordsOf('双减')).toEqual(['双减']);
    expect(wordsOf('一网通办')).toEqual(['一网通办']);
    expect(wordsOf('农贸市场')).toEqual(['农贸', '市场']);
  });

  it('keep the segmenter’s longer words as they are', () => {
    expect(wordsOf('科技创新平台')).toEqual(['科技', '创新', '平台']);
  });

  it('drop punctuation and symbols, which also end a run', () => {
    expect(wordsOf('“双减”政策')).toEqual(['双减', '政策']);
    expect(wordsOf('2+4产业')).toEqual(['2', '4', '产业']);
    expect(wordsOf('双，减')).toEqual(['双', '减']);
  });
});

describe('matching a paragraph', () => {
  it('matches a part the paragraph contains literally, and marks it', () => {
    expect(match('深化教育“双减”工作。', '双减')).toEqual({ literal: true, ranges: [[5, 7]] });
  });

  it('ignores case for Latin, and marks the text as written', () => {
    expect(marked('加快融入RCEP大市场', 'rcep')).toEqual(['RCEP']);
    expect(match('PM2.5平均浓度', 'pm2.5')?.literal).toBe(true);
  });

  it('matches a Chinese part whose words all occur, apart, but not first', () => {
    const text = '建设科技平台，推动创新。';
    expect(match(text, '科技创新平台')).toEqual({
      literal: false,
      ranges: [
        [2, 6],
        [9, 11],
      ],
    });
    expect(marked(text, '科技创新平台')).toEqual(['科技平台', '创新']);
  });

  it('does not split a one-character run: 双减 is not 双 and 减 far apart', () => {
    expect(match('质效双升，减税降费', '双减')).toBeUndefined();
  });

  it('matches a Latin part literally only', () => {
    expect(match('AA级信用，增加了', 'AA+')).toBeUndefined();
    expect(match('主体信用等级AA+', 'AA+')?.literal).toBe(true);
    expect(match('年均增长5.3%', '5.3%')?.literal).toBe(true);
    expect(match('年均增长5.30%', '5.3%')).toBeUndefined();
  });

  it('needs every part', () => {
    expect(match('建成人才公寓3162套', '人才 公寓')?.literal).toBe(true);
    expect(match('引进人才', '人才 公寓')).toBeUndefined();
    expect(match('引进人才', '')).toBeUndefined();
  });

  it('is literal only when every part is', () => {
    expect(match('改造老旧小区43个', '老旧小区 改造')?.literal).toBe(true);
    expect(match('改造老旧小区43个', '老旧小区改造')?.literal).toBe(false);
  });

  it('merges marks that overlap or touch', () => {
    expect(marked('改造老旧小区', '老旧小区 改造')).toEqual(['改造老旧小区']);
    expect(marked('aaa', 'aa')).toEqual(['aaa']);
  });
});

describe('results in order', () => {
  it('puts literal matches first, keeping the search engine’s order within each group', () => {
    const results = [
      { id: 'a', match: { literal: false, ranges: [] } },
      { id: 'b', match: { literal: true, ranges: [] } },
      { id: 'c', match: { literal: false, ranges: [] } },
      { id: 'd', match: { literal: true, ranges: [] } },
    ];
    expect(rankByRule(results).map((result) => result.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('carries the marked words of a paragraph, each once, longest first', () => {
    const text = '改造老旧小区，老旧小区改造';
    expect(markedTerms(text, match(text, '老旧小区')!)).toEqual(['老旧小区']);
    const apart = '老旧小区和棚户区改造';
    expect(markedTerms(apart, match(apart, '老旧小区改造')!)).toEqual(['老旧小区', '改造']);
  });
});
