import type { Block } from '../schemas/block.ts';
import type { OutlineEntry } from '../schemas/section.ts';

/**
 * A section's table of contents: its headings, its run-in sub-parts (level 2) and its paragraphs'
 * run-in heads (level 3). Cover lines and table rows are not in it.
 */
export function outlineOf(blocks: Block[]): OutlineEntry[] {
  return blocks.flatMap((block): OutlineEntry[] => {
    if (block.kind === 'heading') return [{ id: block.id, level: block.level, text: block.text, url: block.url }];
    if (block.kind !== 'paragraph' || !block.lead) return [];
    // The head's 。 and a leading —— are sentence marks, not part of a title.
    const text = block.lead.replace(/^——/, '').replace(/。$/, '');
    return [{ id: block.id, level: block.leadLevel ?? 3, text, url: block.url }];
  });
}

/**
 * A plain-text summary of a section for meta descriptions: the start of its text, paragraphs
 * joined, so that a short opening line such as 各位代表： is followed by what it introduces. A
 * section of tables only is described by its headings and first cells.
 */
export function describe(blocks: Block[], maxChars = 110): string {
  const paragraphs = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
  // Chinese paragraphs join without a space; headings and cells are separate phrases.
  const text =
    paragraphs.length > 0
      ? paragraphs.join('')
      : blocks.map((block) => (block.kind === 'row' ? block.cells.join(' ') : block.text)).join(' ');
  const chars = [...text];
  return chars.length <= maxChars ? chars.join('') : `${chars.slice(0, maxChars).join('')}…`;
}
