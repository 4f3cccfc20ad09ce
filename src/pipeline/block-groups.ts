// How a section's blocks are shown: one component a block, but a table's consecutive rows as one
// table and a heading with the lines that continue it as one heading. The pages
// (src/components/ReportBlocks.astro) render these groups.
import type { Block, HeadingBlock, RowBlock } from '../schemas/block.ts';

/** What one component shows: a block, a table's rows, or a heading with its continuing lines. */
export type BlockGroup = Block | RowBlock[] | { heading: HeadingBlock; lines: HeadingBlock[] };

/** Consecutive rows are one table; a heading's continuing lines are part of it. */
export function groupTables(blocks: Block[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'row' && Array.isArray(last)) last.push(block);
    else if (block.kind === 'heading' && block.continues && last && 'lines' in last) last.lines.push(block);
    else if (block.kind === 'heading') groups.push({ heading: block, lines: [] });
    else groups.push(block.kind === 'row' ? [block] : block);
  }
  return groups;
}
