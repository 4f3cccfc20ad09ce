// The files of the collection's search index, as the build writes them and the browser reads them
// (`${base}search-index/`). See the README's "Search across a collection".
//
// Every block (paragraph, heading, table row, cover line) of every report has a number, its id.
// Ids run from the oldest report to the newest, and within a year from the districts' reports up
// to the State Council's, so that reading ids downwards gives the order results are shown in:
// newest first, the higher levels first. A report's blocks have consecutive ids, so a filter by
// year, level, place or report is a few ranges of ids, and every posting list can be read from
// its newest end.
//
//   entry.json            this build's version, counts, and the id ranges of each year and level
//   <version>/s/<n>.bin   shard n: the terms whose termHash % shards is n, each with its number of
//                         blocks and its postings inline, or for a long list its segments
//   <version>/p/<n>.bin   a segment of a long posting list, a few KB
//   <version>/t/<n>.json  text chunk n: the blocks with ids [n × chunkBlocks, (n + 1) × chunkBlocks),
//                         their labels, and the reports and parts they are in
//   <version>/m/<n>.bin   part map n: where each part of a report starts in [n × mapBlocks, …) and its kind
//   <version>/places.json the places, for the place filter; <version>/place/<id>.json a place's ranges
//   <version>/variants.json the Traditional → Simplified table of the collection's characters
import { VarintReader, VarintWriter } from './varint.ts';

export const INDEX_FORMAT = 1;

export const LEVELS = ['national', 'province', 'city', 'district'] as const;
export type Level = (typeof LEVELS)[number];

/** What the part filter offers: the genre's part kinds, the opening, other parts, appendices. */
export const PART_FILTERS = [
  'opening',
  'review',
  'goals',
  'targets',
  'tasks',
  'governance',
  'other',
  'appendix',
] as const;
export type PartFilter = (typeof PART_FILTERS)[number];

/** A range of ids, [start, end). */
export type IdRange = [start: number, end: number];

export interface YearRanges {
  year: number;
  /** Every block of the year's reports. */
  range: IdRange;
  /** The blocks of each level's reports that year. */
  levels: Partial<Record<Level, IdRange>>;
}

/** `entry.json`: served fresh (max-age=0); everything under `version` is immutable. */
export interface IndexEntry {
  format: typeof INDEX_FORMAT;
  /** The folder of this build's files. */
  version: string;
  reports: number;
  blocks: number;
  shards: number;
  chunkBlocks: number;
  mapBlocks: number;
  /** Newest first. */
  years: YearRanges[];
}

/** One report, as a text chunk names it. */
export interface ChunkReport {
  range: IdRange;
  key: string;
  url: string;
  title: string;
  level: Level;
  place: string;
  placeId: string;
  year: number;
  /** Its parts that have blocks in the chunk, in order. */
  sections: ChunkSection[];
}

export interface ChunkSection {
  /** The id of its first block (which may come before the chunk). */
  start: number;
  slug: string;
  kind: PartFilter;
  /** What the site calls it: 开篇, the part's heading, 附件一 with its title. */
  label: string;
  url: string;
}

/** A block: its element id, its kind's letter (paragraph, heading, row, cover, note), its text, and its sub-part. */
export type ChunkBlock = [id: string, kind: 'p' | 'h' | 'r' | 'c' | 'n', text: string, subPart: string];

/** `t/<n>.json`. */
export interface TextChunk {
  reports: ChunkReport[];
  /** In id order from the chunk's first id; the last chunk may hold fewer. */
  blocks: ChunkBlock[];
}

/** `place/<id>.json`: a place's reports, newest first. */
export interface PlaceRanges {
  id: string;
  name: string;
  level: Level;
  reports: { key: string; year: number; title: string; range: IdRange }[];
}

/** `places.json`: every place, by level, for the place filter: [id, name] pairs. */
export type PlaceList = Record<Level, [id: string, name: string][]>;

/** One term's entry in a shard. */
export interface TermEntry {
  term: string;
  /** How many blocks hold it. */
  count: number;
  /** The postings, when they are in the shard itself. */
  postings?: Uint32Array;
  /** Otherwise the segments of the list, oldest first. */
  segments?: SegmentRef[];
}

/** A segment of a long list: its first and last id, how many ids, and its file. */
export interface SegmentRef {
  first: number;
  last: number;
  count: number;
  file: string;
}

/** Ascending ids as gaps. */
export function writeIds(writer: VarintWriter, ids: ArrayLike<number>, from = 0, to = ids.length): void {
  let previous = 0;
  for (let at = from; at < to; at++) {
    writer.uint(ids[at]! - previous);
    previous = ids[at]!;
  }
}

export function readIds(reader: VarintReader, count: number): Uint32Array {
  const ids = new Uint32Array(count);
  let previous = 0;
  for (let at = 0; at < count; at++) ids[at] = previous += reader.uint();
  return ids;
}

/** A shard file: its terms in code unit order, each with its postings or its segments. */
export function encodeShard(entries: TermEntry[]): Uint8Array {
  const writer = new VarintWriter();
  writer.uint(entries.length);
  for (const entry of entries) {
    writer.string(entry.term);
    writer.uint(entry.count);
    writer.uint(entry.segments?.length ?? 0);
    if (entry.segments) {
      let previous = 0;
      for (const segment of entry.segments) {
        writer.uint(segment.first - previous);
        writer.uint(segment.last - segment.first);
        writer.uint(segment.count);
        writer.string(segment.file);
        previous = segment.last;
      }
    } else writeIds(writer, entry.postings!);
  }
  return writer.finish();
}

/** The entries of a shard file: all of them, or only the ones in `wanted`. */
export function decodeShard(bytes: Uint8Array, wanted?: ReadonlySet<string>): TermEntry[] {
  const reader = new VarintReader(bytes);
  const entries: TermEntry[] = [];
  for (let left = reader.uint(); left > 0; left--) {
    const term = reader.string();
    const count = reader.uint();
    const segmentCount = reader.uint();
    if (segmentCount > 0) {
      const segments: SegmentRef[] = [];
      let previous = 0;
      for (let at = 0; at < segmentCount; at++) {
        const first = previous + reader.uint();
        const last = first + reader.uint();
        segments.push({ first, last, count: reader.uint(), file: reader.string() });
        previous = last;
      }
      if (!wanted || wanted.has(term)) entries.push({ term, count, segments });
    } else {
      const postings = readIds(reader, count);
      if (!wanted || wanted.has(term)) entries.push({ term, count, postings });
    }
  }
  return entries;
}
