import { describe, expect, it } from 'vitest';
import { encodeTextTerm, quoteDirective, withTextDirective, wordBoundaries } from '../src/share/text-fragment.ts';

const P40 =
  '努力把城市建设得更宜居。全力服务城市快速路、临临高速等省、市重点城建工程，完成9条城市支路、15条背街小巷提升改造。' +
  '两年内完成全区雨污分流管网改造，持续完善城市功能配套，改善居住环境，优化城市风貌。';

/** Decodes a directive back into its terms, as a browser does. */
function terms(directive: string): string[] {
  return directive
    .replace(/^text=/, '')
    .split(',')
    .map((term) => decodeURIComponent(term));
}

describe('encodeTextTerm', () => {
  it('percent-encodes the characters a text directive uses as syntax: - & ,', () => {
    expect(encodeTextTerm('A-B & C,D')).toBe('A%2DB%20%26%20C%2CD');
  });

  it('percent-encodes Chinese as UTF-8 and decodes back to the same text', () => {
    expect(encodeTextTerm('宜居。')).toBe('%E5%AE%9C%E5%B1%85%E3%80%82');
    expect(decodeURIComponent(encodeTextTerm('“起底式”-排查,分类&施策'))).toBe('“起底式”-排查,分类&施策');
  });
});

describe('wordBoundaries', () => {
  it('cuts Chinese into words, not characters', () => {
    const bounds = wordBoundaries('雨污分流管网改造');
    expect(bounds[0]).toBe(0);
    expect(bounds.at(-1)).toBe(8);
    expect(bounds.length).toBeLessThan(9);
  });
});

describe('quoteDirective', () => {
  it('puts a short quote whole into the link', () => {
    const start = P40.indexOf('努力把城市建设得更宜居。');
    const link = quoteDirective(P40, start, start + '努力把城市建设得更宜居。'.length);
    expect(link?.quote).toBe('努力把城市建设得更宜居。');
    expect(link?.directive).toBe(`text=${encodeTextTerm('努力把城市建设得更宜居。')}`);
  });

  it('widens a selection that cuts words in two to whole words', () => {
    const start = P40.indexOf('雨污分流管网改造') + 1;
    const link = quoteDirective(P40, start, start + 5)!;
    expect(link.quote).toContain('污分流管网');
    expect(P40.includes(link.quote)).toBe(true);
    const bounds = wordBoundaries(P40);
    expect(bounds).toContain(P40.indexOf(link.quote));
    expect(bounds).toContain(P40.indexOf(link.quote) + link.quote.length);
  });

  it('links a long quote by its start and end, each whole words', () => {
    const sentence = '两年内完成全区雨污分流管网改造，持续完善城市功能配套，改善居住环境，优化城市风貌。';
    const start = P40.indexOf(sentence);
    const link = quoteDirective(P40, start, start + sentence.length)!;
    expect(link.quote).toBe(sentence);
    const [textStart, textEnd] = terms(link.directive);
    expect(terms(link.directive)).toHaveLength(2);
    expect(sentence.startsWith(textStart!)).toBe(true);
    expect(sentence.endsWith(textEnd!)).toBe(true);
    expect(textStart!.length).toBeGreaterThanOrEqual(8);
    expect(link.directive.length).toBeLessThan(encodeTextTerm(sentence).length);
  });

  it('makes the end term the first one after the start, so the highlight does not stop early', () => {
    const text = '推进城市更新改造工作，推进城市更新改造工作，再推进城市更新改造工作。';
    const link = quoteDirective(text, 0, text.length)!;
    const [textStart, textEnd] = terms(link.directive);
    const afterStart = text.indexOf(textEnd!, textStart!.length);
    expect(afterStart + textEnd!.length).toBe(text.length);
  });

  it('adds the words before a quote as a prefix when the quote also occurs earlier in the page', () => {
    const before = '今年重点抓好城市更新项目。';
    const paragraph = '我们要持续推进城市更新项目。';
    const start = paragraph.indexOf('城市更新项目');
    const link = quoteDirective(paragraph, start, start + '城市更新项目'.length, before)!;
    expect(link.directive).toMatch(/^text=[^,]+-,/);
    const [prefix] = link.directive.replace(/^text=/, '').split('-,');
    expect(paragraph.includes(`${decodeURIComponent(prefix!)}城市更新项目`)).toBe(true);
    expect(before.includes(`${decodeURIComponent(prefix!)}城市更新项目`)).toBe(false);
  });

  it('needs no prefix for a quote that first occurs in its paragraph', () => {
    const link = quoteDirective('我们要持续推进城市更新项目。', 7, 13, '今年重点抓好老旧小区改造。')!;
    expect(link.directive).not.toContain('-,');
  });

  it('encodes - & , inside the quote so they stay text', () => {
    const text = 'A-B 与 C&D,E';
    const link = quoteDirective(text, 0, text.length)!;
    expect(link.directive).toBe(`text=${encodeTextTerm(text)}`);
    expect(link.directive.slice('text='.length)).not.toMatch(/[-&,]/);
  });

  it('offers nothing for a selection of white space', () => {
    expect(quoteDirective('甲 　 乙', 1, 4)).toBeUndefined();
  });
});

describe('withTextDirective', () => {
  it('appends the directive after the element fragment', () => {
    expect(withTextDirective('https://example.org/tasks/#p40', 'text=a')).toBe(
      'https://example.org/tasks/#p40:~:text=a',
    );
    expect(withTextDirective('https://example.org/tasks/', 'text=a')).toBe('https://example.org/tasks/#:~:text=a');
  });
});
