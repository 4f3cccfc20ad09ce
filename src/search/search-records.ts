import { sectionLabel } from '../lib/section-label.ts';
import type { Report } from '../schemas/report.ts';

/** What the search page knows about a record besides its text: Pagefind meta, strings only. */
export interface RecordMeta extends Record<string, string> {
  /** Pagefind's display title: the block's own label. */
  title: string;
  /** 'paragraph' or 'heading'. */
  kind: string;
  /** The section's slug, for the filters by part. */
  part: string;
  /** The section's heading, 开篇 for the opening address. */
  partTitle: string;
  /** The numbered sub-part heading (一、…) above the block, or ''. */
  subPart: string;
  /** The paragraph number, or '' for a heading. */
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
      const isHeading = block.kind === 'heading';
      return {
        url: block.url,
        content: block.text,
        language: 'zh-cn',
        meta: {
          title: isHeading ? block.text : `第${block.number}段`,
          kind: block.kind,
          part: section.slug,
          partTitle,
          subPart: isHeading ? '' : subPart,
          number: isHeading ? '' : String(block.number),
        },
      };
    });
  });
}
