import type { APIRoute, GetStaticPaths } from 'astro';
import { reportMeta } from '../../lib/report-meta.ts';
import { getSections } from '../../lib/sections.ts';
import type { SectionFrontmatter } from '../../schemas/section.ts';
import { renderShareImage, type ShareCard } from '../../share/share-image.ts';

const NUMERALS = ['一', '二', '三', '四'];

/** What a section's share image says, from the same frontmatter as its page. */
function cardOf(section: SectionFrontmatter): ShareCard {
  const range = `第${section.firstParagraph}–${section.lastParagraph}段`;
  return section.order === 0
    ? { kicker: reportMeta.issuer, title: reportMeta.title, footer: '逐段编号 · 全文检索 · 一键引用' }
    : {
        kicker: `第${NUMERALS[section.order - 1]}部分`,
        title: section.title,
        footer: `${reportMeta.title} · ${range}`,
      };
}

export const getStaticPaths = (async () => {
  const sections = (await getSections()).map((entry) => entry.data);
  const cards = sections.map(cardOf);
  return sections.map((section, index) => ({ params: { part: section.slug }, props: { card: cards[index]!, cards } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard; cards: ShareCard[] }> = async ({ props }) =>
  new Response(await renderShareImage(props.card, props.cards), { headers: { 'Content-Type': 'image/png' } });
