import raw from '../../content/report.meta.json';
import { ReportMeta } from '../schemas/report-meta.ts';

/** The report's metadata, validated by the same schema as in the content step. */
export const reportMeta = ReportMeta.parse(raw);
