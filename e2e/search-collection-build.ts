// Writes the fixture collection's search index into a built site: `node e2e/search-collection-build.ts
// DIR`. The collection search's browser tests build the site with SEARCH_SCOPE=collection, then this.
import { indexCollection } from '../scripts/lib/index-collection.ts';
import { fixtureCollection } from './search-collection-fixture.ts';

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node e2e/search-collection-build.ts DIR');
  const { records, files } = await indexCollection(fixtureCollection(), dir);
  console.log(`search index: ${records} blocks, ${files} files in ${dir}/search-index`);
}
