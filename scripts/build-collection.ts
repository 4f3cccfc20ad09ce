// npm run build:collection: a collection of reports (content/collection/, or COLLECTION=dir, laid out
// as <level>/<place>/<year>.txt with a .meta.json beside each) → dist/, each report under
// /<place>/<year>/ with every page of the single site, and the collection's own pages (home, levels,
// places), share images and search index. All or nothing: a refused report stops the build and
// lists every refused report (file, line, reason) with nothing written; --skip-refused builds the
// rest and lists what it left out (on the home page's about section and in the summary).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { BASE_PATH, SITE_URL } from '../src/config/site.ts';
import { buildReport } from '../src/pipeline/build-report.ts';
import {
  clashes,
  collectionOrder,
  placeReport,
  reportFiles,
  type Placed,
  type Refusal,
} from '../src/pipeline/collection.ts';
import { buildPanel, followUps, panelCsv, panelReport, verifyPanel, type PanelReport } from '../src/pipeline/panel.ts';
import { NATIONAL, parentOf } from '../src/pipeline/place-chain.ts';
import { ReportError } from '../src/pipeline/report-error.ts';
import { PanelFile } from '../src/schemas/panel.ts';
import { z } from 'zod';
import type { Report } from '../src/schemas/report.ts';
import type { SiteManifest, SiteReport } from '../src/schemas/site-manifest.ts';
import { reportText, swapInFolder, variantsOf } from './build-content.ts';
import { indexCollection, type IndexedReport } from './lib/index-collection.ts';
import { collectionShareImages } from './lib/collection-cards.ts';
import { writeShareImages } from './lib/share-images.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the content step writes the collection's data for the pages (SITE_DATA_DIR). */
export const COLLECTION_DATA = resolve(process.env.COLLECTION_SITE_DIR ?? join(root, 'content/collection-site'));

export interface CollectionOptions {
  /** The collection's folder. */
  dir: string;
  /** Build what can be built and list the rest, instead of stopping. */
  skipRefused: boolean;
  /** The site's folder, dist/ by default. */
  outDir: string;
  base?: string;
}

/** Every file under a folder, relative with `/`, following symbolic links (the seed's text is one). */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.')) return [];
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statSync(join(dir, path)).isDirectory());
    return isDir ? listFiles(dir, path) : [path];
  });
}

/** Timings and counts of a collection build, for its summary and `npm run bench collection`. */
export interface CollectionFigures {
  reports: number;
  refused: Refusal[];
  pages: number;
  seconds: Record<'content' | 'astro' | 'images' | 'search', number>;
  images: { rendered: number; cached: number };
  search: { records: number; files: number; bytes: number };
}

/** Reads, checks and writes the collection's data; throws a CollectionRefused listing every refusal. */
export function buildCollectionContent(options: CollectionOptions): { manifest: SiteManifest; refused: Refusal[] } {
  const base = options.base ?? BASE_PATH;
  const { files, refused } = reportFiles(listFiles(options.dir));
  const placed: { file: string; placed: Placed; source: Uint8Array }[] = [];
  for (const file of files) {
    try {
      const metaFile = join(options.dir, file.text.replace(/\.txt$/, '.meta.json'));
      let meta: unknown;
      try {
        meta = JSON.parse(readFileSync(metaFile, 'utf8'));
      } catch (error) {
        throw new ReportError(undefined, `meta 不是合法的 JSON：${(error as Error).message}`);
      }
      placed.push({
        file: file.text,
        placed: placeReport(file, meta, base),
        source: readFileSync(join(options.dir, file.text)),
      });
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      refused.push({ file: file.text, line: error.line, reason: error.message });
    }
  }
  const clashing = clashes(placed);
  refused.push(...clashing);
  const accepted = placed.filter((each) => !clashing.some((refusal) => refusal.file === each.file));

  const reports: SiteReport[] = [];
  const characters = new Set<string>();
  // The panel of targets followed (issue 19): each report's digest, taken as it is built.
  const digests: PanelReport[] = [];
  const national = accepted.find((each) => each.placed.level === 'national')?.placed.place ?? NATIONAL;
  const write = (staging: string) => {
    for (const { file, placed: where, source } of accepted) {
      let output: ReturnType<typeof buildReport>;
      try {
        output = buildReport({ source, meta: where.meta, base: where.base });
      } catch (error) {
        if (!(error instanceof ReportError)) throw error;
        refused.push({ file, line: error.line, reason: error.message });
        continue;
      }
      const dir = join(staging, where.key);
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of output.files) writeFileSync(join(dir, name), text);
      for (const character of reportText(output.report)) characters.add(character);
      // The place one level up: the meta's, else inferred (a province's is the nation's, a city's
      // from the table of prefectures), for the links to the levels above and the panel.
      const parent = parentOf(
        { name: where.place, level: where.level, parent: where.meta.parent, code: where.meta.code },
        national,
      );
      const stem = where.key.split('/')[1]!;
      try {
        digests.push(
          panelReport(
            { key: where.key, file, place: where.place, placeId: where.placeId, level: where.level, stem, parent },
            output,
          ),
        );
      } catch (error) {
        if (!(error instanceof ReportError)) throw error;
        refused.push({ file, line: error.line, reason: error.message });
        continue;
      }
      reports.push({
        key: where.key,
        base: where.base,
        dir: where.key,
        title: where.meta.title,
        issuer: where.meta.issuer,
        year: where.year,
        stem,
        file,
        level: where.level,
        place: where.place,
        placeId: where.placeId,
        ...(parent ? { parent } : {}),
        ...(where.meta.code ? { code: where.meta.code } : {}),
        parts: output.report.sections.map((section) => section.slug),
      });
    }
    if (refused.length > 0 && !options.skipRefused) throw new CollectionRefused(refused);
    if (reports.length === 0)
      throw new CollectionRefused([
        { file: relative(root, options.dir) || '.', reason: '没有可以构建的报告 (no report to build)' },
      ]);
    const manifest: SiteManifest = {
      mode: 'collection',
      title: collectionTitle(options.dir),
      reports: reports.sort(collectionOrder),
      skipped: refused.sort((a, b) => a.file.localeCompare(b.file)),
    };
    writeFileSync(join(staging, 'site.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writePanel(staging, digests, manifest.title);
    writeFileSync(join(staging, 'search-variants.json'), `${JSON.stringify(variantsOf([...characters].join('')))}\n`);
    result = manifest;
  };
  let result: SiteManifest | undefined;
  swapInFolder(COLLECTION_DATA, write);
  return { manifest: result!, refused };
}

/** The day of the build (SOURCE_DATE_EPOCH's, for a build to be repeated), YYYY-MM-DD. */
const buildDate = () =>
  new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now())
    .toISOString()
    .slice(0, 10);

/** The files of the panel, at the collection's root. */
export const PANEL_FILES = ['panel.json', 'panel.csv', 'panel.schema.json'];

/**
 * The panel of targets followed: panel.json, panel.csv and panel.schema.json beside site.json
 * (copied to the site's root after Astro), and each report's follow-ups (followed.json) for its
 * targets table. Refused, with nothing written, when a value is not verbatim in its words.
 */
function writePanel(staging: string, digests: PanelReport[], title: string): void {
  const home = `${SITE_URL.replace(/\/$/, '')}${BASE_PATH}`;
  const panel = PanelFile.parse(buildPanel(digests, { title, date: buildDate(), home }));
  try {
    verifyPanel(panel, digests);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    throw new CollectionRefused([{ file: 'panel.json', reason: error.message }]);
  }
  writeFileSync(join(staging, 'panel.json'), `${JSON.stringify(panel, null, 2)}\n`);
  writeFileSync(join(staging, 'panel.csv'), panelCsv(panel, SITE_URL.replace(/\/$/, '')));
  const schema = {
    ...z.toJSONSchema(PanelFile, { io: 'output', target: 'draft-2020-12' }),
    title: 'panel.json',
    description: `${title}：每个带指标代码的年度目标、下一年报告回顾中的结果、是否完成，以及同年上级的同一指标目标；每个数值都是所链接原文中的字句。`,
  };
  writeFileSync(join(staging, 'panel.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
  for (const [key, entries] of followUps(panel, digests)) {
    writeFileSync(join(staging, key, 'followed.json'), `${JSON.stringify(entries)}\n`);
  }
}

/** The collection's name: its collection.json's `title`, else 政府工作报告库. */
function collectionTitle(dir: string): string {
  const file = join(dir, 'collection.json');
  if (!existsSync(file)) return '政府工作报告库';
  const { title } = JSON.parse(readFileSync(file, 'utf8')) as { title?: string };
  return title?.trim() || '政府工作报告库';
}

/** A collection with refused reports, built without --skip-refused. */
export class CollectionRefused extends Error {
  readonly refused: Refusal[];
  constructor(refused: Refusal[]) {
    super(`${refused.length} 份报告未通过检查 (${refused.length} refused)`);
    this.refused = refused;
  }
}

/** A refusal as the summary prints it: the file, the line, the reason. */
export const formatRefusal = (refusal: Refusal): string =>
  `${refusal.file}: ${refusal.reason.replace(/\n/g, '\n    ')}`;

/** The reports for the search index, each report's model read when the indexer asks for it. */
function indexedReports(manifest: SiteManifest): IndexedReport[] {
  return manifest.reports.map((entry) => ({
    key: entry.key,
    url: entry.base,
    level: entry.level!,
    place: entry.place!,
    placeId: entry.placeId!,
    year: entry.year,
    title: entry.title,
    get report(): Report {
      return JSON.parse(readFileSync(join(COLLECTION_DATA, entry.dir, 'report.json'), 'utf8')) as Report;
    },
  }));
}

const countPages = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name === 'index.html',
  ).length;

/** The whole build: content, Astro, share images, search index; dist/ swapped in only at the end. */
export async function buildCollection(options: CollectionOptions): Promise<CollectionFigures> {
  const seconds = { content: 0, astro: 0, images: 0, search: 0 };
  let start = performance.now();
  const lap = (stage: keyof typeof seconds) => {
    seconds[stage] = (performance.now() - start) / 1000;
    start = performance.now();
  };
  const { manifest, refused } = buildCollectionContent(options);
  lap('content');

  const staging = `${options.outDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    process.env.SITE_DATA_DIR = COLLECTION_DATA;
    await build({ root, outDir: staging, logLevel: 'warn' });
    lap('astro');
    for (const name of PANEL_FILES) copyFileSync(join(COLLECTION_DATA, name), join(staging, name));
    const images = await writeShareImages(collectionShareImages(manifest), staging);
    lap('images');
    const search = await indexCollection(indexedReports(manifest), staging);
    lap('search');
    const previous = `${options.outDir}.old-${process.pid}`;
    if (existsSync(options.outDir)) renameSync(options.outDir, previous);
    renameSync(staging, options.outDir);
    rmSync(previous, { recursive: true, force: true });
    return { reports: manifest.reports.length, refused, pages: countPages(options.outDir), seconds, images, search };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The options of the command line: COLLECTION, SITE_OUT_DIR, --skip-refused. */
export function collectionOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): CollectionOptions {
  return {
    dir: resolve(env.COLLECTION ?? join(root, 'content/collection')),
    skipRefused: argv.includes('--skip-refused'),
    outDir: join(root, env.SITE_OUT_DIR ?? 'dist'),
  };
}

if (import.meta.main) {
  const options = collectionOptions(process.argv.slice(2));
  try {
    const figures = await buildCollection(options);
    const { content, astro, images, search } = figures.seconds;
    console.log(
      `collection: ${figures.reports} reports, ${figures.pages} pages → ${relative(root, options.outDir)}/ ` +
        `(content ${content.toFixed(1)} s, astro ${astro.toFixed(1)} s, share images ${images.toFixed(1)} s ` +
        `(${figures.images.rendered} rendered, ${figures.images.cached} cached), search ${search.toFixed(1)} s, ` +
        `${figures.search.records} records)`,
    );
    if (figures.refused.length > 0) {
      console.log(`\n--skip-refused: ${figures.refused.length} 份报告未收入 (left out):`);
      for (const refusal of figures.refused) console.log(`  ${formatRefusal(refusal)}`);
    }
    // For npm run bench collection, which runs this script as a child to measure its memory.
    if (process.env.COLLECTION_FIGURES) writeFileSync(process.env.COLLECTION_FIGURES, JSON.stringify(figures));
  } catch (error) {
    if (!(error instanceof CollectionRefused)) throw error;
    console.error(`${error.message}：`);
    for (const refusal of error.refused) console.error(`  ${formatRefusal(refusal)}`);
    console.error(
      `\n没有写入任何文件，${relative(root, options.outDir)}/ 保持不变 (nothing was written). ` +
        `npm run build:collection -- --skip-refused 构建其余的报告 (builds the rest).`,
    );
    process.exitCode = 1;
  }
}
