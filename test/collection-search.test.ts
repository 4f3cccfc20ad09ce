// The collection's search index and its query engine (src/search/collection/), on the fixture
// collection (test/fixtures/search-collection/): what the index holds, and that a search finds
// exactly what the match rule finds in the whole text, in the order and with the filters it says.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCollection } from '../e2e/search-collection-fixture.ts';
import { indexCollection, type IndexOptions } from '../scripts/lib/index-collection.ts';
import { displayOrder, idOrder, partKindOf, type IndexedReport } from '../src/search/collection/collection-layout.ts';
import {
  CollectionSearch,
  type CollectionFilters,
  type PageOptions,
  type ReportResult,
} from '../src/search/collection/collection-search.ts';
import { intersect, normalize } from '../src/search/collection/id-ranges.ts';
import { IndexFiles } from '../src/search/collection/index-files.ts';
import { decodeShard, type IndexEntry, type TextChunk } from '../src/search/collection/index-format.ts';
import { partTerms, termHash } from '../src/search/collection/index-terms.ts';
import { fold, matchText, parseQuery, parseVariants, type Variants } from '../src/search/match-rule.ts';

const reports = fixtureCollection();
const NONE: CollectionFilters = { level: '', place: '', year: '', part: '' };
const folders: string[] = [];

/** Indexes the fixture collection into a folder of its own. */
async function built(options: IndexOptions = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'collection-search-'));
  folders.push(dir);
  await indexCollection(reports, dir, options);
  return dir;
}

const engineOf = (dir: string) =>
  new CollectionSearch(new IndexFiles(async (path) => readFileSync(join(dir, 'search-index', path))));
const entryOf = (dir: string): IndexEntry => JSON.parse(readFileSync(join(dir, 'search-index/entry.json'), 'utf8'));
const variantsOf = (dir: string): Variants =>
  parseVariants(JSON.parse(readFileSync(join(dir, 'search-index', entryOf(dir).version, 'variants.json'), 'utf8')));

interface Block {
  report: IndexedReport;
  url: string;
  text: string;
  part: string;
}
const blocks: Block[] = [...reports]
  .sort(displayOrder)
  .flatMap((report) =>
    report.report.sections.flatMap((section) =>
      section.blocks.map((block) => ({ report, url: block.url, text: block.text, part: partKindOf(section) })),
    ),
  );

/** The ground truth: the match rule applied to every block of the collection, in display order. */
function truth(dir: string, query: string, filters: CollectionFilters = NONE): string[] {
  const variants = variantsOf(dir);
  const parts = parseQuery(query, variants);
  return blocks
    .filter(
      ({ report, part }) =>
        (filters.level === '' || report.level === filters.level) &&
        (filters.place === '' || report.placeId === filters.place) &&
        (filters.year === '' || String(report.year) === filters.year) &&
        (filters.part === '' || part === filters.part),
    )
    .filter(({ text }) => matchText(fold(text, variants), parts))
    .map(({ url }) => url);
}

/** Every page of a search, every result of each report. */
async function everything(dir: string, query: string, filters = NONE, options: PageOptions = {}) {
  const engine = engineOf(dir);
  const found: ReportResult[] = [];
  let below: number | undefined;
  let pages = 0;
  do {
    const page = await engine.search(query, filters, {
      hitsPerReport: Infinity,
      ...options,
      ...(below ? { below } : {}),
    });
    found.push(...page.reports);
    below = page.next;
    pages++;
  } while (below !== undefined && pages < 50);
  return { found, pages, urls: found.flatMap((report) => report.hits.map((hit) => hit.url)) };
}

let dir: string;
beforeAll(async () => {
  dir = await built();
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const QUERIES = ['数字经济', '城市管理体制', '757.5亿元', '园', '双减 课后服务', 'RCEP', '区', '改革开放', '火星基地'];

describe('the collection search index', () => {
  it('holds, for every term, exactly the blocks whose folded text contains it', async () => {
    const entry = entryOf(dir);
    const variants = variantsOf(dir);
    // Ids run from the oldest report to the newest, each report's blocks in reading order.
    const byId = idOrder(reports).flatMap((indexed) =>
      indexed.report.sections.flatMap((section) => section.blocks.map((block) => fold(block.text, variants))),
    );
    const shardDir = join(dir, 'search-index', entry.version, 's');
    let terms = 0;
    for (const file of readdirSync(shardDir)) {
      for (const term of decodeShard(readFileSync(join(shardDir, file)))) {
        expect(termHash(term.term) % entry.shards).toBe(Number(file.replace('.bin', '')));
        const holding = byId.flatMap((text, id) => (text.includes(term.term) ? [id] : []));
        expect([...term.postings!], term.term).toEqual(holding);
        terms++;
      }
    }
    expect(terms).toBeGreaterThan(500);
  });

  it('keeps every block’s text, once, in the text chunks, with its report and part', () => {
    const entry = entryOf(dir);
    const chunkDir = join(dir, 'search-index', entry.version, 't');
    const seen = new Map<string, string>();
    for (const file of readdirSync(chunkDir)) {
      const chunk: TextChunk = JSON.parse(readFileSync(join(chunkDir, file), 'utf8'));
      const first = Number(file.replace('.json', '')) * entry.chunkBlocks;
      chunk.blocks.forEach(([id, , text], offset) => {
        const report = chunk.reports.find(({ range }) => range[0] <= first + offset && first + offset < range[1])!;
        const section = report.sections.findLast((one) => one.start <= first + offset)!;
        seen.set(`${section.url}#${id}`, text);
      });
    }
    expect(seen).toEqual(new Map(blocks.map((block) => [block.url, block.text])));
  });

  it('asks a block for every pair of each word of a part, and its one-character words, and ASCII triples', () => {
    expect(partTerms(parseQuery('757.5亿元')[0]!)).toEqual(['75', '57', '7.', '.5', '757', '57.', '7.5', '亿元']);
    expect(partTerms(parseQuery('产业园')[0]!)).toEqual(['产业', '园']);
    expect(partTerms(parseQuery('RCEP')[0]!)).toEqual(['rc', 'ce', 'ep', 'rce', 'cep']);
    expect(partTerms(parseQuery('区')[0]!)).toEqual(['区']);
  });
});

describe('a search across the collection', () => {
  for (const query of QUERIES) {
    it(`finds exactly the blocks the match rule finds for “${query}”, newest report first`, async () => {
      const { found, urls } = await everything(dir, query);
      expect(urls.sort()).toEqual(truth(dir, query).sort());
      const order = [...found].map((report) => reports.find((one) => one.key === report.key)!);
      expect(order).toEqual([...order].sort(displayOrder));
      expect(new Set(found.map((report) => report.key)).size).toBe(found.length);
    });
  }

  it('shows each report’s literal matches first, then in reading order', async () => {
    const { found } = await everything(dir, '城市管理体制', { ...NONE, place: 'qingdao', year: '2023' });
    const [qingdao] = found;
    expect(qingdao!.hits.map((hit) => hit.match.literal)).toEqual([true, false]);
    const { found: all } = await everything(dir, '数字经济');
    for (const report of all) {
      const numbers = report.hits.map((hit) => Number(hit.url.split('#p')[1]));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  });

  it('counts each report’s results, exactly where every candidate was read', async () => {
    const engine = engineOf(dir);
    const page = await engine.search('数字经济', NONE, { hitsPerReport: 1 });
    expect(page.reports).toHaveLength(10);
    for (const report of page.reports) {
      expect(report.hits).toHaveLength(1);
      const inReport = truth(dir, '数字经济', { ...NONE, place: report.placeId, year: String(report.year) });
      expect(report.count).toBeGreaterThanOrEqual(inReport.length);
      if (report.exact) expect(report.count).toBe(inReport.length);
    }
    // One term: the index says how many blocks hold it, in all and in each report.
    const broad = await engine.search('园', NONE);
    expect(broad.total).toBe(truth(dir, '园').length);
    expect(broad.reports.every((report) => report.exact)).toBe(true);
  });

  it('narrows to a level, a place, a year, a part, or one report, as the URL’s filters say', async () => {
    for (const filters of [
      { ...NONE, level: 'city' },
      { ...NONE, place: 'zhangdian' },
      { ...NONE, year: '2022' },
      { ...NONE, part: 'review' },
      { ...NONE, level: 'district', year: '2023', part: 'tasks' },
      { ...NONE, place: 'zibo', year: '2023' },
    ]) {
      for (const query of ['数字经济', '园', '区']) {
        const { urls } = await everything(dir, query, filters);
        expect(urls.sort(), `${query} ${JSON.stringify(filters)}`).toEqual(truth(dir, query, filters).sort());
      }
    }
    for (const filters of [
      { ...NONE, place: 'atlantis' },
      { ...NONE, year: '1900' },
      { ...NONE, level: 'village' },
    ]) {
      expect((await engineOf(dir).search('数字经济', filters)).reports).toEqual([]);
    }
  });

  it('goes on page after page from the newest reports to the oldest, none twice, none missed', async () => {
    const { found, pages } = await everything(dir, '数字经济', NONE, { reports: 4 });
    expect(pages).toBeGreaterThan(2);
    const keys = found.map((report) => report.key);
    expect(new Set(keys).size).toBe(keys.length);
    const expected = [...new Set(truth(dir, '数字经济').map((url) => url.split('/').slice(1, 3).join('/')))];
    expect(keys).toEqual(expected);
  });

  it('finds for Traditional characters and full-width forms what the Simplified, half-width query finds', async () => {
    for (const [typed, meant] of <[string, string][]>[
      ['數字經濟', '数字经济'],
      ['７５７．５亿元', '757.5亿元'],
      ['ｒｃｅｐ', 'RCEP'],
      ['雙減', '双减'],
    ]) {
      expect((await everything(dir, typed)).urls, typed).toEqual((await everything(dir, meant)).urls);
    }
  });

  it('finds the same with long posting lists cut into segments and many shards', async () => {
    const small = await built({ inlineBytes: 4, segmentBytes: 8, shardChars: 50, chunkBlocks: 3, mapBlocks: 16 });
    const entry = entryOf(small);
    expect(readdirSync(join(small, 'search-index', entry.version, 'p')).length).toBeGreaterThan(100);
    for (const query of QUERIES) {
      for (const filters of [NONE, { ...NONE, level: 'province' }, { ...NONE, part: 'tasks' }]) {
        const { urls } = await everything(small, query, filters, { reports: 3 });
        expect(urls.sort(), query).toEqual(truth(small, query, filters).sort());
      }
    }
  });
});

describe('building the index in groups of shards', () => {
  it('writes the same shards and segments as in one go', async () => {
    const [one, three] = await Promise.all([
      built({ groups: 1, inlineBytes: 16 }),
      built({ groups: 3, inlineBytes: 16 }),
    ]);
    const files = (dir: string) => {
      const folder = join(dir, 'search-index', entryOf(dir).version);
      return new Map(
        readdirSync(folder, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => {
            const path = join(entry.parentPath, entry.name);
            return [path.slice(folder.length), readFileSync(path).toString('base64')] as const;
          }),
      );
    };
    expect(files(three)).toEqual(files(one));
    expect([...files(one).keys()].filter((path) => path.startsWith('/p/')).length).toBeGreaterThan(10);
  });
});

describe('sets of ids', () => {
  it('are sorted, merged and intersected as ranges', () => {
    expect(
      normalize([
        [5, 9],
        [0, 2],
        [2, 3],
        [8, 12],
        [20, 20],
      ]),
    ).toEqual([
      [0, 3],
      [5, 12],
    ]);
    expect(
      intersect(
        [
          [0, 10],
          [20, 30],
        ],
        [[5, 25]],
      ),
    ).toEqual([
      [5, 10],
      [20, 25],
    ]);
    expect(intersect([[0, 10]], [[10, 20]])).toEqual([]);
  });
});
