// npm run content: content/report.txt → content/sections/*.mdx + report.json + report.schema.json.
// The only file-system code of the pipeline. Writes all or nothing: a failed run leaves the last
// good generated content as it was.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_PATH } from '../src/config/site.ts';
import { buildReport } from '../src/pipeline/build-report.ts';
import { ReportError } from '../src/pipeline/report-error.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ContentPaths {
  source: string;
  meta: string;
  outDir: string;
}

export const defaultPaths: ContentPaths = {
  // REPORT_SOURCE builds from another copy of the text: to try a correction, or in tests.
  source: process.env.REPORT_SOURCE ? resolve(process.env.REPORT_SOURCE) : join(root, 'content/report.txt'),
  meta: join(root, 'content/report.meta.json'),
  outDir: join(root, 'content/sections'),
};

/** Runs the pipeline and swaps the output directory in whole. Returns the report's figures. */
export function buildContent(paths: ContentPaths = defaultPaths, base = BASE_PATH) {
  const metaText = readFileSync(paths.meta, 'utf8');
  let meta: unknown;
  try {
    meta = JSON.parse(metaText);
  } catch (error) {
    throw new ReportError(undefined, `report.meta.json 不是合法的 JSON：${(error as Error).message}`);
  }
  const { report, files } = buildReport({ source: readFileSync(paths.source), meta, base });

  const staging = `${paths.outDir}.tmp-${process.pid}`;
  const previous = `${paths.outDir}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(staging, name), text);
  rmSync(previous, { recursive: true, force: true });
  try {
    renameSync(paths.outDir, previous);
  } catch {
    // No earlier output: a first build.
  }
  renameSync(staging, paths.outDir);
  rmSync(previous, { recursive: true, force: true });

  const blocks = report.sections.flatMap((section) => section.blocks);
  return {
    sections: report.sections.length,
    blocks: blocks.length,
    paragraphs: blocks.filter((block) => block.kind === 'paragraph').length,
    leads: blocks.filter((block) => block.kind === 'paragraph' && block.lead).length,
  };
}

if (import.meta.main) {
  try {
    const figures = buildContent();
    console.log(
      `content: ${figures.sections} sections, ${figures.blocks} blocks, ${figures.paragraphs} paragraphs, ` +
        `${figures.leads} run-in heads → content/sections/ (base ${BASE_PATH})`,
    );
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    console.error(`content/report.txt: ${error.message}\n没有写入任何文件 (nothing was written).`);
    process.exitCode = 1;
  }
}
