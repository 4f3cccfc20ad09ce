import type { APIRoute, GetStaticPaths } from 'astro';
import { reportMeta } from '../../lib/report-meta.ts';
import { sectionLabel } from '../../lib/section-label.ts';
import { getSections } from '../../lib/sections.ts';
import type { SectionFrontmatter } from '../../schemas/section.ts';
import { renderShareImage, type ShareCard } from '../../share/share-image.ts';

/** What a section's share image says, from the same frontmatter as its page. */
function cardOf(section: SectionFrontmatter): ShareCard {
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

export const getStaticPaths = (async () => {
  const sections = (await getSections()).map((entry) => entry.data);
  const cards = sections.map(cardOf);
  return sections.map((section, index) => ({ params: { part: section.slug }, props: { card: cards[index]!, cards } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard; cards: ShareCard[] }> = async ({ props }) =>
  new Response(await renderShareImage(props.card, props.cards), { headers: { 'Content-Type': 'image/png' } });
