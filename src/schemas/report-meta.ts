import { z } from 'zod';

/** The administrative level of the place a report is of: the folders of a collection. */
export const PlaceLevel = z.enum(['national', 'province', 'city', 'district']);
export type PlaceLevel = z.output<typeof PlaceLevel>;

/**
 * What the report's text does not say about itself: `content/report.meta.json`, or a collection's
 * `<level>/<place>/<year>.meta.json`. The fields after `parts` are a collection's: where the folder
 * layout cannot say it (or says it wrongly), the meta does; all optional, and the single site's
 * meta has none of them, so its report.json is as it was.
 */
export const ReportMeta = z.strictObject({
  /** The report's full title, shown on every page and in citations. */
  title: z.string().trim().min(1),
  /** Who issued the report. */
  issuer: z.string().trim().min(1),
  /** The year the report is about. */
  year: z.number().int().min(1949).max(2100),
  /**
   * The official publication, when there is one to link to. A pattern rather than z.url(): that
   * becomes `"format": "uri"`, which Ajv's strict mode reports as unknown without ajv-formats.
   */
  sourceUrl: z
    .string()
    .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/, 'an http(s) address such as https://www.example.gov.cn/…')
    .optional(),
  /** The disclaimer shown in the footer. */
  note: z.string().trim().min(1),
  /**
   * The parts the report must have, by slug and in order (`["review", "tasks"]`): a guard for
   * edits. When given, a text whose recognised parts differ is refused, naming the line.
   */
  parts: z
    .array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'a part slug such as review or part-2'))
    .min(1)
    .optional(),
  /** The place's name, 淄博市; by default the name of the folder the report is in. */
  place: z.string().trim().min(1).optional(),
  /** The place's level; by default the name of the folder above the place's. */
  level: PlaceLevel.optional(),
  /** The place's administrative division code (GB/T 2260), six digits: 370303. */
  code: z
    .string()
    .regex(/^\d{6}$/, 'six digits of GB/T 2260, such as 370303')
    .optional(),
  /** The place one level up, by name as its own reports give it (山东省 for 淄博市). */
  parent: z.string().trim().min(1).optional(),
  /**
   * The place's id in URLs (`zibo` in /zibo/2022/), where the rule of src/pipeline/place-id.ts
   * would not give the one wanted: lower-case ASCII letters, digits and hyphens.
   */
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, 'lower-case ASCII such as zibo or fuzhou-jx')
    .optional(),
  /** The day the report was delivered, YYYY-MM-DD. */
  delivered: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2022-01-06')
    .optional(),
});
export type ReportMeta = z.output<typeof ReportMeta>;
