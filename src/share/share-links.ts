/**
 * Links and citations to one block of the report. Pure functions shared by the pages (canonical
 * URLs, share images) and the copy buttons in the browser, so both say the same thing.
 */

/** The absolute URL of a site-relative one such as `/zd2022/tasks/#p40`, on the site's origin. */
export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(path, site).href;
}

/** How a citation names a block: `第40段` for a paragraph, `表格第3行` for a row, its quoted text for a heading. */
export function blockLabel(
  block: { kind: 'paragraph' | 'row'; number: number } | { kind: 'heading'; text: string },
): string {
  if (block.kind === 'heading') return `“${block.text.trim()}”`;
  return block.kind === 'paragraph' ? `第${block.number}段` : `表格第${block.number}行`;
}

/** `《张店区政府工作报告（2022年）》第40段 https://…/tasks/#p40`: what 复制引用 puts on the clipboard. */
export function citation(reportTitle: string, label: string, url: string): string {
  return `《${reportTitle}》${label} ${url}`;
}
