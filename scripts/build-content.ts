// npm run content: content/report.txt → content/sections/: report.json, its page data
// (sections.json), the data files and site.json, the manifest of a site of one report.
// The only file-system code of the pipeline. Writes all or nothing: a failed run leaves the last
// good generated content as it was.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, parse, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// OpenCC's dictionaries, read at build time only: the browser gets the small table made from them.
import { from, to } from 'opencc-js/preset';
import { BASE_PATH } from '../src/config/site.ts';
import { buildReport } from '../src/pipeline/build-report.ts';
import type { ParseWarning } from '../src/pipeline/parse-report.ts';
import { ReportError } from '../src/pipeline/report-error.ts';
import type { Report } from '../src/schemas/report.ts';
import type { SiteManifest } from '../src/schemas/site-manifest.ts';
import { variantTable } from '../src/search/variant-table.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ContentPaths {
  source: string;
  meta: string;
  outDir: string;
}

/**
 * Which text and meta a build reads. REPORT_SOURCE builds from another text: a correction to try,
 * another report, a test's fixture. Its meta is REPORT_META when given, else the `name.meta.json`
 * beside a `name.txt` when there is one, else content/report.meta.json.
 */
export function contentPaths(env: NodeJS.ProcessEnv = process.env): ContentPaths {
  const source = env.REPORT_SOURCE ? resolve(env.REPORT_SOURCE) : join(root, 'content/report.txt');
  const beside = join(parse(source).dir, `${parse(source).name}.meta.json`);
  const meta = env.REPORT_META
    ? resolve(env.REPORT_META)
    : env.REPORT_SOURCE && existsSync(beside)
      ? beside
      : join(root, 'content/report.meta.json');
  return { source, meta, outDir: join(root, 'content/sections') };
}

export const defaultPaths: ContentPaths = contentPaths();

/** Reads the text's bytes and the meta's JSON, as the pipeline takes them; no writes. */
export function readInput(paths: Pick<ContentPaths, 'source' | 'meta'>): { source: Uint8Array; meta: unknown } {
  const metaText = readFileSync(paths.meta, 'utf8');
  let meta: unknown;
  try {
    meta = JSON.parse(metaText);
  } catch (error) {
    throw new ReportError(undefined, `report.meta.json 不是合法的 JSON：${(error as Error).message}`);
  }
  return { source: readFileSync(paths.source), meta };
}

/** A warning as the CLI prints it: the line first, like a ReportError's message. */
export function formatWarning(warning: ParseWarning): string {
  return `第${warning.line}行 (line ${warning.line}): ${warning.message}`;
}

/**
 * search-variants.json: the Traditional → Simplified table for the report's characters (see
 * src/search/variant-table.ts), through OpenCC's standard Traditional, Taiwan's and Hong Kong's
 * forms.
 */
export function searchVariants(report: Report): string {
  return `${JSON.stringify(variantsOf(reportText(report)))}\n`;
}

/** A report's text for the variant table: its sections' titles and its blocks. */
export const reportText = (report: Report): string =>
  report.sections.flatMap((section) => [section.title, ...section.blocks.map((block) => block.text)]).join('\n');

/** The table for a report's text, or for a collection's characters counted (variant-table.ts). */
export function variantsOf(text: string | ReadonlyMap<string, number>) {
  const simplified = to['cn']!.flat();
  const chains = [simplified, [...from['tw']!.flat(), ...simplified], [...from['hk']!.flat(), ...simplified]];
  return variantTable(text, chains);
}

/**
 * Writes a folder's files into a staging folder and swaps it in whole: a failed build (an
 * exception before the swap) leaves the last good folder as it was.
 */
export function swapInFolder(outDir: string, write: (staging: string) => void): void {
  const staging = `${outDir}.tmp-${process.pid}`;
  const previous = `${outDir}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    write(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  try {
    renameSync(outDir, previous);
  } catch {
    // No earlier output: a first build.
  }
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}

/** Runs the pipeline and swaps the output directory in whole. Returns the report's figures. */
export function buildContent(paths: ContentPaths = defaultPaths, base = BASE_PATH) {
  const output = buildReport({ ...readInput(paths), base });
  const { report, warnings } = output;
  const { files } = output;
  files.set('search-variants.json', searchVariants(report));
  const manifest: SiteManifest = {
    mode: 'single',
    title: report.title,
    reports: [
      {
        key: '',
        base,
        dir: '',
        title: report.title,
        issuer: report.issuer,
        year: report.year,
        stem: parse(paths.source).name,
        file: relative(root, paths.source) || paths.source,
        parts: report.sections.map((section) => section.slug),
      },
    ],
    skipped: [],
  };
  files.set('site.json', `${JSON.stringify(manifest, null, 2)}\n`);

  swapInFolder(paths.outDir, (staging) => {
    for (const [name, text] of files) writeFileSync(join(staging, name), text);
  });

  const blocks = report.sections.flatMap((section) => section.blocks);
  return {
    sections: report.sections.length,
    blocks: blocks.length,
    paragraphs: blocks.filter((block) => block.kind === 'paragraph').length,
    leads: blocks.filter((block) => block.kind === 'paragraph' && block.lead).length,
    /** Numbering gaps and the like: worth a look, but the build goes on. */
    warnings,
  };
}

if (import.meta.main) {
  try {
    const figures = buildContent();
    console.log(
      `content: ${figures.sections} sections, ${figures.blocks} blocks, ${figures.paragraphs} paragraphs, ` +
        `${figures.leads} run-in heads → content/sections/ (base ${BASE_PATH})`,
    );
    for (const warning of figures.warnings) console.error(`warning: ${formatWarning(warning)}`);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    console.error(`${relative(root, defaultPaths.source)}: ${error.message}\n没有写入任何文件 (nothing was written).`);
    process.exitCode = 1;
  }
}
