// The small collection the collection search is tested on (test/fixtures/search-collection/: short
// texts of our own in the corpus's layout, <level>/<place>/<year>.txt with its .meta.json), as the
// collection's build hands reports to indexCollection.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildReport } from '../src/pipeline/build-report.ts';
import type { IndexedReport } from '../src/search/collection/collection-layout.ts';
import { LEVELS, type Level } from '../src/search/collection/index-format.ts';
export const FIXTURE_COLLECTION = resolve(import.meta.dirname, '../test/fixtures/search-collection');

/** Every report of the fixture collection, under `${base}<place id>/<year>/`. */
export function fixtureCollection(base = '/'): IndexedReport[] {
  const placeIds = JSON.parse(readFileSync(join(FIXTURE_COLLECTION, 'place-ids.json'), 'utf8')) as Record<
    string,
    string
  >;
  return LEVELS.flatMap((level: Level) =>
    readdirSync(join(FIXTURE_COLLECTION, level)).flatMap((place) =>
      readdirSync(join(FIXTURE_COLLECTION, level, place))
        .filter((name) => name.endsWith('.txt'))
        .map((name): IndexedReport => {
          const file = join(FIXTURE_COLLECTION, level, place, name);
          const placeId = placeIds[place]!;
          const year = Number(name.replace(/\.txt$/, ''));
          const url = `${base}${placeId}/${year}/`;
          const { report } = buildReport({
            source: readFileSync(file),
            meta: JSON.parse(readFileSync(file.replace(/\.txt$/, '.meta.json'), 'utf8')),
            base: url,
          });
          return { key: `${placeId}/${year}`, url, level, place, placeId, year, title: report.title, report };
        }),
    ),
  );
}
