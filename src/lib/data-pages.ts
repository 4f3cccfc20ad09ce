/** The pages about the report's numbers and words, linked from every page's navigation. */
export const DATA_PAGES = [
  { slug: 'figures', label: '数据' },
  { slug: 'terms', label: '词条' },
  { slug: 'data', label: '下载' },
] as const;
export type DataPage = (typeof DATA_PAGES)[number]['slug'];
