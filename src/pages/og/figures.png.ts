import type { APIRoute } from 'astro';
import { figures } from '../../lib/data-files.ts';
import { reportMeta } from '../../lib/report-meta.ts';
import { renderTargetsImage, type TargetsCard } from '../../share/share-image.ts';

/** The share image of /figures/: "一图读懂" the year's main targets, from figures.json. */
function cardOf(): TargetsCard {
  const numeric = figures.targets.filter((target) => target.numbers.length > 0);
  const other = figures.targets.filter((target) => target.numbers.length === 0);
  return {
    kicker: `一图读懂 · ${reportMeta.title}`,
    title: figures.targets.length > 0 ? `${reportMeta.year}年主要预期目标` : '报告中的数字',
    tiles: numeric.map(({ name, phrase }) => ({ indicator: name, target: phrase })),
    note:
      other.length > 0
        ? other.map((target) => target.name).join('；')
        : numeric.length > 0
          ? ''
          : `全文 ${figures.figures.length} 个数字，逐项链接到原文`,
    footer: `${reportMeta.issuer} · 每项链接到原文字句`,
  };
}

export const GET: APIRoute = async () =>
  new Response(await renderTargetsImage(cardOf()), { headers: { 'Content-Type': 'image/png' } });
