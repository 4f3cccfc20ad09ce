import type { Block } from '../schemas/block.ts';
import type { OutlineEntry } from '../schemas/section.ts';

/**
 * A section's table of contents: its headings, its run-in sub-parts (level 2) and its paragraphs'
 * run-in heads (level 3). Cover lines and table rows are not in it.
 */
export function outlineOf(blocks: Block[]): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (const block of blocks) {
    const last = entries.at(-1);
    if (block.kind === 'heading' && block.continues && last) {
      // A heading over several lines is one entry, its lines joined.
      last.text = joinHeadingLines([last.text, block.text]);
    } else if (block.kind === 'heading') {
      entries.push({ id: block.id, level: block.level, text: block.text, url: block.url });
    } else if (block.kind === 'paragraph' && block.lead) {
      // The head's 。 and a leading —— are sentence marks, not part of a title.
      const text = block.lead.replace(/^——/, '').replace(/。$/, '');
      entries.push({ id: block.id, level: block.leadLevel ?? 3, text, url: block.url });
    }
  }
  return entries;
}

/**
 * The words of a heading set over several lines, as one title: the lines run together where one
 * ends or the next starts with a joining word (…发展成就 / 和2020年工作回顾), else a space apart
 * (a title and its subtitle).
 */
export function joinHeadingLines(lines: string[]): string {
  return lines.reduce((title, line) =>
    title === ''
      ? line
      : /[和及与暨、的]$/.test(title) || /^[和及与暨、]/.test(line)
        ? `${title}${line}`
        : `${title} ${line}`,
  );
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
      : blocks
          .filter((block) => block.kind !== 'note')
          .map((block) => (block.kind === 'row' ? block.cells.join(' ') : block.text))
          .join(' ');
  const chars = [...text];
  return chars.length <= maxChars ? chars.join('') : `${chars.slice(0, maxChars).join('')}…`;
}
