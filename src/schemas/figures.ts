import { z } from 'zod';
import { BlockId } from './block.ts';

const SiteUrl = z.string().regex(/^\//, 'a site-relative URL starting with /');

/** One target of the year (主要预期目标) or one figure of the five-year goals. */
export const Target = z.strictObject({
  /** What is measured, as the report names it: 地区生产总值. 分别 items get their own names. */
  indicator: z.string().min(1),
  /** The target as worded: 增长6%以上, 增长6%，力争6.5%; empty for a target without a number. */
  target: z.string(),
  /** The item's exact words in its paragraph (for a 分别 item, the whole shared clause). */
  text: z.string().min(1),
  /** The Arabic numbers of the target, in text order: [6], [7.5, 8]; empty when it has none. */
  numbers: z.array(z.number()),
  /** The block id of its paragraph: p27. */
  paragraph: BlockId,
  /** Its paragraph's number, for citing. */
  number: z.number().int().positive(),
  /** The paragraph's link with a text fragment that highlights `text`. */
  url: SiteUrl,
});
export type Target = z.output<typeof Target>;

/** What a figure counts: money, a percentage or ratio, a count of things, a measure (公里, 亩, 天). */
export const FigureKind = z.enum(['money', 'percent', 'count', 'measure']);
export type FigureKind = z.output<typeof FigureKind>;

/** One Arabic number with its unit or counter, as it stands in the report. */
export const Figure = z.strictObject({
  /** The exact span in the paragraph: 757.5亿元, 60余项, 7.5%—8%. */
  text: z.string().min(1),
  /** The number (the first one of a range). */
  value: z.number(),
  /** The range's upper end, for 7.5%—8%. */
  upTo: z.number().optional(),
  /** The unit as written, multiplier included: 亿元, %, 万户, 个百分点. */
  unit: z.string().min(1),
  kind: FigureKind,
  /** The block id of its paragraph (or table row). */
  paragraph: BlockId,
  /** The clause around it, between marks such as ，；。, for showing it in context. */
  clause: z.string().min(1),
  /** Where `text` starts in `clause`. */
  offset: z.number().int().min(0),
  /** The section it is in: review, tasks, appendix-1. */
  section: z.string().min(1),
  /** The sub-part it is under (tasks-1, p4), when its section has sub-parts. */
  subpart: z.string().optional(),
  /** The paragraph's link with a text fragment that highlights the figure. */
  url: SiteUrl,
});
export type Figure = z.output<typeof Figure>;

/** `/figures.json`: the targets, the five-year goals' figures and every figure of the report. */
export const FiguresFile = z.strictObject({
  /** The report's title. */
  title: z.string().min(1),
  /** The year's main targets (主要预期目标), in the report's order; empty when it states none. */
  targets: z.array(Target),
  /** The five-year goals' figures, from the part with slug `goals`; empty when there is none. */
  goals: z.array(Target),
  /** Every figure of the report, in reading order. */
  figures: z.array(Figure),
});
export type FiguresFile = z.output<typeof FiguresFile>;
