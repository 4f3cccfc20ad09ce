import { z } from 'zod';
import { ReportMeta } from './report-meta.ts';
import { Section } from './section.ts';

/** The whole report: the data contract published as `/report.json`. */
export const Report = z
  .strictObject({
    ...ReportMeta.shape,
    /** The opening address, then the parts, then any appendices, in reading order. */
    sections: z.array(Section).min(2),
  })
  .check((context) => {
    const seen = new Set<string>();
    const ids = new Set<string>();
    context.value.sections.forEach((section, index) => {
      if (seen.has(section.slug)) {
        context.issues.push({
          code: 'custom',
          message: `duplicate slug ${section.slug}`,
          input: section.slug,
          path: ['sections', index, 'slug'],
        });
      }
      seen.add(section.slug);
      section.blocks.forEach((block, at) => {
        if (ids.has(block.id)) {
          context.issues.push({
            code: 'custom',
            message: `duplicate id ${block.id}`,
            input: block.id,
            path: ['sections', index, 'blocks', at, 'id'],
          });
        }
        ids.add(block.id);
      });
    });
  });
export type Report = z.output<typeof Report>;
