/**
 * `npm run check-reports`: what the pipeline made of each report, and a summary of many. Pure: the
 * CLI (scripts/check-reports.ts) reads the files, runs `buildReport` and hands the outcome here.
 */
import type { BuildOutput } from './build-report.ts';
import { ReportError } from './report-error.ts';

export interface CheckRow {
  /** The text's path, relative to the folder checked. */
  file: string;
  status: 'built' | 'refused';
  /** The pipeline's time for this report, in milliseconds (reading the file aside). */
  ms: number;
  parts?: number;
  appendices?: number;
  paragraphs?: number;
  /** Level-2 entries of the contents: sub-parts on their own line or run in. */
  subParts?: number;
  /** The year's main targets found. */
  targets?: number;
  /** Lines that are not the report's text: end matter such as 秘书处 lines, page notes. */
  notes?: number;
  /** The parts' slugs, in order: review, goals, tasks, … */
  partSlugs?: string[];
  warnings: { line: number; message: string }[];
  error?: { line?: number; message: string; reason: string };
}

/** One report's row, from what `buildReport` returned or threw. */
export function checkRow(file: string, outcome: BuildOutput | unknown, ms: number): CheckRow {
  if (!isBuildOutput(outcome)) {
    if (!(outcome instanceof ReportError)) throw outcome;
    return {
      file,
      status: 'refused',
      ms,
      warnings: [],
      error: {
        ...(outcome.line === undefined ? {} : { line: outcome.line }),
        message: outcome.message,
        reason: reasonOf(outcome.message),
      },
    };
  }
  const { report, figures, warnings } = outcome;
  const sections = report.sections;
  const parts = sections.filter((section) => section.kind === 'part');
  const blocks = sections.flatMap((section) => section.blocks);
  return {
    file,
    status: 'built',
    ms,
    parts: parts.length,
    appendices: sections.filter((section) => section.kind === 'appendix').length,
    paragraphs: blocks.filter((block) => block.kind === 'paragraph').length,
    subParts: sections.flatMap((section) => section.outline).filter((entry) => entry.level === 2).length,
    targets: figures.targets.length,
    notes: blocks.filter((block) => block.kind === 'note').length,
    partSlugs: parts.map((part) => part.slug),
    warnings: warnings.map(({ line, message }) => ({ line, message })),
  };
}

function isBuildOutput(outcome: unknown): outcome is BuildOutput {
  return typeof outcome === 'object' && outcome !== null && 'report' in outcome && 'figures' in outcome;
}

/**
 * A refusal's reason without what differs from report to report: the line, the quoted words and
 * the numbers, so that refusals of one kind group together.
 */
export function reasonOf(message: string): string {
  let reason = message.replace(/^第\d+行 \(line \d+\): /, '');
  // Quotes inside quotes (部分标题“二、“十三五”时期…”): the innermost first.
  while (/“[^“”]*”/.test(reason)) reason = reason.replace(/“[^“”]*”/g, '\u0000');
  return reason.replace(/\u0000+/g, '“…”').replace(/\d+/g, 'N');
}

export interface CheckSummary {
  reports: number;
  built: number;
  refused: number;
  /** Refusals grouped by reason, the most frequent first. */
  refusals: { reason: string; count: number; files: string[] }[];
  /** How many reports have each number of parts. */
  partsHistogram: Record<string, number>;
  /** Built reports in which no year's targets were found. */
  noTargets: string[];
  /** Built reports with a single part: each one worth a look. */
  singlePart: string[];
  warnings: number;
  /** The pipeline's time a report, in milliseconds. */
  ms: { median: number; p95: number; max: number; total: number };
}

export function summarize(rows: CheckRow[]): CheckSummary {
  const built = rows.filter((row) => row.status === 'built');
  const refusals = new Map<string, string[]>();
  for (const row of rows) {
    if (row.error) refusals.set(row.error.reason, [...(refusals.get(row.error.reason) ?? []), row.file]);
  }
  const histogram: Record<string, number> = {};
  for (const row of built) histogram[String(row.parts)] = (histogram[String(row.parts)] ?? 0) + 1;
  const times = rows.map((row) => row.ms).sort((a, b) => a - b);
  const at = (fraction: number) => times[Math.min(times.length - 1, Math.floor(times.length * fraction))] ?? 0;
  return {
    reports: rows.length,
    built: built.length,
    refused: rows.length - built.length,
    refusals: [...refusals]
      .map(([reason, files]) => ({ reason, count: files.length, files }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    partsHistogram: histogram,
    noTargets: built.filter((row) => row.targets === 0).map((row) => row.file),
    singlePart: built.filter((row) => row.parts === 1).map((row) => row.file),
    warnings: rows.reduce((sum, row) => sum + row.warnings.length, 0),
    ms: { median: at(0.5), p95: at(0.95), max: times.at(-1) ?? 0, total: times.reduce((sum, ms) => sum + ms, 0) },
  };
}

/** A report's line: what was built, or why it was refused. */
export function formatRow(row: CheckRow): string {
  if (row.status === 'refused') return `refused  ${row.file}  ${row.error!.message}`;
  const counts = [
    plural(row.parts!, 'part'),
    plural(row.appendices!, 'appendix', 'appendices'),
    plural(row.paragraphs!, 'paragraph'),
    `${row.subParts} level-2`,
    plural(row.targets!, 'target'),
    ...(row.notes ? [plural(row.notes, 'note')] : []),
    ...(row.warnings.length > 0 ? [plural(row.warnings.length, 'warning')] : []),
  ];
  return `built    ${row.file}  ${counts.join(', ')}  [${row.partSlugs!.join(' ')}]`;
}

/** The summary as the CLI prints it after the rows. */
export function formatSummary(summary: CheckSummary, seconds: number): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const lines = [
    `${summary.reports} reports: ${summary.built} built, ${summary.refused} refused, ${summary.warnings} warnings, in ${seconds.toFixed(1)} s`,
    `pipeline per report: median ${ms(summary.ms.median)}, p95 ${ms(summary.ms.p95)}, max ${ms(summary.ms.max)}`,
    `parts: ${Object.entries(summary.partsHistogram)
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([parts, count]) => `${parts}×${count}`)
      .join('  ')}`,
  ];
  if (summary.refusals.length > 0) {
    lines.push('refused, by reason:');
    for (const { reason, count, files } of summary.refusals) {
      lines.push(
        `  ${String(count).padStart(4)}  ${reason}`,
        `        ${files.slice(0, 5).join(' ')}${files.length > 5 ? ' …' : ''}`,
      );
    }
  }
  lines.push(`single part: ${summary.singlePart.length}${listed(summary.singlePart)}`);
  lines.push(`no targets: ${summary.noTargets.length}${listed(summary.noTargets)}`);
  return lines.join('\n');
}

const listed = (files: string[]) =>
  files.length > 0 ? `  ${files.slice(0, 8).join(' ')}${files.length > 8 ? ' …' : ''}` : '';
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
