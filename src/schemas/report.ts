import { z } from 'zod';
import { ReportMeta } from './report-meta.ts';
import { Section } from './section.ts';

/** The whole report: the data contract published as `/report.json`. */
export const Report = z.strictObject({
  ...ReportMeta.shape,
  /** The opening address, then review, goals, tasks and governance. */
  sections: z.array(Section).length(5),
});
export type Report = z.output<typeof Report>;
