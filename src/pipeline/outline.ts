import type { Block } from '../schemas/block.ts';
import type { OutlineEntry } from '../schemas/section.ts';

/** A section's table of contents: its headings and its paragraphs' run-in heads. */
export function outlineOf(blocks: Block[]): OutlineEntry[] {
  return blocks.flatMap((block): OutlineEntry[] => {
    if (block.kind === 'heading') return [{ id: block.id, level: block.level, text: block.text, url: block.url }];
    if (!block.lead) return [];
    // The head's 。 and a leading —— are sentence marks, not part of a title.
    const text = block.lead.replace(/^——/, '').replace(/。$/, '');
    return [{ id: block.id, level: 3, text, url: block.url }];
  });
}

/**
 * A plain-text summary of a section for meta descriptions and link previews: the start of its
 * text. A first paragraph can be as short as 各位代表：, too little for a preview, so the summary
 * reads on into the next paragraphs.
 */
export function describe(blocks: Block[], maxChars = 110): string {
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  const text = (paragraphs.length > 0 ? paragraphs : blocks).map((block) => block.text).join('');
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars).join('')}…`;
}
