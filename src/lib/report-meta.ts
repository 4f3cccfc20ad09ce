// The validated meta that the content step wrote beside the sections: the report being built,
// whichever source and meta it was built from (REPORT_SOURCE, REPORT_META).
import raw from '../../content/sections/meta.json';
import { ReportMeta } from '../schemas/report-meta.ts';

/** The report's metadata, validated by the same schema as in the content step. */
export const reportMeta = ReportMeta.parse(raw);
