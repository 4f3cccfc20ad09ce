import { describe, expect, it } from 'vitest';
import type { Block, ParagraphBlock } from '../src/schemas/block.ts';
import { Report } from '../src/schemas/report.ts';
import { build, fixture, realSource } from './helpers.ts';

const expected = JSON.parse(fixture('real-report/expected.json'));
const { report, files } = build(realSource);
const blocks: Block[] = report.sections.flatMap((section) => section.blocks);
const paragraphs = blocks.filter((block): block is ParagraphBlock => block.kind === 'paragraph');

describe('the 2022 report', () => {
  it('splits into the opening address and the four parts, in order, each titled by its heading', () => {
    expect(report.sections.map((section) => section.slug)).toEqual(expected.sections);
    for (const section of report.sections.slice(1)) {
      expect(section.title).toBe(expected.titles[section.slug]);
      expect(section.blocks[0]).toMatchObject({ kind: 'heading', level: 1, id: section.slug, text: section.title });
    }
  });

  it('marks the opening and the parts by kind, and gives each section its contents', () => {
    expect(report.sections.map((section) => section.kind)).toEqual(['opening', 'part', 'part', 'part', 'part']);
    const tasks = report.sections.find((section) => section.slug === 'tasks')!;
    expect(tasks.outline.filter((entry) => entry.level === 2).map((entry) => entry.id)).toEqual(expected.subParts);
    expect(tasks.outline[0]).toEqual({ id: 'tasks', level: 1, text: expected.titles.tasks });
    expect(tasks.outline.find((entry) => entry.id === 'p29')).toEqual({
      id: 'p29',
      level: 3,
      text: '大力发展城市经济',
    });
    expect(blocks.some((block) => block.kind === 'header' || block.kind === 'row')).toBe(false);
  });

  it('numbers every paragraph p1…pN in document order, headings not counted', () => {
    expect(paragraphs).toHaveLength(expected.paragraphs);
    paragraphs.forEach((paragraph, index) => {
      expect(paragraph.number).toBe(index + 1);
      expect(paragraph.id).toBe(`p${index + 1}`);
    });
    for (const section of report.sections) {
      const numbers = section.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.number] : []));
      expect([numbers[0], numbers.at(-1)]).toEqual(expected.paragraphRanges[section.slug]);
    }
  });

  it('finds the five numbered sub-parts of the 2022 tasks as level-2 headings', () => {
    const subParts = blocks.filter((block) => block.kind === 'heading' && block.level === 2);
    expect(subParts.map((block) => block.id)).toEqual(expected.subParts);
    expect(subParts.map((block) => block.text.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、']);
  });

  it('marks run-in heads on exactly the paragraphs that have one', () => {
    const withLead = paragraphs.filter((paragraph) => paragraph.lead).map((paragraph) => paragraph.number);
    const wanted = (expected.leadRanges as [number, number][]).flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, index) => from + index),
    );
    expect(withLead).toEqual(wanted);
    expect(withLead).toHaveLength(expected.leadCount);
    for (const [id, lead] of Object.entries(expected.leads)) {
      const paragraph = paragraphs.find((candidate) => candidate.id === id)!;
      expect(paragraph.lead).toBe(lead);
      expect(paragraph.text.startsWith(lead as string)).toBe(true);
    }
  });

  it('keeps every non-blank source line as exactly one block, text unchanged, in order', () => {
    const sourceLines = new TextDecoder()
      .decode(realSource)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(blocks.map((block) => block.text)).toEqual(sourceLines);
    expect(blocks.map((block) => block.text).join('')).toBe(sourceLines.join(''));
  });

  it('gives every block an ASCII id and a site-relative url to its element', () => {
    for (const block of blocks) {
      expect(block.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(block.url).toMatch(new RegExp(`^/([a-z]+/)?#${block.id}$`));
    }
    expect(blocks.find((block) => block.id === 'p40')?.url).toBe('/tasks/#p40');
    expect(blocks.find((block) => block.id === 'p1')?.url).toBe('/#p1');
  });

  it('prefixes every url with the base path, never with an origin', () => {
    const { report: under } = build(realSource, '/zd2022/');
    const urls = under.sections.flatMap((section) => [section.url, ...section.blocks.map((block) => block.url)]);
    expect(urls.every((url) => url.startsWith('/zd2022/'))).toBe(true);
    expect(under.sections[3]!.blocks.find((block) => block.id === 'p40')?.url).toBe('/zd2022/tasks/#p40');
  });

  it('writes report.json, the sections’ pages, the data files and their schemas', () => {
    expect([...files.keys()].sort()).toEqual([
      'figures.csv',
      'figures.json',
      'figures.schema.json',
      'meta.json',
      'report.json',
      'report.md',
      'report.schema.json',
      'report.txt',
      'sections.json',
      'targets.csv',
      'terms.json',
      'terms.schema.json',
    ]);
    expect(Report.parse(JSON.parse(files.get('report.json')!))).toEqual(report);
  });
});

describe('section summaries', () => {
  it('describe each section by the start of its text, joining short paragraphs', () => {
    const opening = build(realSource).pages[0]!.description;
    expect(opening).toMatch(/^各位代表：现在，我代表区人民政府/);
    expect([...opening].length).toBeLessThanOrEqual(111);
  });
});

describe('the numbers and the words of our report', () => {
  const { figures, terms } = build(realSource);

  it('has exactly its five numeric main targets and the one without a number', () => {
    expect(
      figures.targets.map((target) => [target.indicator, target.name, target.phrase, target.qualifier, target.lower]),
    ).toEqual([
      ['gdp', '地区生产总值', '增长6%以上', 'at-least', 6],
      ['budget-revenue', '一般公共预算收入', '增长7%以上', 'at-least', 7],
      ['fixed-investment', '固定资产投资', '增长12%以上', 'at-least', 12],
      ['retail-sales', '全社会消费品零售总额', '增长7%左右', 'about', 7],
      ['income', '城乡居民人均可支配收入', '增长7%以上', 'at-least', 7],
      [null, '全面完成上级下达的节能减排约束性指标', '', 'qualitative', null],
    ]);
    expect(figures.targets.every((target) => target.paragraph === 'p27')).toBe(true);
  });

  it('has the five-year goals’ figures', () => {
    expect(figures.goals.map((goal) => goal.text)).toContain('“四新”经济占比超过38.5%');
    expect(figures.goals.map((goal) => goal.text)).toContain('地区生产总值年均增长7%以上');
  });

  it('lists its quoted terms with their occurrences', () => {
    const byName = new Map(terms.terms.map((term) => [term.term, term]));
    expect(terms.terms.length).toBeGreaterThan(80);
    expect(byName.get('双减')?.occurrences.length).toBeGreaterThanOrEqual(2);
    expect(byName.get('无证明城市')?.count).toBe(3);
    expect(byName.has('更新老城、拓展新区')).toBe(false);
  });
});
