// A search across the collection (index-format.ts): the query's terms' posting lists are read from
// their newest end and intersected, the candidates grouped by report through the block map, and
// each report's first candidates checked against their text by the match rule, which alone decides
// what is a result. A page is the newest reports that answer the query, each with its count and
// its first results; the next page goes on below the last report shown.
import {
  fold,
  matchText,
  parseQuery,
  parseVariants,
  rankByRule,
  type QueryPart,
  type Variants,
} from '../match-rule.ts';
import type { RecordMeta } from '../search-records.ts';
import { intersect } from './id-ranges.ts';
import type { IndexFiles } from './index-files.ts';
import {
  LEVELS,
  decodeShard,
  type ChunkReport,
  type IdRange,
  type IndexEntry,
  type Level,
  type PlaceRanges,
  type TextChunk,
} from './index-format.ts';
import { partTerms, termHash } from './index-terms.ts';
import { decodePartMap, entryAt, type PartStart } from './part-map.ts';
import { TermList } from './term-list.ts';

const HAN = /\p{Script=Han}/u;

/** What the search page's URL narrows a search to; '' for no narrowing. */
export interface CollectionFilters {
  level: string;
  /** A place's id: `zibo`. */
  place: string;
  year: string;
  /** A part kind of index-format.ts's PART_FILTERS. */
  part: string;
}

export interface CollectionHit {
  url: string;
  text: string;
  meta: RecordMeta;
  match: NonNullable<ReturnType<typeof matchText>>;
}

/** A report that answers the query, with its first results. */
export interface ReportResult extends Omit<ChunkReport, 'range' | 'sections'> {
  /** Literal matches first, then in reading order. */
  hits: CollectionHit[];
  /** How many of its blocks answer the query: exactly when `exact`, else at most. */
  count: number;
  exact: boolean;
}

export interface CollectionPage {
  reports: ReportResult[];
  /** Where the next page starts, when there may be one. */
  next?: number;
  /** How many blocks answer the query in all, where the index says so at no cost (one term). */
  total?: number;
}

export interface PageOptions {
  /** Search below this id: a page's `next`. */
  below?: number;
  /** Reports a page shows at most. */
  reports?: number;
  /** Results shown for each report; every one where the filters name one report. */
  hitsPerReport?: number;
}

/** Candidates checked at a time in a report: a few more than are shown, for literal matches to come first. */
const CHECK_AT_ONCE = 6;
/** A page stops fetching text past this many chunks, and offers to go on. */
const MAX_CHUNKS = 40;
/** Ids read from the rarest list at a time, at first and at most. */
const FIRST_BATCH = 512;
const MAX_BATCH = 8192;

interface Group {
  /** The id of the report's first block. */
  start: number;
  /** Its candidates, ascending. */
  ids: number[];
}

export class CollectionSearch {
  private readonly files: IndexFiles;
  private readonly maps = new Map<number, Promise<PartStart[]>>();

  constructor(files: IndexFiles) {
    this.files = files;
  }

  entry(): Promise<IndexEntry> {
    return this.files.json<IndexEntry>('entry.json');
  }

  /** Fetches what every search needs: the entry, and the variant table that Chinese queries need. */
  async warm(): Promise<null> {
    const entry = await this.entry();
    await this.variants(entry.version, '中');
    return null;
  }

  private async variants(folder: string, query: string): Promise<Variants | undefined> {
    if (!HAN.test(query)) return undefined;
    return parseVariants(await this.files.json<string>(`${folder}/variants.json`));
  }

  /** The ids the filters allow (without the part filter, which the block map applies). */
  private async allowed(entry: IndexEntry, filters: CollectionFilters): Promise<IdRange[]> {
    let ranges: IdRange[] = [[0, entry.blocks]];
    const years = filters.year === '' ? entry.years : entry.years.filter((year) => String(year.year) === filters.year);
    if (filters.year !== '')
      ranges = intersect(
        ranges,
        years.map((year) => year.range),
      );
    if (filters.level !== '') {
      const level = filters.level as Level;
      if (!LEVELS.includes(level)) return [];
      ranges = intersect(
        ranges,
        years.flatMap((year) => (year.levels[level] ? [year.levels[level]] : [])),
      );
    }
    if (filters.place !== '') {
      if (!/^[a-z0-9-]+$/.test(filters.place)) return [];
      const place = await this.files
        .json<PlaceRanges>(`${entry.version}/place/${filters.place}.json`)
        .catch(() => undefined);
      ranges = intersect(ranges, place?.reports.map((report) => report.range) ?? []);
    }
    return ranges;
  }

  private blockMap(entry: IndexEntry, page: number): Promise<PartStart[]> {
    let map = this.maps.get(page);
    if (!map) {
      map = this.files.bytes(`${entry.version}/m/${page}.bin`).then(decodePartMap);
      this.maps.set(page, map);
      map.catch(() => this.maps.delete(page));
    }
    return map;
  }

  /** Each id's report (the id of its first block) and part kind. */
  private async place(entry: IndexEntry, ids: number[]): Promise<{ report: number; part: string }[]> {
    const pages = [...new Set(ids.map((id) => Math.floor(id / entry.mapBlocks)))];
    const maps = new Map(
      await Promise.all(pages.map(async (page) => [page, await this.blockMap(entry, page)] as const)),
    );
    return ids.map((id) => {
      const starts = maps.get(Math.floor(id / entry.mapBlocks))!;
      let at = entryAt(starts, id);
      const part = starts[at]?.kind ?? 'other';
      while (at > 0 && !starts[at]!.report) at--;
      return { report: starts[at]?.start ?? 0, part };
    });
  }

  /** Reports with candidates, newest first, each with all of its candidates in reading order. */
  private async *groups(entry: IndexEntry, lists: TermList[], ranges: IdRange[], part: string): AsyncGenerator<Group> {
    const [driver, ...others] = lists;
    const density = driver!.count / Math.max(1, entry.blocks);
    const left = ranges.map(([from, to]): IdRange => [from, to]);
    let open: Group | undefined;
    let batch = FIRST_BATCH;
    while (left.length > 0) {
      // The newest ranges that should hold about `batch` of the rarest list's ids, the last one cut
      // where they are reached: their segments are fetched at once.
      const span = Math.ceil(batch / Math.max(density, 1e-9));
      const taken: IdRange[] = [];
      let room = span;
      while (left.length > 0 && room > 0) {
        const [from, to] = left.at(-1)!;
        if (to - from <= room) {
          taken.unshift(left.pop()!);
          room -= to - from;
        } else {
          taken.unshift([to - room, to]);
          left.at(-1)![1] = to - room;
          room = 0;
        }
      }
      batch = Math.min(batch * 2, MAX_BATCH);
      const below = taken[0]![0];
      const ids = await driver!.idsIn(taken);
      // The other lists' segments and the block map at once: one round trip, not one a list.
      const [places, ...held] = await Promise.all([
        this.place(entry, ids),
        ...others.map(async (other) => new Set(await other.filter(ids))),
      ]);
      for (const [index, id] of ids.entries()) {
        if (!held.every((set) => set.has(id))) continue;
        if (part !== '' && places[index]!.part !== part) continue;
        const report = places[index]!.report;
        if (open && open.start !== report) {
          yield whole(open);
          open = undefined;
        }
        open ??= { start: report, ids: [] };
        open.ids.push(id);
      }
      // Every candidate at or above `below` is known: a report that starts there is whole.
      if (open && open.start >= below) {
        yield whole(open);
        open = undefined;
      }
    }
    if (open) yield whole(open);
  }

  async search(query: string, filters: CollectionFilters, options: PageOptions = {}): Promise<CollectionPage> {
    const entry = await this.entry();
    const plain = parseQuery(query);
    if (plain.length === 0) return { reports: [] };
    const below = options.below ?? entry.blocks;
    // What does not wait for the variant table starts at once: the filters' ranges, the block map
    // where the newest results will be, and the shards of the query as typed (most queries are
    // Simplified Chinese, which the table leaves as it is).
    const ranges = this.allowed(entry, filters).then((allowed) => intersect(allowed, [[0, below]]));
    const top = ranges.then((allowed) => allowed.at(-1)?.[1]);
    void top
      .then((id) => (id === undefined ? undefined : this.blockMap(entry, Math.floor((id - 1) / entry.mapBlocks))))
      .catch(() => {});
    void this.termLists(entry, plain).catch(() => {});
    const variants = await this.variants(entry.version, query);
    const parts = variants ? parseQuery(query, variants) : plain;
    const [allowed, lists, newest] = await Promise.all([ranges, this.termLists(entry, parts), top]);
    if (!lists || newest === undefined) return { reports: [], total: 0 };
    for (const list of lists) list.prefetchBelow(newest);

    const exact = parts.every((part) => partTerms(part).includes(part.folded));
    const oneReport = filters.place !== '' && filters.year !== '';
    const wanted = options.reports ?? 10;
    const shown = oneReport ? Infinity : (options.hitsPerReport ?? 3);
    const total =
      exact && lists.length === 1 && filters.part === ''
        ? Promise.all(allowed.map(([from, to]) => lists[0]!.countIn(from, to))).then((counts) =>
            counts.reduce((sum, count) => sum + count, 0),
          )
        : undefined;

    const reports: ReportResult[] = [];
    const chunks = new Set<number>();
    const stream = this.groups(entry, lists, allowed, filters.part);
    let last: number | undefined;
    let exhausted = false;
    while (reports.length < wanted && chunks.size < MAX_CHUNKS && !exhausted) {
      const batch: Group[] = [];
      while (batch.length < wanted - reports.length) {
        const next = await stream.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        batch.push(next.value);
      }
      const checked = await Promise.all(
        batch.map((group) => this.check(entry, group, parts, variants, { exact, shown, chunks })),
      );
      reports.push(...checked.flatMap((result) => result ?? []));
      last = batch.at(-1)?.start ?? last;
    }
    const count = await total;
    return {
      reports,
      ...(exhausted || last === undefined || last === 0 ? {} : { next: last }),
      ...(count === undefined ? {} : { total: count }),
    };
  }

  /** The lists of the query's terms, rarest first; undefined when a term occurs nowhere. */
  private async termLists(entry: IndexEntry, parts: QueryPart[]): Promise<TermList[] | undefined> {
    const terms = [...new Set(parts.flatMap(partTerms))];
    const byShard = Map.groupBy(terms, (term) => termHash(term) % entry.shards);
    const found = await Promise.all(
      [...byShard].map(async ([shard, wanted]) =>
        decodeShard(await this.files.bytes(`${entry.version}/s/${shard}.bin`), new Set(wanted)),
      ),
    );
    const entries = found.flat();
    if (entries.length < terms.length) return undefined;
    return entries.map((one) => new TermList(one, this.files, entry.version)).sort((a, b) => a.count - b.count);
  }

  /**
   * A report's results: its first candidates in reading order checked against their text, more
   * while none answers, or all of them when every one is to be shown. With an exact query every
   * candidate answers, so only those shown are read.
   */
  private async check(
    entry: IndexEntry,
    group: Group,
    parts: QueryPart[],
    variants: Variants | undefined,
    { exact, shown, chunks }: { exact: boolean; shown: number; chunks: Set<number> },
  ): Promise<ReportResult | undefined> {
    let hits: CollectionHit[] = [];
    let report: ChunkReport | undefined;
    let checked = 0;
    const step = exact ? shown : Math.max(CHECK_AT_ONCE, shown);
    while (checked < group.ids.length && (hits.length === 0 || shown === Infinity)) {
      const ids = group.ids.slice(checked, checked + step);
      checked += ids.length;
      const blocks = await Promise.all(
        ids.map(async (id) => {
          const chunk = Math.floor(id / entry.chunkBlocks);
          chunks.add(chunk);
          const text = await this.files.json<TextChunk>(`${entry.version}/t/${chunk}.json`);
          return blockOf(text, id - chunk * entry.chunkBlocks, id);
        }),
      );
      for (const block of blocks) {
        report ??= block.report;
        // The texts are folded with the variant table as the index is (variant-table.ts); folding
        // keeps the length, so the marks fall on the text as it stands.
        const match = matchText(variants ? fold(block.hit.text, variants) : block.hit.text, parts);
        if (match) hits.push({ ...block.hit, match });
      }
    }
    if (!report || hits.length === 0) return undefined;
    hits = rankByRule(hits);
    const { key, url, title, level, place, placeId, year } = report;
    const whole = checked === group.ids.length;
    return {
      key,
      url,
      title,
      level,
      place,
      placeId,
      year,
      hits: hits.slice(0, shown),
      count: exact || !whole ? group.ids.length : hits.length,
      exact: exact || whole,
    };
  }
}

/** A group whose candidates are all known, in reading order (they were found newest first). */
function whole(group: Group): Group {
  group.ids.reverse();
  return group;
}

/** A block of a text chunk as a search hit without its match, and its report. */
function blockOf(
  chunk: TextChunk,
  offset: number,
  id: number,
): { hit: Omit<CollectionHit, 'match'>; report: ChunkReport } {
  const block = chunk.blocks[offset];
  const report = chunk.reports.find(({ range }) => range[0] <= id && id < range[1]);
  const section = report?.sections.findLast((one) => one.start <= id);
  if (!block || !report || !section) throw new Error(`search index: block ${id} is missing from its text chunk`);
  const [elementId, kind, text, subPart] = block;
  const number = kind === 'p' || kind === 'r' ? elementId.slice(1) : '';
  const kinds = { p: 'paragraph', h: 'heading', r: 'row', c: 'header', n: 'note' } as const;
  // As search-records.ts titles them.
  const titles = { p: `第${number}段`, r: `表格第${number}行`, c: '封面', n: '附注', h: text };
  return {
    report,
    hit: {
      url: `${section.url}#${elementId}`,
      text,
      meta: {
        title: titles[kind],
        kind: kinds[kind],
        part: section.slug,
        partTitle: section.label,
        subPart,
        number: kind === 'p' ? number : '',
      },
    },
  };
}
