import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionLabel } from '../../../lib/section-label.ts';
import { isCollection, loadReport, reportParam, siteManifest } from '../../../lib/site-data.ts';
import type { ReportMeta } from '../../../schemas/report-meta.ts';
import type { SectionFrontmatter } from '../../../schemas/section.ts';
import { renderShareImage, type ShareCard } from '../../../share/share-image.ts';

/** What a section's share image says, from the same frontmatter as its page. */
function cardOf(reportMeta: ReportMeta, section: SectionFrontmatter): ShareCard {
  if (section.kind === 'opening') {
    return { kicker: reportMeta.issuer, title: reportMeta.title, footer: '逐段编号 · 全文检索 · 一键引用' };
  }
  const range = section.firstParagraph === undefined ? '' : ` · 第${section.firstParagraph}–${section.lastParagraph}段`;
  return {
    kicker: section.kind === 'part' ? `第${section.numeral}部分` : section.title,
    title:
      section.kind === 'part'
        ? section.label
        : sectionLabel(section).slice(section.title.length).trim() || section.title,
    footer: `${reportMeta.title}${range}`,
  };
}

// A collection has one image a place instead (scripts/lib/share-images.ts): none of these.
export const getStaticPaths = (() =>
  (isCollection() ? [] : siteManifest().reports).flatMap(({ key, parts }) =>
    parts.map((slug) => ({ params: { report: reportParam(key), part: slug }, props: { key, slug } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ key: string; slug: string }> = async ({ props }) => {
  const { meta, sections } = loadReport(props.key);
  const cards = sections.map((section) => cardOf(meta, section));
  const card = cards[sections.findIndex((section) => section.slug === props.slug)]!;
  return new Response(await renderShareImage(card, cards), { headers: { 'Content-Type': 'image/png' } });
};
