import { z } from 'zod';
import { INDICATOR_IDS } from '../pipeline/indicators.ts';
import { BlockId } from './block.ts';

const SiteUrl = z.string().regex(/^\//, 'a site-relative URL starting with /');

/** How a target's value is qualified: 左右, 以上 (不低于, 超过, 正增长), 以内 (以下, 控制在), a range, a bare value, none. */
export const Qualifier = z.enum(['about', 'at-least', 'at-most', 'range', 'exact', 'qualitative']);
/** What a target measures: a rate of growth (增长, 涨幅), a level (a rate, an amount, a count), a fall (下降). */
export const Measure = z.enum(['growth', 'level', 'decrease']);
export type Qualifier = z.output<typeof Qualifier>;
export type Measure = z.output<typeof Measure>;

/**
 * One target of the year (主要预期目标) or one figure of the five-year goals, as values: 增长6%以上
 * is growth, lower 6, upper null, at-least. Bounds are as written: 6%左右 and a bare 6% are 6 to 6,
 * 6%—6.5% is 6 to 6.5, a qualitative target has none (正增长: 0 and none). Each qualifier has its
 * own shape of bounds, so the published schema says which may be null.
 */
const target = <Q extends z.ZodType, L extends z.ZodType, U extends z.ZodType>(qualifier: Q, lower: L, upper: U) =>
  z.strictObject({
    /** The indicator's id in the vocabulary (gdp, cpi, urban-income), or null when it has none. */
    indicator: z.enum(INDICATOR_IDS).nullable(),
    /** What is measured, as the report names it: 地区生产总值. 分别 items get their own names. */
    name: z.string().min(1),
    /** The target as worded: 增长6%以上, 增长6%，力争6.5%; empty for a target stated by its name alone. */
    phrase: z.string(),
    measure: Measure,
    /** The lower bound as written, or null: 6 for 6%以上, 6%左右, 6%—6.5%; 0 for 正增长. */
    lower,
    /** The upper bound as written, or null: 5.5 for 5.5%以内, 6 for 6%左右, null for 6%以上. */
    upper,
    qualifier,
    /** The bounds' unit as written, multiplier included: %, 万人, 亿元, 万亿斤; empty without a number. */
    unit: z.string(),
    /** A higher value the report strives for beside the target: 6.5 in 增长6%，力争6.5%. */
    stretch: z.number().optional(),
    /** The item's exact words in its paragraph (for a 分别 item, the whole shared clause). */
    text: z.string().min(1),
    /** The Arabic numbers of the phrase, in text order: [6], [7.5, 8]; empty when it has none. */
    numbers: z.array(z.number()),
    /** The block id of its paragraph: p27. */
    paragraph: BlockId,
    /** Its paragraph's number, for citing. */
    number: z.number().int().positive(),
    /** The paragraph's link with a text fragment that highlights `text`. */
    url: SiteUrl,
  });

export const Target = z
  .discriminatedUnion('qualifier', [
    /** 6%左右 (about), a bare 6% (exact): lower = upper = 6; 6%—6.5% (range): 6 and 6.5. */
    target(z.enum(['about', 'exact', 'range']), z.number(), z.number()),
    /** 6%以上, 不低于6%, 超过6%, 正增长 (0): a lower bound only. */
    target(z.literal('at-least'), z.number(), z.null()),
    /** 5.5%以内, 5.5%以下, 控制在5.5%: an upper bound only. */
    target(z.literal('at-most'), z.null(), z.number()),
    /** 国际收支基本平衡, 与经济增长同步: no bounds. */
    target(z.literal('qualitative'), z.null(), z.null()),
  ])
  .refine((each) => (each.qualifier === 'range' ? each.lower! < each.upper! : true), {
    message: 'a range’s lower bound is below its upper one',
  })
  .refine((each) => (['about', 'exact'].includes(each.qualifier) ? each.lower === each.upper : true), {
    message: 'a target about or exactly a value has that value as both bounds',
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
