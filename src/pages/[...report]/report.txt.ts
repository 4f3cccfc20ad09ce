import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/data-files.ts';
import { everyReport, loadReport } from '../../lib/site-data.ts';

export const getStaticPaths = everyReport;

export const GET: APIRoute<{ key: string }> = ({ props }) => dataResponse(loadReport(props.key), 'report.txt');
