// The collection's search index (see src/search/collection/index-format.ts and the README's "Search
// across a collection"): called by `npm run build:collection` with every report of the collection,
// it writes `search-index/` into the built site.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  digests,
  partStarts,
  textChunks,
  yearRanges,
  type IndexedReport,
} from '../../src/search/collection/collection-layout.ts';
import {
  INDEX_FORMAT,
  LEVELS,
  encodeShard,
  writeIds,
  type IndexEntry,
  type PlaceList,
  type PlaceRanges,
  type SegmentRef,
  type TermEntry,
} from '../../src/search/collection/index-format.ts';
import { termHash } from '../../src/search/collection/index-terms.ts';
import { encodePartMap, type PartStart } from '../../src/search/collection/part-map.ts';
import { PostingsCollector, type Postings } from '../../src/search/collection/postings.ts';
import { VarintWriter } from '../../src/search/collection/varint.ts';
import { parseVariants } from '../../src/search/match-rule.ts';
import { variantsOf } from '../build-content.ts';

export type { IndexedReport } from '../../src/search/collection/collection-layout.ts';

export interface IndexOptions {
  /** Text chunks hold this many blocks. */
  chunkBlocks?: number;
  /** A posting list longer than this (encoded) is in segment files, not in its shard. */
  inlineBytes?: number;
  /** Segment files hold about this many bytes of postings. */
  segmentBytes?: number;
  /** A shard file for about this many characters of text. */
  shardChars?: number;
  /** How much memory the postings may take while they are gathered (bytes). */
  postingsMemory?: number;
  /** Gather the postings in this many groups of shards, one after another (else from `postingsMemory`). */
  groups?: number;
  /** Part map pages cover this many ids. */
  mapBlocks?: number;
}

const DEFAULTS: Required<Omit<IndexOptions, 'groups'>> = {
  chunkBlocks: 8,
  inlineBytes: 2048,
  segmentBytes: 8192,
  shardChars: 6000,
  postingsMemory: 1.5e9,
  mapBlocks: 16384,
};

/** The encoded size of ascending ids as gaps. */
function encodedSize(ids: Uint32Array, from: number, to: number): number {
  let bytes = 0;
  let previous = 0;
  for (let at = from; at < to; at++) {
    const gap = ids[at]! - previous;
    bytes += gap < 0x80 ? 1 : gap < 0x4000 ? 2 : gap < 0x200000 ? 3 : 4;
    previous = ids[at]!;
  }
  return bytes;
}

/** Writes files under a folder and keeps count; the folder's name is the hash of what was written. */
class Output {
  files = 0;
  bytes = 0;
  private readonly hash = createHash('sha256');
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  write(path: string, content: Uint8Array | string): void {
    const file = join(this.dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    this.hash.update(path).update(content);
    this.files++;
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }

  digest(): string {
    return this.hash.digest('hex').slice(0, 12);
  }
}

const json = (value: unknown) => JSON.stringify(value);

export async function indexCollection(
  reports: IndexedReport[],
  siteDir: string,
  options: IndexOptions = {},
): Promise<{ records: number; files: number; bytes: number }> {
  const settings = { ...DEFAULTS, ...options };
  const started = performance.now();
  const lap = (what: string) =>
    process.env.INDEX_TIMES && console.log(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const root = join(siteDir, 'search-index');
  const staging = join(root, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const out = new Output(staging);
  // One reading of each model (a collection's build may load it from disk when asked).
  const reportDigests = digests(reports);
  const blocks = reportDigests.at(-1)?.range[1] ?? 0;
  lap('digests');

  // The variant table first: the texts are folded with it, as the queries are.
  const counts = new Uint32Array(0x110000);
  let characterCount = 0;
  for (const { sections } of reportDigests) {
    for (const section of sections) {
      for (const [, , text] of section.blocks) {
        for (const character of text) counts[character.codePointAt(0)!]!++;
        characterCount += text.length;
      }
    }
  }
  const characters = new Map<string, number>();
  counts.forEach((count, code) => count > 0 && characters.set(String.fromCodePoint(code), count));
  const variants = variantsOf(characters);
  lap('variants');

  // Shards by the text's size; postings gathered a group of shards at a time, so that memory
  // stays within `postingsMemory` however large the collection (about 12 bytes a posting, and
  // 1.4 postings a character).
  let shards = 16;
  while (shards < 65536 && characterCount / shards > settings.shardChars) shards *= 2;
  const groups = options.groups ?? Math.max(1, Math.ceil((characterCount * 1.4 * 12) / settings.postingsMemory));
  for (let group = 0; group < groups; group++) {
    const collector = new PostingsCollector(
      parseVariants(variants),
      (term) => (termHash(term) % shards) % groups === group,
    );
    for (const { sections } of reportDigests) {
      for (const section of sections)
        section.blocks.forEach(([, , text], at) => collector.add(section.start + at, text));
    }
    writeShards(collector.finish(), shards, group, groups, settings, out);
    lap(`postings and shards, group ${group + 1} of ${groups}`);
  }
  lap('shards');
  // Text chunks, the part map, places.
  let chunk = 0;
  for (const text of textChunks(reportDigests, settings.chunkBlocks)) out.write(`t/${chunk++}.json`, json(text));
  const starts = partStarts(reportDigests);
  // Each page from the start of the report that holds its first id, so that every id it covers
  // has its report's start.
  let first = 0;
  for (let page = 0; page * settings.mapBlocks < blocks; page++) {
    const from = page * settings.mapBlocks;
    const to = from + settings.mapBlocks;
    while (first + 1 < starts.length && starts[first + 1]!.start <= from) first++;
    while (!starts[first]!.report) first--;
    const inPage: PartStart[] = [];
    for (let at = first; at < starts.length && starts[at]!.start < to; at++) inPage.push(starts[at]!);
    out.write(`m/${page}.bin`, encodePartMap(inPage));
  }
  const places = new Map<string, PlaceRanges>();
  for (const { meta: indexed, range } of [...reportDigests].reverse()) {
    let place = places.get(indexed.placeId);
    if (!place) {
      place = { id: indexed.placeId, name: indexed.place, level: indexed.level, reports: [] };
      places.set(indexed.placeId, place);
    }
    place.reports.push({ key: indexed.key, year: indexed.year, title: indexed.title, range });
  }
  const placeList = Object.fromEntries(LEVELS.map((level) => [level, []])) as unknown as PlaceList;
  for (const place of places.values()) {
    placeList[place.level].push([place.id, place.name]);
    out.write(`place/${place.id}.json`, json(place));
  }
  out.write('places.json', json(placeList));
  out.write('variants.json', json(variants));

  lap('text and tables');
  const version = out.digest();
  const entry: IndexEntry = {
    format: INDEX_FORMAT,
    version,
    reports: reportDigests.length,
    blocks,
    shards,
    chunkBlocks: settings.chunkBlocks,
    mapBlocks: settings.mapBlocks,
    years: yearRanges(reportDigests),
  };
  rmSync(join(root, version), { recursive: true, force: true });
  renameSync(staging, join(root, version));
  writeFileSync(join(root, 'entry.json'), json(entry));
  return { records: blocks, files: out.files + 1, bytes: out.bytes };
}

/** Writes the shards of one group: terms with short lists inline, long lists as segment files. */
function writeShards(
  postings: Postings,
  shards: number,
  group: number,
  groups: number,
  settings: typeof DEFAULTS,
  out: Output,
): void {
  const byShard = new Map<number, number[]>();
  for (let shard = group; shard < shards; shard += groups) byShard.set(shard, []);
  postings.terms.forEach((term, index) => byShard.get(termHash(term) % shards)!.push(index));
  for (const [shard, terms] of byShard) {
    const entries: TermEntry[] = terms
      .sort((a, b) => (postings.terms[a]! < postings.terms[b]! ? -1 : 1))
      .map((term) => {
        const from = postings.starts[term]!;
        const to = postings.starts[term + 1]!;
        const ids = postings.ids.subarray(from, to);
        const entry: TermEntry = { term: postings.terms[term]!, count: to - from };
        if (encodedSize(ids, 0, ids.length) <= settings.inlineBytes) entry.postings = ids;
        else entry.segments = segmentsOf(ids, settings.segmentBytes, out);
        return entry;
      });
    out.write(`s/${shard}.bin`, encodeShard(entries));
  }
}

/** Cuts a long list into segments of about `bytes` each, oldest first, and writes them. */
function segmentsOf(ids: Uint32Array, bytes: number, out: Output): SegmentRef[] {
  const segments: SegmentRef[] = [];
  let from = 0;
  while (from < ids.length) {
    let to = from;
    let size = 0;
    let previous = 0;
    while (to < ids.length && size < bytes) {
      const gap = ids[to]! - previous;
      size += gap < 0x80 ? 1 : gap < 0x4000 ? 2 : gap < 0x200000 ? 3 : 4;
      previous = ids[to++]!;
    }
    const writer = new VarintWriter();
    writeIds(writer, ids, from, to);
    const content = writer.finish();
    const file = createHash('sha256').update(content).digest('base64url').slice(0, 12);
    out.write(`p/${file}.bin`, content);
    segments.push({ first: ids[from]!, last: ids[to - 1]!, count: to - from, file });
    from = to;
  }
  return segments;
}
