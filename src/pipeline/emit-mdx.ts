import type { Block, RowBlock } from '../schemas/block.ts';
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

/** Consecutive rows are one table. */
function groupTables(blocks: Block[]): (Block | RowBlock[])[] {
  const groups: (Block | RowBlock[])[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'row' && Array.isArray(last)) last.push(block);
    else groups.push(block.kind === 'row' ? [block] : block);
  }
  return groups;
}

function emitBlock(block: Block | RowBlock[]): string {
  if (Array.isArray(block)) {
    const rows = block.map(({ id, number, cells, url, head }) => ({ id, number, cells, url, head: head ?? false }));
    return `<Table rows={${jsxExpression(rows)}} />`;
  }
  const common = `id=${jsxAttribute(block.id)} url=${jsxAttribute(block.url)}`;
  switch (block.kind) {
    case 'header':
      return `<Header ${common} role=${jsxAttribute(block.role)}>${escapeMdxText(block.text)}</Header>`;
    case 'heading':
      return `<Heading ${common} level={${block.level}}>${escapeMdxText(block.text)}</Heading>`;
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
