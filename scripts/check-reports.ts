// npm run check-reports -- DIR|FILE [--json FILE] [--jobs N]: the content pipeline over every report
// under a folder (`<level>/<place>/<year>.txt`, a `<name>.meta.json` beside each) or one text, two
// at a time where the machine has the cores. Prints a line per report and a summary, and writes the
// same as JSON (check-reports.json unless --json says where). Writes nothing else: this is what whoever
// publishes many reports runs before building them.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { formatRow, formatSummary, summarize, type CheckRow } from '../src/pipeline/report-check.ts';

/** Every `.txt` under a folder, in a stable order; a `.txt` path is itself. */
export function reportFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(path, name))
    .sort((a, b) => a.localeCompare(b, 'en'));
}

/**
 * Runs `files` through the pipeline in `jobs` worker threads and hands each row to `onRow` in the
 * files' order. The pipeline is CPU-bound and synchronous: threads are what lets it use the cores.
 */
export async function checkReports(
  files: string[],
  root: string,
  jobs: number,
  onRow: (row: CheckRow) => void = () => {},
): Promise<CheckRow[]> {
  const rows: CheckRow[] = new Array(files.length);
  let next = 0;
  let printed = 0;
  const run = () =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(new URL('./lib/check-worker.ts', import.meta.url), { workerData: { root } });
      const feed = () => {
        if (next >= files.length) return void worker.terminate().then(() => done(), fail);
        worker.postMessage({ index: next, file: files[next++] });
      };
      worker.on('message', ({ index, row }: { index: number; row: CheckRow }) => {
        rows[index] = row;
        while (printed < rows.length && rows[printed]) onRow(rows[printed++]!);
        feed();
      });
      worker.on('error', fail);
      feed();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, run));
  return rows;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'string', default: 'check-reports.json' }, jobs: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    console.error('usage: npm run check-reports -- DIR|FILE.txt [--json FILE] [--jobs N]');
    process.exit(2);
  }
  const target = resolve(positionals[0]!);
  const root = statSync(target).isFile() ? resolve(target, '..') : target;
  const files = reportFiles(target);
  const jobs = Number(values.jobs ?? Math.min(2, availableParallelism()));
  const started = performance.now();
  const rows = await checkReports(files, root, jobs, (row) => console.log(formatRow(row)));
  const seconds = (performance.now() - started) / 1000;
  const summary = summarize(rows);
  console.log(`\n${formatSummary(summary, seconds)}`);
  const json = resolve(values.json!);
  writeFileSync(
    json,
    `${JSON.stringify({ checked: relative(process.cwd(), target) || '.', date: new Date().toISOString(), seconds, summary, reports: rows }, null, 2)}\n`,
  );
  console.log(`→ ${relative(process.cwd(), json)}`);
  if (summary.refused > 0) process.exitCode = 1;
}
