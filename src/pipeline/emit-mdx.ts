import type { Block } from '../schemas/block.ts';
import type { SectionFrontmatter } from '../schemas/section.ts';
import { escapeMdxText, jsxAttribute } from './escape-mdx.ts';

/**
 * Writes a section as MDX: frontmatter as JSON values (valid YAML), then one component per block.
 * Paragraph text is Markdown only for the run-in head's bold; everything else is escaped data.
 * The components (`Heading`, `Paragraph`) are passed in when the page renders the entry.
 */
export function emitSectionMdx(frontmatter: SectionFrontmatter, blocks: Block[]): string {
  const head = Object.entries(frontmatter)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${head}\n---\n\n${blocks.map(emitBlock).join('\n\n')}\n`;
}

function emitBlock(block: Block): string {
  if (block.kind === 'heading') {
    return `<Heading id=${jsxAttribute(block.id)} level={${block.level}}>${escapeMdxText(block.text)}</Heading>`;
  }
  const body = block.lead
    ? `**${escapeMdxText(block.lead)}**${escapeMdxText(block.text.slice(block.lead.length))}`
    : escapeMdxText(block.text);
  return `<Paragraph id=${jsxAttribute(block.id)} number={${block.number}}>${body}</Paragraph>`;
}
