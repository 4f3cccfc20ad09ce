import type { APIRoute } from 'astro';
import { everyReport, isCollection, loadReport } from '../../../lib/site-data.ts';
import type { FiguresFile } from '../../../schemas/figures.ts';
import type { ReportMeta } from '../../../schemas/report-meta.ts';
import { renderTargetsImage, type TargetsCard } from '../../../share/share-image.ts';

/** The share image of /figures/: "一图读懂" the year's main targets, from figures.json. */
function cardOf(reportMeta: ReportMeta, figures: FiguresFile): TargetsCard {
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

// A collection has one image a place instead (scripts/lib/share-images.ts): none of these.
export const getStaticPaths = () => (isCollection() ? [] : everyReport());

export const GET: APIRoute<{ key: string }> = async ({ props }) => {
  const { meta, figures } = loadReport(props.key);
  return new Response(await renderTargetsImage(cardOf(meta, figures)), { headers: { 'Content-Type': 'image/png' } });
};
