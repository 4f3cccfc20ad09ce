// npm run build: content → astro build → pagefind, into a staging folder that replaces dist/ only
// when every step has succeeded. A failed build leaves the last good dist/ as it was.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { BASE_PATH } from '../src/config/site.ts';
import { ReportError } from '../src/pipeline/report-error.ts';
import { buildContent } from './build-content.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// SITE_OUT_DIR builds into another folder in the project, such as the browser tests' sub-path build.
const dist = join(root, process.env.SITE_OUT_DIR ?? 'dist');
const staging = join(root, `dist.tmp-${process.pid}`);

async function indexForSearch(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}

async function main(): Promise<void> {
  const started = performance.now();
  const figures = buildContent();
  console.log(`content: ${figures.paragraphs} paragraphs in ${figures.sections} sections (base ${BASE_PATH})`);

  rmSync(staging, { recursive: true, force: true });
  try {
    await build({ root, outDir: staging, logLevel: 'warn' });
    const pages = await indexForSearch(staging);
    console.log(`pagefind: indexed ${pages} pages`);
    const previous = `${dist}.old-${process.pid}`;
    if (existsSync(dist)) renameSync(dist, previous);
    renameSync(staging, dist);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  console.log(`build: dist/ ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof ReportError)) throw error;
  console.error(
    `content/report.txt: ${error.message}\n没有写入任何文件，dist/ 保持不变 (nothing was written; dist/ is unchanged).`,
  );
  process.exitCode = 1;
}
