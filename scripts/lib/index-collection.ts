// STUB until the search engineer's branch lands (issue 18): their scripts/lib/index-collection.ts
// replaces this file. The agreed interface, implemented the simple way: today's per-block Pagefind
// records (src/search/search-records.ts) with level, place and year filters, one index for the
// collection. Fine for the default collection; Pagefind's indexer does not survive the corpus
// (24 GB), so past STUB_LIMIT reports it indexes nothing and says so.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Report } from '../../src/schemas/report.ts';
import { searchRecords } from '../../src/search/search-records.ts';

export interface IndexedReport {
  key: string /* 'zibo/2022' */;
  url: string /* '/zibo/2022/' with BASE_PATH */;
  level: 'national' | 'province' | 'city' | 'district';
  place: string /* 淄博市 */;
  placeId: string;
  year: number;
  title: string;
  report: Report /* validated model; block urls carry the report's base */;
}

const STUB_LIMIT = 300;

export async function indexCollection(
  reports: IndexedReport[],
  siteDir: string,
): Promise<{ records: number; files: number; bytes: number }> {
  if (reports.length > STUB_LIMIT) {
    console.warn(`index-collection (stub): ${reports.length} reports, more than ${STUB_LIMIT}: no search index`);
    return { records: 0, files: 0, bytes: 0 };
  }
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '4000';
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let records = 0;
  for (const entry of reports) {
    for (const record of searchRecords(entry.report)) {
      const added = await index.addCustomRecord({
        ...record,
        meta: { ...record.meta, report: entry.title, reportUrl: entry.url },
        filters: { level: [entry.level], place: [entry.placeId], year: [String(entry.year)], part: [record.meta.part] },
      });
      if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
      records++;
    }
  }
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const file of readdirSync(join(siteDir, 'pagefind'))) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(file))
      rmSync(join(siteDir, 'pagefind', file));
  }
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(join(siteDir, 'pagefind'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { records, files, bytes };
}
