import { z } from 'zod';
import { INDICATOR_IDS } from '../pipeline/indicators.ts';
import { OUTCOME_FLAG_IDS } from '../pipeline/outcome-rules.ts';
import { Measure, Qualifier } from './figures.ts';
import { PlaceLevel } from './report-meta.ts';

const SiteUrl = z.string().regex(/^\//, 'a site-relative URL starting with /');
const ReportKey = z.string().regex(/^[a-z][a-z0-9-]*\/[0-9a-z-]+$/, 'place/year such as zibo/2022');

/** A target as the panel gives it: its words and bounds, and the link that marks them. */
export const PanelTarget = z.strictObject({
  /** The report that sets it: zibo/2022. */
  report: ReportKey,
  /** What is measured, as written: 地区生产总值. */
  name: z.string().min(1),
  /** The target as worded: 增长6%以上; empty for a target stated by its name alone. */
  phrase: z.string(),
  measure: Measure,
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  qualifier: Qualifier,
  unit: z.string(),
  /** 力争: the higher value the report strives for, beside the target. */
  stretch: z.number().optional(),
  /** The target's exact words in its paragraph. */
  text: z.string().min(1),
  paragraph: z.string().min(1),
  /** Its paragraph's number, for citing. */
  number: z.number().int().positive(),
  /** The paragraph's link with a text fragment that marks `text`. */
  url: SiteUrl,
});
export type PanelTarget = z.output<typeof PanelTarget>;

/** What the next year's review states of the year's result: a value, verbatim in its sentence. */
export const PanelOutcome = z.strictObject({
  /** The report whose review states it: zibo/2023 for a target of 2022. */
  report: ReportKey,
  /** What is measured, as written there (or the name the clause before gives it). */
  name: z.string().min(1),
  measure: Measure,
  /** The value as written: 5.5 in 增长5.5%. */
  value: z.number(),
  /** The upper end when the review gives a range. */
  upTo: z.number().optional(),
  unit: z.string(),
  /** The value's words: 增长5.5%. */
  phrase: z.string().min(1),
  /** The words from the name to the value: 全年地区生产总值增长5.5%. */
  text: z.string().min(1),
  paragraph: z.string().min(1),
  number: z.number().int().positive(),
  /** The paragraph's link with a text fragment that marks `text`. */
  url: SiteUrl,
  /** How the words qualify it: estimate (预计), preliminary (初步), about (左右), same-basis (同口径), excluding (扣除…因素), comparable-prices (可比价), bound (超过, 以下). */
  flags: z.array(z.enum(OUTCOME_FLAG_IDS)),
});
export type PanelOutcome = z.output<typeof PanelOutcome>;

/** The same indicator's target of a place one level up, for the same year. */
export const PanelAbove = z.strictObject({
  level: PlaceLevel,
  place: z.string().min(1),
  /** Its URL id, when the collection has its reports. */
  placeId: z.string().optional(),
  /** Its report of the year, or null when the collection has none. */
  report: ReportKey.nullable(),
  /** Its target for the indicator, or null when its report sets none. */
  target: PanelTarget.nullable(),
});
export type PanelAbove = z.output<typeof PanelAbove>;

/** One row: a place's target for one indicator in one year, what came of it, and the targets above. */
export const PanelRow = z.strictObject({
  /** Stable within a dataset version: zibo/2022/gdp/growth (with -2 for a second such target). */
  id: z.string().min(1),
  place: z.string().min(1),
  placeId: z.string().min(1),
  level: PlaceLevel,
  /** The parent's name, as given in the meta or inferred (README, "Targets followed"). */
  parent: z.string().optional(),
  /** The target's year: the report's year. */
  year: z.number().int(),
  indicator: z.enum(INDICATOR_IDS),
  /** The indicator's name in the vocabulary: 地区生产总值. */
  label: z.string().min(1),
  target: PanelTarget,
  /** What the next year's review states, or null: see `outcomeNote`. */
  outcome: PanelOutcome.nullable(),
  /** Why there is no outcome: no report of the next year in the collection, or none stated. */
  outcomeNote: z.string().optional(),
  status: z.enum(['met', 'missed', 'not-comparable']),
  /** The rule that gave the status, in words: 不低于下限6%即完成. */
  statusRule: z.string().min(1),
  /** The levels above, nearest first (city → province → nation). */
  above: z.array(PanelAbove),
});
export type PanelRow = z.output<typeof PanelRow>;

/** `panel.json`: every target with an indicator, its outcome and the targets above, with a version. */
export const PanelFile = z.strictObject({
  title: z.string().min(1),
  /** The dataset's version: the build's date and a hash of the rows (2026-12-04.3f9a1c2e). */
  version: z.string().regex(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/),
  /** How to cite this version. */
  citation: z.string().min(1),
  /** The rules of the status, in words (also in the README). */
  rules: z.array(z.string().min(1)),
  rows: z.array(PanelRow),
});
export type PanelFile = z.output<typeof PanelFile>;
