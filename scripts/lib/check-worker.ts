// One thread of npm run check-reports: reads a report and its meta, runs the pipeline, posts the row.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { buildReport } from '../../src/pipeline/build-report.ts';
import { checkRow } from '../../src/pipeline/report-check.ts';
import { ReportError } from '../../src/pipeline/report-error.ts';

const { root } = workerData as { root: string };

parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
  const name = relative(root, file);
  const metaPath = file.replace(/\.txt$/, '.meta.json');
  let outcome: unknown;
  let ms = 0;
  try {
    if (!existsSync(metaPath))
      throw new ReportError(undefined, `找不到 ${relative(root, metaPath)} (no meta beside the text)`);
    const source = readFileSync(file);
    const meta: unknown = JSON.parse(readFileSync(metaPath, 'utf8'));
    const started = performance.now();
    try {
      outcome = buildReport({ source, meta, base: '/' });
    } finally {
      ms = performance.now() - started;
    }
  } catch (error) {
    outcome =
      error instanceof SyntaxError
        ? new ReportError(undefined, `${relative(root, metaPath)} 不是合法的 JSON：${error.message}`)
        : error;
  }
  parentPort!.postMessage({ index, row: checkRow(name, outcome, ms) });
});
