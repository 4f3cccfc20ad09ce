// The site's reports as values: the manifest the content step wrote (site.json) and each report's
// generated files, read when a page asks for them. Every page gets its report by key (a route
// parameter), never from a global: the single site is a collection of one, under the base path.
// Build-time only (node:fs): nothing here reaches the browser.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FiguresFile } from '../schemas/figures.ts';
import type { PanelFile } from '../schemas/panel.ts';
import type { TargetFollowUp } from '../pipeline/panel.ts';
import type { Report } from '../schemas/report.ts';
import type { ReportMeta } from '../schemas/report-meta.ts';
import { SectionFrontmatter } from '../schemas/section.ts';
import { SiteManifest, type SiteReport } from '../schemas/site-manifest.ts';
import type { TermsFile } from '../schemas/terms.ts';

/**
 * Where the content step wrote the site's data: content/sections/ for the single site, another
 * folder for a collection (scripts/build-collection.ts sets SITE_DATA_DIR before building).
 */
export const dataDir = (): string => resolve(process.env.SITE_DATA_DIR ?? 'content/sections');

let manifest: SiteManifest | undefined;

/** site.json, validated once per build. */
export function siteManifest(): SiteManifest {
  manifest ??= SiteManifest.parse(JSON.parse(readFileSync(join(dataDir(), 'site.json'), 'utf8')));
  return manifest;
}

export const isCollection = (): boolean => siteManifest().mode === 'collection';

let panel: PanelFile | null | undefined;

/**
 * The collection's panel of targets followed (panel.json, validated by the content step when it
 * wrote it), read once; undefined for the single site.
 */
export function sitePanel(): PanelFile | undefined {
  if (panel === undefined) {
    const file = join(dataDir(), 'panel.json');
    panel = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PanelFile) : null;
  }
  return panel ?? undefined;
}

/** One report, its generated files read on first use. */
export class LoadedReport {
  readonly entry: SiteReport;
  #cache = new Map<string, unknown>();
  constructor(entry: SiteReport) {
    this.entry = entry;
  }
  get key(): string {
    return this.entry.key;
  }
  /** The report's home page, with the base path: every link of its pages starts here. */
  get base(): string {
    return this.entry.base;
  }
  /** The path of one of its generated files. */
  path(name: string): string {
    return join(dataDir(), this.entry.dir, name);
  }
  /** A generated file's text, as the content step wrote it (served byte for byte). */
  text(name: string): string {
    return readFileSync(this.path(name), 'utf8');
  }
  /** A generated file's size in bytes. */
  size(name: string): number {
    return statSync(this.path(name)).size;
  }
  #json<T>(name: string, parse: (value: unknown) => T = (value) => value as T): T {
    if (!this.#cache.has(name)) this.#cache.set(name, parse(JSON.parse(this.text(name))));
    return this.#cache.get(name) as T;
  }
  // The large files were validated by the same schemas when the content step wrote them, a moment
  // before the pages are built; parsing them again for every page of 2,884 reports cost minutes.
  get meta(): ReportMeta {
    return this.#json('meta.json');
  }
  get report(): Report {
    return this.#json('report.json');
  }
  get figures(): FiguresFile {
    return this.#json('figures.json');
  }
  get terms(): TermsFile {
    return this.#json('terms.json');
  }
  /** In a collection: what its targets table shows beside each target (last year, the levels above). */
  get followed(): TargetFollowUp[] | undefined {
    if (!existsSync(this.path('followed.json'))) return undefined;
    return this.#json('followed.json');
  }
  /** Each section's page data (the frontmatter), in reading order: the opening, parts, appendices. */
  get sections(): SectionFrontmatter[] {
    return this.#json('sections.json', (value) => SectionFrontmatter.array().parse(value));
  }
  /** The section of a slug; undefined when the report has none. */
  section(slug: string): SectionFrontmatter | undefined {
    return this.sections.find((section) => section.slug === slug);
  }
}

// Astro renders a route's pages one report after another, and each route again: a few reports
// in memory are enough, and a collection of thousands never has to be held whole.
const loaded = new Map<string, LoadedReport>();
const KEEP = 4;

/** The report of a key ('' for the single site), its files read as the pages ask for them. */
export function loadReport(key: string): LoadedReport {
  let report = loaded.get(key);
  if (report) {
    loaded.delete(key);
  } else {
    const entry = siteManifest().reports.find((each) => each.key === key);
    if (!entry) throw new Error(`no report ${JSON.stringify(key)} in ${join(dataDir(), 'site.json')}`);
    report = new LoadedReport(entry);
  }
  loaded.set(key, report);
  for (const old of loaded.keys()) {
    if (loaded.size <= KEEP) break;
    loaded.delete(old);
  }
  return report;
}

/** The `[...report]` parameter of a report's pages: undefined for the single site's root. */
export const reportParam = (key: string): string | undefined => key || undefined;

/** getStaticPaths of a page that every report has: one path a report, the key as its prop. */
export function everyReport(): { params: { report: string | undefined }; props: { key: string } }[] {
  return siteManifest().reports.map(({ key }) => ({ params: { report: reportParam(key) }, props: { key } }));
}
