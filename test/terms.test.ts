// The report's terms: quoted names, their occurrences, pinyin order, glossary explanations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/pipeline/build-report.ts';
import { countIn, initialOf, markedUrl, quotedTerms } from '../src/pipeline/terms.ts';
import { build, MINIMAL, root } from './helpers.ts';

describe('quoted terms', () => {
  it('takes quoted names, not quoted sentences, single characters or long slogans', () => {
    expect(
      quotedTerms(
        '深化教育“双减”工作，实现“零”的突破，坚持“更新老城、拓展新区”，“2+4”产业，“一屏观全域一网管全城高效处置每件事”',
      ),
    ).toEqual(['双减', '2+4']);
  });

  it('counts a term quoted or not, in each paragraph', () => {
    expect(countIn('建设“无证明城市”，无证明城市建设', '无证明城市')).toBe(2);
  });

  it('files terms under their pinyin initial, digits and marks under #', () => {
    expect(['双减', '一网通办', '两癌', '专精特新', '六连冠', '他山', '2+4', 'N+长者食堂'].map(initialOf)).toEqual([
      'S',
      'Y',
      'L',
      'Z',
      'L',
      'T',
      '#',
      'N',
    ]);
  });

  it('links an occurrence so that the page marks the term, as search does', () => {
    expect(markedUrl('/tasks/#p40', '2+4')).toBe('/tasks/?hl=2%2B4#p40');
  });

  it('lists every paragraph a term occurs in, with counts, in pinyin order', () => {
    const text = MINIMAL.replace(
      '过去五年，我们取得了成绩。',
      '过去五年，我们落实“双减”，建设“四新”经济。双减成效明显。',
    ).replace('推进总部经济。', '推进总部经济，“四新”加快，落实“两癌”筛查。');
    const { terms } = build(text);
    expect(terms.terms.map((term) => [term.term, term.initial, term.count])).toEqual([
      ['两癌', 'L', 1],
      ['双减', 'S', 2],
      ['四新', 'S', 2],
    ]);
    expect(terms.terms[1]!.occurrences).toEqual([
      { paragraph: 'p3', count: 2, section: 'review', url: '/review/?hl=%E5%8F%8C%E5%87%8F#p3' },
    ]);
    expect(terms.terms[2]!.occurrences.map((each) => each.paragraph)).toEqual(['p3', 'p5']);
  });
});

describe('a glossary appendix', () => {
  const folder = join(root, 'test/fixtures/genre/glossary');
  const { terms } = buildReport({
    source: readFileSync(join(folder, 'report.txt')),
    meta: JSON.parse(readFileSync(join(folder, 'report.meta.json'), 'utf8')),
    base: '/',
  });

  it('shows its explanations with the terms they explain, quoted in the text or not', () => {
    const byName = new Map(terms.terms.map((term) => [term.term, term]));
    expect(byName.get('一网通办')).toMatchObject({
      explanation: '企业和群众办事只需登录一个平台、提交一次材料即可办结的政务服务模式。',
      explainedIn: 'p10',
      occurrences: [{ paragraph: 'p4', count: 1 }],
    });
    expect(byName.get('新质生产力')?.occurrences.map((each) => each.paragraph)).toEqual(['p5']);
    expect(byName.get('放管服')?.explanation).toBe('简政放权、放管结合、优化服务的简称。');
  });
});
