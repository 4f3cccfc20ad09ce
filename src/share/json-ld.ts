import type { ReportMeta } from '../schemas/report-meta.ts';

export interface JsonLdInput {
  meta: ReportMeta;
  /** The absolute URL of the home page, where the report starts. */
  homeUrl: string;
  /** The absolute URL of the page. */
  pageUrl: string;
  /** The part's title, on a part's page. */
  partTitle?: string | undefined;
  /** The absolute URL of the page's share image. */
  image: string;
}

/**
 * schema.org JSON-LD for a page: the report itself on the home page, a part of it elsewhere.
 * Serialised for a <script> element: `<` is escaped so no text can close the element.
 */
export function reportJsonLd({ meta, homeUrl, pageUrl, partTitle, image }: JsonLdInput): string {
  const report = {
    '@type': 'Report',
    name: meta.title,
    url: homeUrl,
    inLanguage: 'zh-CN',
    temporalCoverage: String(meta.year),
    author: { '@type': 'GovernmentOrganization', name: meta.issuer },
    ...(meta.sourceUrl ? { isBasedOn: meta.sourceUrl } : {}),
  };
  const data = partTitle
    ? { '@type': 'WebPage', name: partTitle, url: pageUrl, inLanguage: 'zh-CN', image, isPartOf: report }
    : { ...report, image };
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
}
