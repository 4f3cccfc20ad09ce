// The structure recognised in small reports of each shape of the genre (test/fixtures/genre/):
// what a reader of each text sees as its cover, parts, sub-parts, run-in heads and appendices.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupTables } from '../src/pipeline/block-groups.ts';
import { buildReport, type BuildOutput } from '../src/pipeline/build-report.ts';
import type { Block, HeaderBlock, HeadingBlock, ParagraphBlock, RowBlock } from '../src/schemas/block.ts';
import type { Section } from '../src/schemas/section.ts';
import { root } from './helpers.ts';

const SHAPES = [
  'numbered-four',
  'three-parts-run-in',
  'two-parts-appendices',
  'bare-like-ours',
  'targets-part',
  'unknown-kind',
  'glossary',
  'appendix-labels',
  'end-matter',
  'heading-lines',
  'missing-first-part',
  'loose-part-headings',
  'run-in-parts',
  'paren-parts',
  'headingless',
] as const;
type Shape = (typeof SHAPES)[number];
/** Shapes with a part that does not start at a heading line of its own, or with warnings by design. */
const IRREGULAR = new Set<Shape>(['missing-first-part', 'run-in-parts', 'headingless']);
/** Shapes whose every part starts at a heading line, numbered without gaps. */
const REGULAR = SHAPES.filter((shape) => !IRREGULAR.has(shape));

const folder = (shape: Shape) => join(root, 'test/fixtures/genre', shape);
const textOf = (shape: Shape) => readFileSync(join(folder(shape), 'report.txt'), 'utf8');
const metaOf = (shape: Shape): Record<string, unknown> =>
  JSON.parse(readFileSync(join(folder(shape), 'report.meta.json'), 'utf8'));

function buildText(text: string, meta: unknown, base = '/'): BuildOutput {
  return buildReport({ source: new TextEncoder().encode(text), meta, base });
}
const built = (shape: Shape) => buildText(textOf(shape), metaOf(shape));

/** The message the build of this text fails with. */
function failureOf(text: string, meta: unknown): string {
  try {
    buildText(text, meta);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the build to fail');
}

/** The 1-based number of the fixture's line with exactly this text (which occurs once). */
function lineOf(shape: Shape, text: string): number {
  const lines = textOf(shape).split('\n');
  const at = lines.flatMap((line, index) => (line.trim() === text ? [index + 1] : []));
  if (at.length !== 1) throw new Error(`${shape}: “${text}” is on ${at.length} lines`);
  return at[0]!;
}

/** The fixture with some lines blanked out, so that the other lines keep their numbers. */
function blanking(shape: Shape, ...texts: string[]): string {
  const gone = new Set(texts.map((text) => lineOf(shape, text)));
  return textOf(shape)
    .split('\n')
    .map((line, index) => (gone.has(index + 1) ? '' : line))
    .join('\n');
}

/** The fixture with a line inserted after line `after`. */
function inserting(shape: Shape, after: number, text: string): string {
  const lines = textOf(shape).split('\n');
  return [...lines.slice(0, after), text, ...lines.slice(after)].join('\n');
}

const allBlocks = (output: BuildOutput): Block[] => output.report.sections.flatMap((section) => section.blocks);
const slugsOf = (output: BuildOutput) => output.report.sections.map((section) => section.slug);
function sectionOf(output: BuildOutput, slug: string): Section {
  const section = output.report.sections.find((each) => each.slug === slug);
  if (!section) throw new Error(`no section ${slug} (sections: ${slugsOf(output).join(', ')})`);
  return section;
}
const headingsOf = (section: Section, level?: 1 | 2 | 3) =>
  section.blocks.filter(
    (block): block is HeadingBlock => block.kind === 'heading' && (level === undefined || block.level === level),
  );
const paragraphsOf = (blocks: Block[]) => blocks.filter((block): block is ParagraphBlock => block.kind === 'paragraph');
const headersOf = (blocks: Block[]) => blocks.filter((block): block is HeaderBlock => block.kind === 'header');
const rowsOf = (blocks: Block[]) => blocks.filter((block): block is RowBlock => block.kind === 'row');
/** The block made of the source line with exactly this text. */
function blockOf(output: BuildOutput, text: string): Block {
  const found = allBlocks(output).filter((block) => block.text === text);
  if (found.length !== 1) throw new Error(`${found.length} blocks have the text “${text}”`);
  return found[0]!;
}
/** The section holding the block made of this line. */
const sectionHolding = (output: BuildOutput, text: string) =>
  output.report.sections.find((section) => section.blocks.some((block) => block.text === text))?.slug;

describe.each(SHAPES)('every shape of the genre: %s', (shape) => {
  const output = built(shape);
  const blocks = allBlocks(output);

  it('keeps every non-blank line as exactly one block, in order, its text and line number unchanged', () => {
    const lines = textOf(shape)
      .split('\n')
      .flatMap((text, index) => (text.trim() === '' ? [] : [{ line: index + 1, text: text.trim() }]));
    expect(blocks.map(({ line, text }) => ({ line, text }))).toEqual(lines);
  });

  it('numbers paragraphs p1…pN and table rows r1…rN consecutively across the report, appendices included', () => {
    const paragraphs = paragraphsOf(blocks);
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs.map((paragraph) => paragraph.number)).toEqual(paragraphs.map((_, index) => index + 1));
    expect(paragraphs.map((paragraph) => paragraph.id)).toEqual(paragraphs.map((_, index) => `p${index + 1}`));
    const rows = rowsOf(blocks);
    expect(rows.map((row) => row.id)).toEqual(rows.map((_, index) => `r${index + 1}`));
  });

  it('gives every block a unique ASCII id and every section a unique ASCII slug', () => {
    const ids = blocks.map((block) => block.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    const slugs = slugsOf(output);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('gives the same slugs and ids every time, whatever the line ends, a BOM or the base path', () => {
    const again = built(shape);
    const crlf = buildText(`\ufeff${textOf(shape).replace(/\n/g, '\r\n')}`, metaOf(shape), '/sub/');
    const structure = (each: BuildOutput) =>
      each.report.sections.map((section) => [section.slug, section.blocks.map((block) => block.id)]);
    expect(structure(again)).toEqual(structure(output));
    expect(structure(crlf)).toEqual(structure(output));
    expect(again.report).toEqual(output.report);
  });
});

describe.each(REGULAR)('every regular shape: %s', (shape) => {
  const output = built(shape);

  it('opens with the opening address and starts every part and appendix at its own line, a level-1 heading', () => {
    const [opening, ...rest] = output.report.sections;
    expect(opening).toMatchObject({ slug: 'opening', kind: 'opening', url: '/' });
    expect(rest.length).toBeGreaterThan(0);
    for (const section of rest) {
      expect(section.blocks[0]).toMatchObject({ kind: 'heading', level: 1, id: section.slug });
      // A heading over several lines: its later lines continue it, and the title is all of them.
      const lines = headingsOf(section, 1);
      expect(lines.slice(1).every((line) => line.continues)).toBe(true);
      expect(section.title.replace(/ /g, '')).toBe(
        lines
          .map((line) => line.text)
          .join('')
          .replace(/ /g, ''),
      );
      expect(section.url).toBe(`/${section.slug}/`);
    }
  });

  it('builds without warnings: its numbering has no gaps', () => {
    expect(output.warnings).toEqual([]);
  });
});

describe('numbered-four: a city report with a dateline, a speaker and four numbered parts', () => {
  const output = built('numbered-four');

  it('puts the dateline and the speaker on the cover, before the address', () => {
    const opening = sectionOf(output, 'opening');
    expect(headersOf(opening.blocks).map(({ id, role, text }) => ({ id, role, text }))).toEqual([
      { id: 'header-1', role: 'dateline', text: '——2022年2月18日在某市第十六届人民代表大会第一次会议上' },
      { id: 'header-2', role: 'speaker', text: '市长 张三' },
    ]);
    expect(paragraphsOf(opening.blocks)[0]).toMatchObject({ id: 'p1', text: '各位代表：' });
  });

  it('recognises the opening address and the parts review, goals, tasks, governance, titled by their lines', () => {
    expect(slugsOf(output)).toEqual(['opening', 'review', 'goals', 'tasks', 'governance']);
    expect(output.report.sections.slice(1).map((section) => section.title)).toEqual([
      '一、过去五年工作回顾',
      '二、今后五年工作的总体思路和目标任务',
      '三、2022年经济社会发展目标任务和重点工作',
      '四、全面提升政府治理能力和水平',
    ]);
  });

  it('takes 今后五年…目标任务 for the five-year goals, not for the year’s tasks', () => {
    expect(blockOf(output, '二、今后五年工作的总体思路和目标任务')).toMatchObject({ kind: 'heading', id: 'goals' });
    expect(blockOf(output, '三、2022年经济社会发展目标任务和重点工作')).toMatchObject({ kind: 'heading', id: 'tasks' });
  });

  it('labels each part by its heading without the number, and numbers it as written', () => {
    const parts = output.sections.filter((section) => section.kind === 'part');
    expect(parts.map(({ label, numeral, name }) => ({ label, numeral, name }))).toEqual([
      { label: '过去五年工作回顾', numeral: '一', name: '工作回顾' },
      { label: '今后五年工作的总体思路和目标任务', numeral: '二', name: '思路目标' },
      { label: '2022年经济社会发展目标任务和重点工作', numeral: '三', name: '目标任务和工作重点' },
      { label: '全面提升政府治理能力和水平', numeral: '四', name: '政府自身建设' },
    ]);
  });

  it('keeps the review’s —— lines and 一是…/二是… lists as paragraphs: the review has no sub-parts', () => {
    const review = sectionOf(output, 'review');
    expect(headingsOf(review, 2)).toEqual([]);
    expect(headingsOf(review, 3)).toEqual([]);
    const lines = review.blocks.slice(1);
    expect(lines.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(lines.map((block) => block.text.slice(0, 4))).toEqual([
      '过去的五',
      '——聚焦',
      '——聚焦',
      '一是营商',
      '二是民生',
    ]);
  });

  it('makes the own-line （一）（二）（三） of the tasks level-2 headings tasks-1…tasks-3', () => {
    const tasks = sectionOf(output, 'tasks');
    expect(headingsOf(tasks, 2).map(({ id, text, line }) => ({ id, text, line }))).toEqual([
      {
        id: 'tasks-1',
        text: '（一）着力扩大需求稳定增长',
        line: lineOf('numbered-four', '（一）着力扩大需求稳定增长'),
      },
      {
        id: 'tasks-2',
        text: '（二）着力推动产业提质增效',
        line: lineOf('numbered-four', '（二）着力推动产业提质增效'),
      },
      { id: 'tasks-3', text: '（三）着力增进民生福祉', line: lineOf('numbered-four', '（三）着力增进民生福祉') },
    ]);
    expect(blockOf(output, '（二）着力推动产业提质增效').url).toBe('/tasks/#tasks-2');
  });

  it('marks the run-in heads of the paragraphs under a sub-part, such as 狠抓项目投资。, at level 3', () => {
    const tasks = sectionOf(output, 'tasks');
    const investment = paragraphsOf(tasks.blocks).find((paragraph) => paragraph.text.startsWith('狠抓项目投资。'));
    expect(investment).toMatchObject({ lead: '狠抓项目投资。', leadLevel: 3 });
    const outline = tasks.outline.map(({ level, text }) => `${level} ${text}`);
    expect(outline.slice(0, 4)).toEqual([
      '1 三、2022年经济社会发展目标任务和重点工作',
      '2 （一）着力扩大需求稳定增长',
      '3 狠抓项目投资',
      '3 促进消费升级',
    ]);
  });

  it('keeps the closing 各位代表！… in the last part, as a paragraph', () => {
    const closing = textOf('numbered-four').trim().split('\n').at(-1)!;
    expect(sectionHolding(output, closing)).toBe('governance');
    expect(blockOf(output, closing)).toMatchObject({ kind: 'paragraph' });
    expect(blockOf(output, closing)).not.toHaveProperty('lead');
  });

  it('gives each section a page, in reading order, in sections.json', () => {
    const pages = JSON.parse(output.files.get('sections.json')!);
    expect(pages.map((page: { order: number; slug: string }) => [page.order, page.slug])).toEqual([
      [0, 'opening'],
      [1, 'review'],
      [2, 'goals'],
      [3, 'tasks'],
      [4, 'governance'],
    ]);
  });
});

describe('three-parts-run-in: a title, a two-line dateline and run-in sub-parts in the review', () => {
  const output = built('three-parts-run-in');

  it('takes the title, the dateline over two lines and the speaker (spaces kept) as the cover', () => {
    expect(headersOf(sectionOf(output, 'opening').blocks).map(({ role, text }) => [role, text])).toEqual([
      ['title', '政府工作报告'],
      ['dateline', '——2024年1月10日'],
      ['dateline', '在某市第十八届人民代表大会第三次会议上'],
      ['speaker', '市  长  李四'],
    ]);
  });

  it('takes 各位代表: with an ASCII colon as the address that opens the text', () => {
    expect(paragraphsOf(sectionOf(output, 'opening').blocks)[0]).toMatchObject({ id: 'p1', text: '各位代表:' });
  });

  it('recognises the parts review, tasks and governance', () => {
    expect(slugsOf(output)).toEqual(['opening', 'review', 'tasks', 'governance']);
  });

  it('reads the review’s run-in （一）…。 as paragraphs whose lead is the numbered heading sentence, at level 2', () => {
    const review = sectionOf(output, 'review');
    expect(headingsOf(review, 2)).toEqual([]);
    const subParts = paragraphsOf(review.blocks).filter((paragraph) => paragraph.leadLevel === 2);
    expect(subParts.map((paragraph) => paragraph.lead)).toEqual([
      '（一）抓住重大机遇，发展势能加快集聚。',
      '（二）稳住经济大盘，回升向好态势巩固。',
      '（三）办好民生实事，群众获得感增强。',
    ]);
    for (const paragraph of subParts) expect(paragraph.text.startsWith(paragraph.lead!)).toBe(true);
    expect(review.outline.filter((entry) => entry.level === 2).map((entry) => entry.text)).toEqual([
      '（一）抓住重大机遇，发展势能加快集聚',
      '（二）稳住经济大盘，回升向好态势巩固',
      '（三）办好民生实事，群众获得感增强',
    ]);
  });

  it('keeps the 各位代表，… between two run-in sub-parts as a paragraph of the review, without a lead', () => {
    const address = blockOf(
      output,
      '各位代表，这些成绩的取得，离不开广大市民的理解和支持。谨向全市人民致以崇高的敬意！',
    );
    expect(address).toMatchObject({ kind: 'paragraph' });
    expect(address).not.toHaveProperty('lead');
    expect(sectionHolding(output, address.text)).toBe('review');
  });

  it('makes the own-line （一）（二） of the tasks level-2 headings, numbered afresh in the new part', () => {
    expect(headingsOf(sectionOf(output, 'tasks'), 2).map(({ id, text }) => [id, text])).toEqual([
      ['tasks-1', '（一）大力推进项目建设，全面增强发展后劲'],
      ['tasks-2', '（二）大力扩大有效需求，全面激发市场活力'],
    ]);
  });

  it('keeps a 各位代表： in the middle of a part as a paragraph, never a heading', () => {
    const mid = allBlocks(output).filter((block) => block.text === '各位代表：');
    expect(mid).toHaveLength(1);
    expect(mid[0]).toMatchObject({ kind: 'paragraph', line: lineOf('three-parts-run-in', '各位代表：') });
    expect(sectionHolding(output, '各位代表：')).toBe('tasks');
  });
});

describe('two-parts-appendices: two parts, a closing paragraph, then a table and a numbered list as appendices', () => {
  const output = built('two-parts-appendices');

  it('recognises the parts review and tasks, then the appendices appendix-1 and appendix-2', () => {
    expect(slugsOf(output)).toEqual(['opening', 'review', 'tasks', 'appendix-1', 'appendix-2']);
    expect(output.report.sections.map((section) => section.kind)).toEqual([
      'opening',
      'part',
      'part',
      'appendix',
      'appendix',
    ]);
  });

  it('keeps the governance text and the closing paragraph inside the tasks, as paragraphs', () => {
    for (const text of [
      '打铁必须自身硬。我们将持续加强政府自身建设，坚持依法行政，自觉接受各方面监督。',
      '各位代表，新的一年任务艰巨、使命光荣。让我们鼓足干劲、埋头苦干，交出一份人民满意的答卷！',
    ]) {
      expect(blockOf(output, text)).toMatchObject({ kind: 'paragraph' });
      expect(sectionHolding(output, text)).toBe('tasks');
    }
  });

  it('titles each appendix by its marker line, with the appendix’s own title as a level-2 heading', () => {
    const first = sectionOf(output, 'appendix-1');
    const second = sectionOf(output, 'appendix-2');
    expect([first.title, second.title]).toEqual(['附件一', '附件二']);
    expect(headingsOf(first, 2).map(({ id, text }) => [id, text])).toEqual([
      ['appendix-1-1', '2022年度民生实事办理情况一览表'],
    ]);
    expect(headingsOf(second, 2).map(({ id, text }) => [id, text])).toEqual([['appendix-2-1', '2023年度民生实事项目']]);
    const labels = output.sections.filter((section) => section.kind === 'appendix').map((section) => section.label);
    expect(labels).toEqual(['附件一 2022年度民生实事办理情况一览表', '附件二 2023年度民生实事项目']);
  });

  it('reads the tab-separated lines as table rows with their cells, the first row as the header', () => {
    const rows = rowsOf(sectionOf(output, 'appendix-1').blocks);
    expect(rows.map((row) => row.cells)).toEqual([
      ['重点事项', '牵头单位', '实际进度'],
      ['一、新改建城市道路二十条', '市住建局', '已全部完工通车'],
      ['二、开设中小学课后托管班', '市教育局', '全市公办学校均已开班'],
      ['三、新增公共停车泊位五千个', '市城市管理局', '新增泊位五千二百个'],
    ]);
    expect(rows.map((row) => row.head ?? false)).toEqual([true, false, false, false]);
    for (const row of rows) expect(row.text).toBe(row.cells.join('\t'));
  });

  it('holds nothing but its titles and rows in the table appendix: rows starting 一、… are not parts', () => {
    const table = sectionOf(output, 'appendix-1');
    expect(table.blocks.map((block) => block.kind)).toEqual(['heading', 'heading', 'row', 'row', 'row', 'row']);
    expect(output.report.sections.filter((section) => section.kind === 'part')).toHaveLength(2);
  });

  it('keeps the numbered items of 附件二 as paragraphs: they look like sub-parts but are a list', () => {
    const list = sectionOf(output, 'appendix-2');
    expect(headingsOf(list, 2)).toHaveLength(1);
    expect(headingsOf(list, 3)).toEqual([]);
    const items = paragraphsOf(list.blocks);
    expect(items.map((item) => item.text.slice(0, 2))).toEqual(['一、', '二、', '三、']);
    const lastInTasks = paragraphsOf(sectionOf(output, 'tasks').blocks).at(-1)!;
    expect(items[0]!.number).toBe(lastInTasks.number + 1);
    expect(items[0]!.url).toBe(`/appendix-2/#p${items[0]!.number}`);
  });

  it('gives each part and each appendix a page of its own', () => {
    expect(output.pages.map((page) => [page.kind, page.url])).toEqual([
      ['opening', '/'],
      ['part', '/review/'],
      ['part', '/tasks/'],
      ['appendix', '/appendix-1/'],
      ['appendix', '/appendix-2/'],
    ]);
  });
});

describe('bare-like-ours: bare part headings without numbers, sub-parts numbered 一、', () => {
  const output = built('bare-like-ours');

  it('has no cover: the text opens with the address', () => {
    const opening = sectionOf(output, 'opening');
    expect(headersOf(opening.blocks)).toEqual([]);
    expect(opening.blocks[0]).toMatchObject({ kind: 'paragraph', id: 'p1', text: '各位代表：' });
  });

  it('recognises the bare lines 2022年工作回顾 and 2023年工作安排 as the parts review and tasks', () => {
    expect(slugsOf(output)).toEqual(['opening', 'review', 'tasks']);
    expect(output.sections.slice(1).map(({ label, numeral }) => [label, numeral])).toEqual([
      ['2022年工作回顾', '一'],
      ['2023年工作安排', '二'],
    ]);
  });

  it('makes 一、…五、 in the tasks level-2 headings tasks-1…tasks-5', () => {
    const subParts = headingsOf(sectionOf(output, 'tasks'), 2);
    expect(subParts.map((heading) => heading.id)).toEqual(['tasks-1', 'tasks-2', 'tasks-3', 'tasks-4', 'tasks-5']);
    expect(subParts.map((heading) => heading.text.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、']);
  });

  it('takes 五、加强政府自身建设 for the fifth sub-part of the tasks, not for a governance part', () => {
    expect(blockOf(output, '五、加强政府自身建设')).toMatchObject({ kind: 'heading', level: 2, id: 'tasks-5' });
    expect(sectionHolding(output, '五、加强政府自身建设')).toBe('tasks');
    expect(slugsOf(output)).not.toContain('governance');
  });
});

describe('targets-part: the State Council’s shape, with a part for the year’s requirements and targets', () => {
  const output = built('targets-part');

  it('recognises review, targets, tasks and governance', () => {
    expect(slugsOf(output)).toEqual(['opening', 'review', 'targets', 'tasks', 'governance']);
    expect(blockOf(output, '二、2024年经济社会发展总体要求和政策取向')).toMatchObject({ id: 'targets' });
    expect(blockOf(output, '三、2024年政府工作任务')).toMatchObject({ id: 'tasks' });
  });

  it('takes the premier’s line for the speaker', () => {
    expect(headersOf(sectionOf(output, 'opening').blocks).map((header) => header.role)).toEqual([
      'title',
      'dateline',
      'speaker',
    ]);
  });

  it('makes （一） a level-2 heading and an own-line 1.… under it a level-3 heading', () => {
    const tasks = sectionOf(output, 'tasks');
    expect(tasks.outline.filter((entry) => entry.level < 3 || entry.id.startsWith('tasks'))).toEqual([
      { id: 'tasks', level: 1, text: '三、2024年政府工作任务' },
      { id: 'tasks-1', level: 2, text: '（一）大力推进现代化产业体系建设' },
      { id: 'tasks-1-1', level: 3, text: '1.推动产业链供应链优化升级' },
      { id: 'tasks-1-2', level: 3, text: '2.积极培育新兴产业和未来产业' },
      { id: 'tasks-2', level: 2, text: '（二）深入实施科教兴国战略' },
    ]);
    expect(headingsOf(tasks, 3).map((heading) => heading.line)).toEqual([
      lineOf('targets-part', '1.推动产业链供应链优化升级'),
      lineOf('targets-part', '2.积极培育新兴产业和未来产业'),
    ]);
  });

  it('finds no sub-parts in the review or the targets, which have none', () => {
    expect(headingsOf(sectionOf(output, 'review')).length).toBe(1);
    expect(headingsOf(sectionOf(output, 'targets')).length).toBe(1);
  });
});

describe('unknown-kind: slogan headings that name no kind, and two parts of one kind', () => {
  const output = built('unknown-kind');

  it('names a part whose heading matches no kind part-N, N being its position among the parts', () => {
    expect(blockOf(output, '坚定信心，砥砺前行')).toMatchObject({ kind: 'heading', level: 1, id: 'part-1' });
    expect(blockOf(output, '乘势而上，再启新程')).toMatchObject({ kind: 'heading', level: 1, id: 'part-4' });
  });

  it('gives the first part of a kind the kind’s slug, and a second one of the same kind part-N', () => {
    expect(slugsOf(output)).toEqual(['opening', 'part-1', 'review', 'part-3', 'part-4', 'tasks']);
    expect(blockOf(output, '过去五年工作回顾')).toMatchObject({ id: 'review' });
    expect(blockOf(output, '2023年工作回顾')).toMatchObject({ id: 'part-3' });
  });

  it('calls a part-N by its own heading, since it has no kind’s name', () => {
    const names = Object.fromEntries(output.sections.map((section) => [section.slug, section.name]));
    expect(names).toMatchObject({
      'part-1': '坚定信心，砥砺前行',
      review: '工作回顾',
      'part-3': '2023年工作回顾',
      'part-4': '乘势而上，再启新程',
    });
  });

  it('numbers bare parts by their position: 一 to 五', () => {
    expect(output.sections.slice(1).map((section) => section.numeral)).toEqual(['一', '二', '三', '四', '五']);
  });
});

describe('glossary: a 名词解释 appendix of numbered terms', () => {
  const output = built('glossary');

  it('recognises the parts, then the glossary as an appendix titled by its line', () => {
    expect(slugsOf(output)).toEqual(['opening', 'review', 'tasks', 'appendix-1']);
    expect(sectionOf(output, 'appendix-1')).toMatchObject({ kind: 'appendix', title: '名词解释' });
  });

  it('keeps the 1.术语：释义 items as paragraphs, none of them a heading, numbered on from the report', () => {
    const glossary = sectionOf(output, 'appendix-1');
    expect(headingsOf(glossary)).toHaveLength(1);
    const items = paragraphsOf(glossary.blocks);
    expect(items.map((item) => item.text.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.']);
    expect(items.map((item) => item.id)).toEqual(['p8', 'p9', 'p10', 'p11']);
  });
});

describe('numbering gaps are reported, naming the line, and the build goes on', () => {
  it('warns when the own-line （二） is missing between （一） and （三）', () => {
    const text = blanking(
      'numbered-four',
      '（二）着力推动产业提质增效',
      '壮大先进制造业。实施技术改造项目八百个，推动传统产业向中高端迈进。',
      '发展现代服务业。加快物流园区建设，培育一批服务业龙头企业。',
    );
    const { warnings, report } = buildText(text, metaOf('numbered-four'));
    const third = lineOf('numbered-four', '（三）着力增进民生福祉');
    const first = lineOf('numbered-four', '（一）着力扩大需求稳定增长');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.line).toBe(third);
    expect(warnings[0]!.message).toMatch(/1.*3/);
    expect(warnings[0]!.message).toContain(`第${first}行`);
    const tasks = report.sections.find((section) => section.slug === 'tasks')!;
    expect(headingsOf(tasks, 2).map((heading) => heading.text)).toEqual([
      '（一）着力扩大需求稳定增长',
      '（三）着力增进民生福祉',
    ]);
  });

  it('warns when a run-in sub-part is missing', () => {
    const text = blanking(
      'three-parts-run-in',
      '（二）稳住经济大盘，回升向好态势巩固。出台稳增长政策措施四十条，工业生产较上年提速七个百分点。',
    );
    const { warnings } = buildText(text, metaOf('three-parts-run-in'));
    expect(warnings.map((warning) => warning.line)).toEqual([
      lineOf('three-parts-run-in', '（三）办好民生实事，群众获得感增强。城镇新增就业十万人，新开工保障性住房一万套。'),
    ]);
  });

  it('warns when a numbered part is missing between 一、 and 三、', () => {
    const text = blanking(
      'numbered-four',
      '二、今后五年工作的总体思路和目标任务',
      '今后五年政府工作的总体思路是：坚持稳中求进，坚持创新驱动，奋力建设现代化强市。',
      '主要目标是：经济实力明显增强，科技创新能力显著提升，人民生活更加殷实。',
    );
    const output = buildText(text, metaOf('numbered-four'));
    expect(output.warnings.map((warning) => warning.line)).toEqual([
      lineOf('numbered-four', '三、2022年经济社会发展目标任务和重点工作'),
    ]);
    expect(slugsOf(output)).toEqual(['opening', 'review', 'tasks', 'governance']);
  });
});

describe('第一，… as the second level', () => {
  it('takes run-in 第一，… lines below numbered parts for sub-parts, and leaves them in the text', () => {
    const text = [
      '各位代表：',
      '现在，我代表市人民政府向大会报告工作。',
      '一、2023年工作回顾',
      '过去一年，全市经济运行总体平稳。',
      '二、2024年工作安排',
      '第一，坚持稳中求进，巩固经济回升态势。全年实施重点项目300个。',
      '第二，坚持创新驱动，培育新质生产力。新建创新平台20个。',
      '今年要办好十件民生实事，第一，改造老旧小区；第二，新增学位。',
    ].join('\n');
    const { report } = buildReport({
      source: new TextEncoder().encode(text),
      meta: metaOf('bare-like-ours'),
      base: '/',
    });
    const tasks = report.sections.find((section) => section.slug === 'tasks')!;
    expect(tasks.outline.filter((entry) => entry.level === 2).map((entry) => entry.text)).toEqual([
      '第一，坚持稳中求进，巩固经济回升态势',
      '第二，坚持创新驱动，培育新质生产力',
    ]);
    expect(tasks.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: text.split('\n').at(-1) });
    expect(tasks.blocks.at(-1)).not.toHaveProperty('lead');
  });
});

describe('appendix-labels: labels on a line of their own, a list of appendices, an omitted one', () => {
  const output = built('appendix-labels');

  it('keeps the list 附件：1.… / 2.… in the text above, and starts each appendix at its label', () => {
    expect(sectionHolding(output, '附件：1.2024年市政府十件民生实事')).toBe('tasks');
    expect(sectionHolding(output, '2.名词解释')).toBe('tasks');
    expect(slugsOf(output)).toEqual([
      'opening',
      'review',
      'tasks',
      'appendix-1',
      'appendix-2',
      'appendix-3',
      'appendix-4',
    ]);
  });

  it('takes the line after a bare label as its title, a glossary title too, never as an appendix of its own', () => {
    expect(sectionOf(output, 'appendix-1').blocks.slice(0, 2)).toMatchObject([
      { kind: 'heading', level: 1, text: '附件1' },
      { kind: 'heading', level: 2, id: 'appendix-1-1', text: '2024年市政府十件民生实事' },
    ]);
    expect(sectionOf(output, 'appendix-2').blocks.slice(0, 2)).toMatchObject([
      { kind: 'heading', level: 1, text: '附件2' },
      { kind: 'heading', level: 2, text: '名词解释' },
    ]);
  });

  it('reads 附 录 / 附录一 as one heading over two lines, then its title', () => {
    const appendix = sectionOf(output, 'appendix-3');
    expect(appendix.blocks.slice(0, 3)).toMatchObject([
      { kind: 'heading', level: 1, id: 'appendix-3', text: '附 录' },
      { kind: 'heading', level: 1, id: 'appendix-3-line-2', text: '附录一', continues: true },
      { kind: 'heading', level: 2, text: '有关数据说明' },
    ]);
    expect(appendix.title).toBe('附 录 附录一');
  });

  it('builds an appendix that is only its heading: 附件三：…（略）', () => {
    expect(sectionOf(output, 'appendix-4').blocks).toMatchObject([
      { kind: 'heading', level: 1, text: '附件三：2023年民生实事完成情况（略）' },
    ]);
  });
});

describe('end-matter: lines after the last paragraph, and a newspaper’s page note', () => {
  const output = built('end-matter');

  it('keeps the 秘书处 line, the printing date, 此件有删减 and the source as notes at the end, never a part', () => {
    const tasks = sectionOf(output, 'tasks');
    expect(slugsOf(output)).toEqual(['opening', 'review', 'tasks']);
    expect(tasks.blocks.slice(-4)).toEqual([
      expect.objectContaining({ kind: 'note', id: 'note-2', role: 'imprint', text: '市九届人大四次会议秘书处' }),
      expect.objectContaining({ kind: 'note', role: 'imprint', text: '2024年1月12日印' }),
      expect.objectContaining({ kind: 'note', role: 'abridged', text: '（此件有删减）' }),
      expect.objectContaining({ kind: 'note', role: 'source', text: '（《某市日报》2024年1月13日第1版）' }),
    ]);
  });

  it('keeps a page note between two paragraphs as a note that numbers nothing', () => {
    const review = sectionOf(output, 'review');
    expect(review.blocks.map((block) => block.id)).toEqual(['review', 'p3', 'note-1', 'p4']);
    expect(blockOf(output, '（紧转第2版）（紧接第1版）')).toMatchObject({
      kind: 'note',
      role: 'page',
      url: '/review/#note-1',
    });
  });

  it('leaves notes out of the contents and the page description', () => {
    const tasks = output.pages.find((page) => page.slug === 'tasks')!;
    expect(tasks.outline.map((entry) => entry.id)).toEqual(['tasks']);
    expect(tasks.description).not.toContain('秘书处');
  });
});

describe('heading-lines: headings set over two lines, and sub-parts stated as what was done', () => {
  const output = built('heading-lines');

  it('reads a part heading over two lines as one heading, its kind from both lines', () => {
    const review = sectionOf(output, 'review');
    expect(review.title).toBe('“十四五”发展成就和2025年工作回顾');
    expect(review.blocks.slice(0, 2)).toMatchObject([
      { kind: 'heading', level: 1, id: 'review', text: '“十四五”发展成就' },
      { kind: 'heading', level: 1, id: 'review-line-2', text: '和2025年工作回顾', continues: true },
    ]);
    expect(review.outline[0]).toEqual({ id: 'review', level: 1, text: '“十四五”发展成就和2025年工作回顾' });
  });

  it('takes a subtitle under a heading for its second line, joined with a space', () => {
    expect(sectionOf(output, 'tasks').title).toBe('2026年工作安排 奋力开创现代化建设新局面');
  });

  it('makes 一年来，我们… headings the review’s sub-parts, not parts', () => {
    expect(headingsOf(sectionOf(output, 'review'), 2).map((block) => [block.id, block.text])).toEqual([
      ['review-1', '一年来，我们坚持创新驱动，产业转型步伐加快'],
      ['review-2', '一年来，我们坚持民生优先，群众获得感不断增强'],
    ]);
  });

  it('groups the heading with its later line for the page, which shows them as one heading', () => {
    const [first] = groupTables(sectionOf(output, 'review').blocks);
    expect(first).toMatchObject({ heading: { id: 'review' }, lines: [{ id: 'review-line-2' }] });
  });
});

describe('numbered parts whose headings are not lines of their own', () => {
  it('starts a part without a heading after the opening when the first numbered part is 二, with a warning', () => {
    const output = built('missing-first-part');
    expect(slugsOf(output)).toEqual(['opening', 'part-1', 'tasks', 'governance']);
    const first = sectionOf(output, 'part-1');
    expect(first.title).toBe('第一部分');
    expect(first.blocks[0]).toMatchObject({ kind: 'paragraph', id: 'p3', line: 3 });
    expect(output.pages[1]).toMatchObject({ slug: 'part-1', heading: 'none' });
    expect(output.warnings).toEqual([{ line: 3, message: expect.stringMatching(/第一个部分标题是第5行的“二、”/) }]);
  });

  it('takes long, comma-rich, colon- or stop-ended numbered headings where the numbering needs them', () => {
    const output = built('loose-part-headings');
    expect(output.report.sections.map((section) => section.title)).toEqual([
      '某省政府工作报告（2024年）',
      '一、 2023年工作回顾：',
      '二、坚定不移地推进新型工业化、农业现代化和城乡融合发展，全面提升全省综合实力和区域竞争力',
      '三、以改革开放为动力，进一步激发市场活力。',
      '四、加强政府自身建设',
    ]);
    expect(slugsOf(output)).toEqual(['opening', 'review', 'part-2', 'part-3', 'governance']);
  });

  it('reads a part heading run into its paragraph after a space as that paragraph’s lead, at level 1', () => {
    const output = built('run-in-parts');
    const review = sectionOf(output, 'review');
    expect(review.title).toBe('一、2023年工作回顾');
    expect(review.blocks[0]).toMatchObject({ kind: 'paragraph', id: 'p3', lead: '一、2023年工作回顾', leadLevel: 1 });
    expect(review.outline[0]).toEqual({ id: 'p3', level: 1, text: '一、2023年工作回顾' });
    expect(output.pages[1]).toMatchObject({ slug: 'review', heading: 'run-in' });
  });

  it('starts a part at a heading glued to its text when the sub-parts start again at （一） under it', () => {
    const output = built('run-in-parts');
    const third = sectionOf(output, 'part-3');
    expect(third.title).toBe('第三部分');
    expect(third.blocks[0]).toMatchObject({ kind: 'paragraph', line: 8 });
    expect(output.warnings).toEqual([{ line: 8, message: expect.stringMatching(/标题与正文连在一起/) }]);
  });

  it('takes （一）关于… lines for the parts where no 一、 or bare heading is used and they never start again', () => {
    const output = built('paren-parts');
    expect(output.report.sections.slice(1).map((section) => [section.slug, section.title])).toEqual([
      ['part-1', '（一）关于经济形势'],
      ['part-2', '（二）关于经济体制改革'],
      ['part-3', '（三）关于对外开放'],
    ]);
  });

  it('takes a numbered one-sentence line for a sub-part heading where text follows, not where it is a list item', () => {
    const text = [
      '各位代表：',
      '现在，我代表市人民政府向大会报告工作，请予审议。',
      '一、2023年工作回顾',
      '（一）“九项惠民工程”持续推进。',
      '新建学校五所，新增学位三千个。',
      '（二）营商环境持续优化。',
      '企业开办时间压缩到一天。',
      '二、2024年工作安排',
      '我们将重点做好以下工作：',
      '（一）加快发展现代工业。',
      '（二）加快发展现代农业。',
      '今年，我们要继续努力。',
    ].join('\n');
    const output = buildText(text, metaOf('numbered-four'));
    expect(headingsOf(sectionOf(output, 'review'), 2).map((block) => [block.id, block.text])).toEqual([
      ['review-1', '（一）“九项惠民工程”持续推进。'],
      ['review-2', '（二）营商环境持续优化。'],
    ]);
    expect(headingsOf(sectionOf(output, 'tasks'), 2)).toEqual([]);
    expect(blockOf(output, '（二）加快发展现代农业。')).toMatchObject({ kind: 'paragraph' });
  });

  it('takes the one unnumbered heading between （一） and （三） for the sub-part whose number was lost, with a warning', () => {
    const text = [
      '各位代表：',
      '现在，我代表市人民政府向大会报告工作，请予审议。',
      '一、2024年工作安排',
      '（一）扩大有效投资',
      '全年实施重点项目一百个。',
      '提振消费信心',
      '办好各类促消费活动。',
      '（三）保障改善民生',
      '办好十件民生实事。',
    ].join('\n');
    const output = buildText(text, metaOf('numbered-four'));
    expect(headingsOf(sectionOf(output, 'tasks'), 2).map((block) => [block.id, block.text])).toEqual([
      ['tasks-1', '（一）扩大有效投资'],
      ['tasks-2', '提振消费信心'],
      ['tasks-3', '（三）保障改善民生'],
    ]);
    expect(output.warnings).toEqual([{ line: 6, message: expect.stringMatching(/没有编号.*第2个分项/) }]);
  });

  it('takes numerals alone on their lines for the parts, and never the opening paragraph without its stop', () => {
    const text = [
      '各位代表：',
      '我代表国务院，向大会作政府工作报告，请予审议',
      '一',
      '过去一年，国民经济继续增长。',
      '二',
      '今年，我们要继续努力。',
    ].join('\n');
    const output = buildText(text, metaOf('paren-parts'));
    expect(output.report.sections.map((section) => [section.slug, section.title, section.blocks[0]!.line])).toEqual([
      ['opening', '国务院政府工作报告（1986年）', 1],
      ['part-1', '一', 3],
      ['part-2', '二', 5],
    ]);
  });

  it('warns where the sub-parts start again at （一） inside one part: a part heading is missing there', () => {
    const output = built('headingless');
    expect(slugsOf(output)).toEqual(['opening', 'text']);
    expect(output.warnings.map((warning) => warning.line)).toEqual([3, 6]);
    expect(output.warnings[1]!.message).toMatch(/重新从（一）开始.*缺少一个部分标题/);
  });
});

describe('refusing a text whose structure cannot be right', () => {
  const headingless = [
    '政府工作报告',
    '各位代表：',
    '现在，我代表市人民政府向大会报告工作。',
    '过去一年，全市经济运行总体平稳，各项事业取得新进展。',
    '新的一年，我们将继续聚焦发展、改善民生。',
  ].join('\n');

  it('builds a text with no part heading as one part 正文 after the opening, with a warning', () => {
    const output = buildText(headingless, metaOf('bare-like-ours'));
    expect(slugsOf(output)).toEqual(['opening', 'text']);
    const text = sectionOf(output, 'text');
    expect(text.title).toBe('正文');
    expect(text.blocks.map((block) => block.line)).toEqual([4, 5]);
    expect(output.warnings).toEqual([
      { line: 4, message: expect.stringMatching(/找不到部分标题.*正文.*no part heading/) },
    ]);
  });

  it('refuses a text with no part heading at all when the meta lists its parts, saying what a part heading looks like', () => {
    const message = failureOf(headingless, { ...metaOf('bare-like-ours'), parts: ['review', 'tasks'] });
    expect(message).toMatch(/找不到任何部分标题/);
    expect(message).toMatch(/^第5行 \(line 5\): /);
    expect(message).toMatch(/单独的一行/);
    expect(message).toMatch(/一、2023年工作回顾/);
    expect(message).toMatch(/no part heading found/);
  });

  it('refuses a bare part heading that appears twice, naming both lines', () => {
    const twice = inserting('bare-like-ours', 6, '2022年工作回顾');
    expect(failureOf(twice, metaOf('bare-like-ours'))).toMatch(/^第7行 \(line 7\): .*重复出现：第3行/);
  });

  it('refuses a numbered part heading that appears twice, naming both lines', () => {
    const heading = '二、今后五年工作的总体思路和目标任务';
    const first = lineOf('numbered-four', heading);
    const twice = inserting('numbered-four', first + 2, heading);
    expect(failureOf(twice, metaOf('numbered-four'))).toMatch(
      new RegExp(`^第${first + 3}行 \\(line ${first + 3}\\): .*第${first}行`),
    );
  });
});

describe('the parts listed in report.meta.json guard the recognised parts', () => {
  it('builds when the list matches the parts, in order', () => {
    const meta = { ...metaOf('numbered-four'), parts: ['review', 'goals', 'tasks', 'governance'] };
    expect(slugsOf(buildText(textOf('numbered-four'), meta))).toEqual(slugsOf(built('numbered-four')));
  });

  it('does not count appendices as parts', () => {
    const meta = { ...metaOf('two-parts-appendices'), parts: ['review', 'tasks'] };
    expect(slugsOf(buildText(textOf('two-parts-appendices'), meta))).toEqual([
      'opening',
      'review',
      'tasks',
      'appendix-1',
      'appendix-2',
    ]);
  });

  it('refuses a text whose parts differ from the list, naming the line of the first that differs', () => {
    const meta = { ...metaOf('numbered-four'), parts: ['review', 'tasks', 'governance'] };
    const line = lineOf('numbered-four', '二、今后五年工作的总体思路和目标任务');
    const message = failureOf(textOf('numbered-four'), meta);
    expect(message).toMatch(new RegExp(`^第${line}行 \\(line ${line}\\): `));
    expect(message).toContain('goals');
    expect(message).toContain('tasks');
  });

  it('refuses a listed governance part that the text has only as a sub-part', () => {
    const meta = { ...metaOf('bare-like-ours'), parts: ['review', 'tasks', 'governance'] };
    const message = failureOf(textOf('bare-like-ours'), meta);
    expect(message).toMatch(/缺少“政府自身建设”部分/);
    expect(message).toMatch(/missing part: governance/);
  });

  it('refuses a list that names a part-N where the text has a kind', () => {
    const meta = { ...metaOf('unknown-kind'), parts: ['part-1', 'part-2', 'part-3', 'part-4', 'tasks'] };
    const line = lineOf('unknown-kind', '过去五年工作回顾');
    expect(failureOf(textOf('unknown-kind'), meta)).toMatch(new RegExp(`^第${line}行`));
  });
});
