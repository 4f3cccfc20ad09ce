// npm run build: content → astro build → pagefind, into a staging folder that replaces dist/ only
// when every step has succeeded. A failed build leaves the last good dist/ as it was.
import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { BASE_PATH } from '../src/config/site.ts';
import { ReportError } from '../src/pipeline/report-error.ts';
import { Report } from '../src/schemas/report.ts';
import { searchRecords } from '../src/search/search-records.ts';
import { buildContent, defaultPaths, formatWarning } from './build-content.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// SITE_OUT_DIR builds into another folder in the project, such as the browser tests' sub-path build.
const dist = join(root, process.env.SITE_OUT_DIR ?? 'dist');
const staging = join(root, `dist.tmp-${process.pid}`);
/** Pagefind's target size of an index chunk, in its own units (4000 gives files of ≈7 KB). */
const INDEX_CHUNK_SIZE = 4000;

/**
 * Indexes the published report.json, one Pagefind record per paragraph and heading, rather than
 * the HTML pages: a page-sized record "matches" 双减 when 双 and 减 occur far apart, and a
 * paragraph record is a result that links to the sentence.
 */
async function indexForSearch(site: string): Promise<number> {
  // Smaller index chunks: a first search loads the chunks that hold its words, so with Pagefind's
  // default (two chunks of ≈30 KB for our report) nearly every query fetched the whole index, and a
  // longer report's first search grew with it. ≈7 KB chunks keep it to what the query needs
  // (issue 10; `npm run bench search`). Read by Pagefind's binary, which inherits our environment;
  // "unstable" is Pagefind's name for it, so the bench is what notices if a release drops it.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  const report = Report.parse(JSON.parse(readFileSync(join(site, 'report.json'), 'utf8')));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const records = searchRecords(report);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Pagefind writes its ready-made search UIs too (≈430 KB); the site has its own search page.
  for (const file of readdirSync(join(site, 'pagefind'))) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(file)) rmSync(join(site, 'pagefind', file));
  }
  return records.length;
}

async function main(): Promise<void> {
  const started = performance.now();
  const figures = buildContent();
  console.log(`content: ${figures.paragraphs} paragraphs in ${figures.sections} sections (base ${BASE_PATH})`);
  for (const warning of figures.warnings) console.error(`warning: ${formatWarning(warning)}`);

  rmSync(staging, { recursive: true, force: true });
  try {
    await build({ root, outDir: staging, logLevel: 'warn' });
    const records = await indexForSearch(staging);
    console.log(`pagefind: indexed ${records} paragraphs and headings`);
    const previous = `${dist}.old-${process.pid}`;
    if (existsSync(dist)) renameSync(dist, previous);
    renameSync(staging, dist);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  console.log(`build: ${relative(root, dist)}/ ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof ReportError)) throw error;
  console.error(
    `${relative(root, defaultPaths.source)}: ${error.message}\n没有写入任何文件，dist/ 保持不变 (nothing was written; dist/ is unchanged).`,
  );
  process.exitCode = 1;
}
