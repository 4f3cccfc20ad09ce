import { z } from 'zod';

/** What the report's text does not say about itself: `content/report.meta.json`. */
export const ReportMeta = z.strictObject({
  /** The report's full title, shown on every page and in citations. */
  title: z.string().trim().min(1),
  /** Who issued the report. */
  issuer: z.string().trim().min(1),
  /** The year the report is about. */
  year: z.number().int().min(1949).max(2100),
  /** The official publication, when there is one to link to. */
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** The disclaimer shown in the footer. */
  note: z.string().trim().min(1),
});
export type ReportMeta = z.output<typeof ReportMeta>;
