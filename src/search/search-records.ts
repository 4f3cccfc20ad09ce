import { sectionLabel } from '../lib/section-label.ts';
import type { Block } from '../schemas/block.ts';
import type { Report } from '../schemas/report.ts';

/** What the search page knows about a record besides its text: Pagefind meta, strings only. */
export interface RecordMeta extends Record<string, string> {
  /** Pagefind's display title: the block's own label (第40段, 表格第3行, a heading's text). */
  title: string;
  /** The block's kind: 'paragraph', 'heading', 'row' or 'header'. */
  kind: string;
  /** The section's slug, for the filters by part. */
  part: string;
  /** The section's heading, 开篇 for the opening address. */
  partTitle: string;
  /** The sub-part (一、… or （一）…, on its own line or run in) the block is in, or ''. */
  subPart: string;
  /** The paragraph number, or '' for anything else. */
  number: string;
}

/** One Pagefind custom record: the shape of `index.addCustomRecord`'s argument. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: RecordMeta;
}

/**
 * One search record per block of the report: every paragraph and every heading, each with its own
 * URL (`/tasks/#p40`), so that a result is the paragraph that says it, never a page in which the
 * words occur far apart. The content is the block's text exactly, so that the search page can
 * check each result against it. `zh-cn`: without it Pagefind does not segment Chinese.
 */
export function searchRecords(report: Report): SearchRecord[] {
  return report.sections.flatMap((section) => {
    const partTitle = sectionLabel(section);
    let subPart = '';
    return section.blocks.map((block): SearchRecord => {
      if (block.kind === 'heading' && block.level === 2) subPart = block.text;
      const runInSubPart = block.kind === 'paragraph' && block.leadLevel === 2 ? block.lead : undefined;
      if (runInSubPart) subPart = runInSubPart.replace(/。$/, '');
      const isHeading = block.kind === 'heading';
      return {
        url: block.url,
        content: block.text,
        language: 'zh-cn',
        meta: {
          title: titleOf(block),
          kind: block.kind,
          part: section.slug,
          partTitle,
          subPart: isHeading || runInSubPart ? '' : subPart,
          number: block.kind === 'paragraph' ? String(block.number) : '',
        },
      };
    });
  });
}

function titleOf(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `第${block.number}段`;
    case 'row':
      return `表格第${block.number}行`;
    case 'header':
      return '封面';
    case 'note':
      return '附注';
    case 'heading':
      return block.text;
  }
}
