import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkPlugins } from '../src/config/markdown.ts';
import { escapeMdxText } from '../src/pipeline/escape-mdx.ts';
import { build, realSource } from './helpers.ts';

// Parses MDX as the site's processor does (MDX syntax, remark-cjk-friendly, no GFM).
function parseMdx(mdx: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins);
  // Astro reads the frontmatter itself before MDX sees the body.
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return processor.runSync(processor.parse(body)) as Root;
}

type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/**
 * The pipeline's components in document order, with the text their children render and whether
 * anything but text and bold came out. (@mdx-js/mdx later unravels the paragraph that wraps a
 * one-line element; the parse tree still has it.)
 */
function renderedParagraphs(mdx: string) {
  const found: JsxElement[] = [];
  const visit = (node: Root | RootContent): void => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      /^(Paragraph|Heading)$/.test(node.name ?? '')
    ) {
      found.push(node);
      return;
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parseMdx(mdx));
  return found.map((node) => ({
    name: node.name,
    text: node.children.map((child) => toString(child)).join(''),
    kinds: [...new Set(node.children.map((child) => child.type))],
    strong: node.children.filter((child) => child.type === 'strong').map((child) => toString(child)),
  }));
}

const MARKUP = [
  '<script>alert(1)</script> <b>粗</b> {x} ${y} {/* c */}',
  '*星* _下划_ **粗** `代码` ~~删~~ [链接](http://a.b) ![图](x.png)',
  '# 标题 > 引用 - 列表 + 加号 1. 序号 2) 序号 = 等号 | 表格 |',
  '&amp; &#x41; &lt;tag&gt; \\ 反斜杠 www.example.com http://example.com <http://x.y>',
  '<!-- 注释 --> --- ... "引号" \'单引号\' (c) -- 破折号',
];

describe('escaping report text for MDX', () => {
  it('escapes every ASCII punctuation character and nothing else', () => {
    expect(escapeMdxText('a<b>{c}*d*')).toBe('a\\<b\\>\\{c\\}\\*d\\*');
    expect(escapeMdxText('各位代表，“十三五”顺利收官。757.5亿元')).toBe('各位代表，“十三五”顺利收官。757\\.5亿元');
  });

  it('refuses text with a line break, which would end the paragraph', () => {
    expect(() => escapeMdxText('甲\n乙')).toThrow();
  });

  it.each(MARKUP)('renders %s as exactly those characters', (line) => {
    const mdx = `<Paragraph id="p1" number={1}>${escapeMdxText(line)}</Paragraph>`;
    const [paragraph] = renderedParagraphs(mdx);
    expect(paragraph?.text).toBe(line);
    // Anything but text would be markup that the report's text created.
    expect(paragraph?.kinds).toEqual(['text']);
  });

  it('renders markup characters literally at the start of a line, in the generated files', () => {
    const report = [
      '各位代表：',
      ...MARKUP,
      '过去五年和2021年工作回顾',
      '# 1. - 正文',
      '今后五年政府工作的思路目标',
      '> 正文',
      '2022年政府工作的目标任务和工作重点',
      '一、<子> {部分}',
      '- 正文',
      '全面提升政府治理能力水平',
      '= 正文',
    ];
    const { files, report: model } = build(report.join('\n'));
    for (const [index, section] of model.sections.entries()) {
      const name = [...files.keys()][index]!;
      const rendered = renderedParagraphs(files.get(name)!);
      expect(rendered.map((node) => node.text)).toEqual(section.blocks.map((block) => block.text));
      expect(rendered.flatMap((node) => node.kinds).every((kind) => kind === 'text')).toBe(true);
    }
  });
});

describe('remark-cjk-friendly in the pipeline', () => {
  it('renders **“十三五”**顺利收官 bold', () => {
    const [paragraph] = renderedParagraphs('<Paragraph id="p1" number={1}>**“十三五”**顺利收官</Paragraph>');
    expect(paragraph?.strong).toEqual(['“十三五”']);
    expect(paragraph?.text).toBe('“十三五”顺利收官');
  });

  it('renders each run-in head bold, inside its paragraph, once', () => {
    const { files, report } = build(realSource);
    const tasks = report.sections.find((section) => section.slug === 'tasks')!;
    const rendered = renderedParagraphs(files.get('03-tasks.mdx')!);
    expect(rendered).toHaveLength(tasks.blocks.length);
    tasks.blocks.forEach((block, index) => {
      expect(rendered[index]!.text).toBe(block.text);
      expect(rendered[index]!.strong).toEqual(block.kind === 'paragraph' && block.lead ? [block.lead] : []);
    });
    // Without the plugin the heads of this report would not be bold.
    const plain = unified().use(remarkParse).use(remarkMdx).parse('<Paragraph>**大力发展城市经济。**推进</Paragraph>');
    expect(JSON.stringify(plain)).not.toContain('"strong"');
  });
});
