import type { Block, HeadingBlock, RowBlock } from '../schemas/block.ts';
import type { SectionFrontmatter } from '../schemas/section.ts';
import { escapeMdxText, jsxAttribute, jsxExpression } from './escape-mdx.ts';

/**
 * Writes a section as MDX: frontmatter as JSON values (valid YAML), then one component per block,
 * consecutive table rows as one `Table`. Paragraph text is Markdown only for the run-in head's
 * bold; everything else is escaped data. The components (`Header`, `Heading`, `Paragraph`,
 * `Table`) are passed in when the page renders the entry. `url` is the block's own page and id,
 * from the model: pages that show blocks of several parts (/full/) link each to its part's page.
 */
export function emitSectionMdx(frontmatter: SectionFrontmatter, blocks: Block[]): string {
  const head = Object.entries(frontmatter)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${head}\n---\n\n${groupTables(blocks).map(emitBlock).join('\n\n')}\n`;
}

type Group = Block | RowBlock[] | { heading: HeadingBlock; lines: HeadingBlock[] };

/** Consecutive rows are one table; a heading's continuing lines are part of it. */
function groupTables(blocks: Block[]): Group[] {
  const groups: Group[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'row' && Array.isArray(last)) last.push(block);
    else if (block.kind === 'heading' && block.continues && last && 'lines' in last) last.lines.push(block);
    else if (block.kind === 'heading') groups.push({ heading: block, lines: [] });
    else groups.push(block.kind === 'row' ? [block] : block);
  }
  return groups;
}

function emitBlock(block: Group): string {
  if (Array.isArray(block)) {
    const rows = block.map(({ id, number, cells, url, head }) => ({ id, number, cells, url, head: head ?? false }));
    return `<Table rows={${jsxExpression(rows)}} />`;
  }
  if ('lines' in block) {
    // One heading element, its later lines inside it, each with its own id to link to.
    const { id, url, level, text } = block.heading;
    const lines = block.lines.map(
      (line) => `<HeadingLine id=${jsxAttribute(line.id)}>${escapeMdxText(line.text)}</HeadingLine>`,
    );
    return `<Heading id=${jsxAttribute(id)} url=${jsxAttribute(url)} level={${level}}>${escapeMdxText(text)}${lines.join('')}</Heading>`;
  }
  const common = `id=${jsxAttribute(block.id)} url=${jsxAttribute(block.url)}`;
  switch (block.kind) {
    case 'header':
      return `<Header ${common} role=${jsxAttribute(block.role)}>${escapeMdxText(block.text)}</Header>`;
    case 'note':
      return `<Note ${common} role=${jsxAttribute(block.role)}>${escapeMdxText(block.text)}</Note>`;
    case 'heading':
      throw new Error('headings are emitted with their lines');
    case 'row':
      throw new Error('rows are emitted as tables');
    case 'paragraph': {
      const body = block.lead
        ? `**${escapeMdxText(block.lead)}**${escapeMdxText(block.text.slice(block.lead.length))}`
        : escapeMdxText(block.text);
      return `<Paragraph ${common} number={${block.number}}>${body}</Paragraph>`;
    }
  }
}
