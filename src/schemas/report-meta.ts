import { z } from 'zod';

/** What the report's text does not say about itself: `content/report.meta.json`. */
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
});
export type ReportMeta = z.output<typeof ReportMeta>;
