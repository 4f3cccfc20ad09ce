// A collection of reports, as pure functions: which files make a report (the corpus's layout,
// `<level>/<place>/<year>.txt` with a `.meta.json` beside it), what each report's place, id, key
// and URL are, and how reports link to one another (the same place's other years, the levels
// above). The file system is scripts/build-collection.ts's; nothing here reads a file.
import { PlaceLevel, ReportMeta } from '../schemas/report-meta.ts';
import type { SiteReport } from '../schemas/site-manifest.ts';
import { formatIssues } from './format-issues.ts';
import { placeId, RESERVED_IDS } from './place-id.ts';
import { ReportError } from './report-error.ts';

/** A report left out of a collection: its file, the line when there is one, and why. */
export interface Refusal {
  file: string;
  line?: number | undefined;
  reason: string;
}

/** The levels in the order a collection lists them, with their names. */
export const LEVELS: { level: PlaceLevel; label: string }[] = [
  { level: 'national', label: '国家' },
  { level: 'province', label: '省级' },
  { level: 'city', label: '市级' },
  { level: 'district', label: '区县' },
];

/** A file name's stem: the year, or the year and a tag where a place has two that year (2016-11, 1964-part). */
const STEM = /^(\d{4})(?:-[0-9a-z]+)?$/;

/** Where a report's text is, by the layout: `city/淄博市/2022.txt`. */
export interface ReportFile {
  /** The text's path relative to the collection, with `/`. */
  text: string;
  level: string;
  /** The place's folder: its name unless the meta says otherwise. */
  folder: string;
  stem: string;
}

/**
 * The reports of a collection from the paths of its files (relative, with `/`): one for each
 * `<level>/<place>/<stem>.txt`. A text without its meta, a meta without its text, a file outside
 * the layout, an unknown level or a stem that is no year: refused, each with its file.
 */
export function reportFiles(paths: string[]): { files: ReportFile[]; refused: Refusal[] } {
  const present = new Set(paths);
  const files: ReportFile[] = [];
  const refused: Refusal[] = [];
  for (const path of [...paths].sort()) {
    const parts = path.split('/');
    if (parts.length === 1) continue; // collection.json, index.tsv, a README: the collection's own
    const isText = path.endsWith('.txt');
    const isMeta = path.endsWith('.meta.json');
    if (!isText && !isMeta) continue;
    const stem = parts.at(-1)!.replace(/\.(txt|meta\.json)$/, '');
    if (isMeta) {
      if (!present.has(path.replace(/\.meta\.json$/, '.txt'))) {
        refused.push({ file: path, reason: `没有同名的 ${stem}.txt (a meta without its text)` });
      }
      continue;
    }
    if (parts.length !== 3) {
      refused.push({
        file: path,
        reason: '不在 <级别>/<地方>/<年份>.txt 的位置 (not laid out as <level>/<place>/<year>.txt)',
      });
      continue;
    }
    const [level, folder] = parts as [string, string, string];
    if (!PlaceLevel.safeParse(level).success) {
      refused.push({
        file: path,
        reason: `级别文件夹“${level}”不是 ${PlaceLevel.options.join('、')} 之一 (unknown level folder)`,
      });
      continue;
    }
    if (!STEM.test(stem)) {
      refused.push({ file: path, reason: `文件名“${stem}”不是年份，如 2022 或 2016-11 (the file name is not a year)` });
      continue;
    }
    if (!present.has(path.replace(/\.txt$/, '.meta.json'))) {
      refused.push({ file: path, reason: `没有 ${stem}.meta.json (a text without its meta)` });
      continue;
    }
    files.push({ text: path, level, folder, stem });
  }
  return { files, refused };
}

/** A report's place, id, key and base URL, from its file and its meta. */
export interface Placed {
  meta: ReportMeta;
  level: PlaceLevel;
  place: string;
  placeId: string;
  /** `zibo/2022`: the report's URL path under the base, and its key in the collection. */
  key: string;
  base: string;
  year: number;
}

/**
 * Validates a report's meta and places it: the meta's place and level win over the folders; the id
 * comes from src/pipeline/place-id.ts. Throws a ReportError naming the problem.
 */
export function placeReport(file: ReportFile, rawMeta: unknown, base: string): Placed {
  const parsed = ReportMeta.safeParse(rawMeta);
  if (!parsed.success) {
    const metaFile = file.text.replace(/\.txt$/, '.meta.json');
    throw new ReportError(undefined, `meta 有误：\n${formatIssues(parsed.error, { file: metaFile, data: rawMeta })}`);
  }
  const meta = parsed.data;
  const level = meta.level ?? (file.level as PlaceLevel);
  const place = meta.place ?? file.folder;
  const year = Number(STEM.exec(file.stem)![1]);
  if (meta.year !== year) {
    throw new ReportError(
      undefined,
      `文件名说是 ${year} 年，meta 的 year 是 ${meta.year} (the file name says ${year}, the meta ${meta.year})`,
    );
  }
  const id = placeId({ name: place, level, parent: meta.parent, code: meta.code, id: meta.id });
  if (RESERVED_IDS.has(id)) {
    throw new ReportError(
      undefined,
      `地方代号“${id}”是本站保留的名字：请在 meta 里给出另一个 id (the id ${id} is reserved)`,
    );
  }
  const key = `${id}/${file.stem}`;
  return { meta, level, place, placeId: id, key, base: `${base}${key}/`, year };
}

/**
 * Two places may not share an id, nor two reports a key: checks the placed reports together and
 * returns a refusal for every report that clashes with one before it (both files named).
 */
export function clashes(reports: { file: string; placed: Placed }[]): Refusal[] {
  const places = new Map<string, { place: string; parent: string | undefined; level: string; file: string }>();
  const keys = new Map<string, string>();
  const refused: Refusal[] = [];
  for (const { file, placed } of reports) {
    const other = places.get(placed.placeId);
    const same = { place: placed.place, parent: placed.meta.parent, level: placed.level, file };
    if (other && (other.place !== same.place || other.parent !== same.parent || other.level !== same.level)) {
      refused.push({
        file,
        reason:
          `地方代号“${placed.placeId}”已经属于 ${other.place}（${other.file}）：请在 meta 里给出 id、parent 或 code ` +
          `(the id ${placed.placeId} is taken by ${other.place})`,
      });
      continue;
    }
    places.set(placed.placeId, same);
    const before = keys.get(placed.key);
    if (before) {
      refused.push({ file, reason: `与 ${before} 的网址相同：/${placed.key}/ (the same URL as ${before})` });
      continue;
    }
    keys.set(placed.key, file);
  }
  return refused;
}

/** Reports in a collection's order: by level, place (by its id), then year and stem. */
export function collectionOrder(a: SiteReport, b: SiteReport): number {
  const rank = (level: string | undefined) => LEVELS.findIndex((each) => each.level === level);
  return (
    rank(a.level) - rank(b.level) ||
    (a.placeId ?? '').localeCompare(b.placeId ?? '') ||
    a.year - b.year ||
    a.stem.localeCompare(b.stem)
  );
}

/** How a report is linked to the rest of its collection. */
export interface ReportLinks {
  /** The same place's report of the year before (the closest earlier one), and after. */
  previous: SiteReport | undefined;
  next: SiteReport | undefined;
  /** The reports of the levels above for the same year, nearest first: 淄博市 2022 → 山东省 2022 → 国务院 2022. */
  above: SiteReport[];
}

/** A place's reports, in order, and the place's name one level up. */
export function placeReports(reports: SiteReport[], placeId: string | undefined): SiteReport[] {
  return reports.filter((report) => report.placeId === placeId).sort(collectionOrder);
}

/**
 * The report of the place one level up for the same year: the place named by `parent`, or for a
 * province without one, the national level's (国务院). The year's main report (stem = year) first.
 */
function parentReport(reports: SiteReport[], report: SiteReport): SiteReport | undefined {
  const candidates = reports.filter(
    (other) =>
      other.year === report.year &&
      other.key !== report.key &&
      (report.parent !== undefined
        ? other.place === report.parent
        : report.level === 'province' && other.level === 'national'),
  );
  return candidates.find((other) => other.stem === String(other.year)) ?? candidates[0];
}

export function reportLinks(reports: SiteReport[], key: string): ReportLinks {
  const report = reports.find((each) => each.key === key);
  if (!report) throw new Error(`no report ${key}`);
  const own = placeReports(reports, report.placeId);
  const at = own.indexOf(report);
  const above: SiteReport[] = [];
  for (let up = parentReport(reports, report); up && !above.includes(up); up = parentReport(reports, up)) {
    above.push(up);
  }
  return { previous: own[at - 1], next: own[at + 1], above };
}

/**
 * The same part in another report: a part of the same kind (回顾 of 2023 beside 回顾 of 2022), by
 * its slug when that is a kind of the genre's vocabulary, else none. `part-N` and `appendix-N`
 * are positions, not kinds: another report's part-2 is not the same part.
 */
export function samePart(other: SiteReport, slug: string): string | undefined {
  if (/^(part|appendix)-\d+$/.test(slug) || slug === 'opening') return undefined;
  return other.parts.includes(slug) ? slug : undefined;
}
