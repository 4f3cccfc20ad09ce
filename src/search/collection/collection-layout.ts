// Where each report's blocks go in the collection's index: the order of ids (index-format.ts), the
// id ranges of years and levels, the parts' kinds, and the text chunks. Pure: the build script
// (scripts/lib/index-collection.ts) does the writing.
import { sectionLabel } from '../../lib/section-label.ts';
import { PART_KINDS } from '../../pipeline/genre-profile.ts';
import type { Report } from '../../schemas/report.ts';
import { searchRecords } from '../search-records.ts';
import {
  LEVELS,
  type ChunkBlock,
  type ChunkReport,
  type ChunkSection,
  type IdRange,
  type Level,
  type PartFilter,
  type TextChunk,
  type YearRanges,
} from './index-format.ts';
import type { PartStart } from './part-map.ts';

/** A report of the collection, as the collection's build hands it to the index. */
export interface IndexedReport {
  /** `zibo/2022`: unique in the collection. */
  key: string;
  /** `/zibo/2022/`, with the base path. */
  url: string;
  level: Level;
  /** 淄博市 */
  place: string;
  placeId: string;
  year: number;
  title: string;
  /** The validated model; its blocks' URLs carry the report's base. */
  report: Report;
}

/**
 * What the index keeps of a report: its place in the ids, its parts, and each block's element id,
 * kind, text and sub-part. Made from the model once (a collection's build may read each model
 * from disk when asked for it).
 */
export interface ReportDigest {
  meta: Omit<IndexedReport, 'report'>;
  range: IdRange;
  sections: DigestSection[];
}

export interface DigestSection extends ChunkSection {
  blocks: ChunkBlock[];
}

/** The order results are shown in: newest first, the State Council, provinces, cities, districts. */
export function displayOrder(a: Omit<IndexedReport, 'report'>, b: Omit<IndexedReport, 'report'>): number {
  return (
    b.year - a.year ||
    LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
    compare(a.placeId, b.placeId) ||
    compare(a.key, b.key)
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The reports in the order of their ids: the display order read backwards (index-format.ts). */
export function idOrder(reports: IndexedReport[]): IndexedReport[] {
  return [...reports].sort(displayOrder).reverse();
}

const KIND_LETTERS = { paragraph: 'p', heading: 'h', row: 'r', header: 'c', note: 'n' } as const;

/** A report's digest, its first block at id `start`. */
export function digest(indexed: IndexedReport, start: number): ReportDigest {
  const { report, ...meta } = indexed;
  const records = searchRecords(report);
  let id = start;
  let offset = 0;
  const sections = report.sections.map((section): DigestSection => {
    const entry: DigestSection = {
      start: id,
      slug: section.slug,
      kind: partKindOf(section),
      label: sectionLabel(section),
      url: section.url,
      blocks: section.blocks.map((block): ChunkBlock => {
        if (block.url !== `${section.url}#${block.id}`) {
          throw new Error(
            `search index: ${indexed.key}: block ${block.id}'s URL ${block.url} is not on ${section.url}`,
          );
        }
        return [block.id, KIND_LETTERS[block.kind], block.text, records[offset++]!.meta.subPart];
      }),
    };
    id += section.blocks.length;
    return entry;
  });
  return { meta, range: [start, id], sections };
}

/** Every report's digest, in id order. */
export function digests(reports: IndexedReport[]): ReportDigest[] {
  const all: ReportDigest[] = [];
  let next = 0;
  for (const indexed of idOrder(reports)) {
    const one = digest(indexed, next);
    all.push(one);
    next = one.range[1];
  }
  return all;
}

/** The id ranges of each year, and of each level within it, newest first. */
export function yearRanges(reports: ReportDigest[]): YearRanges[] {
  const years = new Map<number, YearRanges>();
  for (const { meta: indexed, range } of reports) {
    let year = years.get(indexed.year);
    if (!year) years.set(indexed.year, (year = { year: indexed.year, range: [...range], levels: {} }));
    year.range = [Math.min(year.range[0], range[0]), Math.max(year.range[1], range[1])];
    const level = year.levels[indexed.level];
    year.levels[indexed.level] = level ? [Math.min(level[0], range[0]), Math.max(level[1], range[1])] : [...range];
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

const KINDS = new Set<string>(PART_KINDS.map((kind) => kind.slug));

/** Which of the part filter's kinds a section is. */
export function partKindOf(section: Report['sections'][number]): PartFilter {
  if (section.kind === 'opening') return 'opening';
  if (section.kind === 'appendix') return 'appendix';
  return KINDS.has(section.slug) ? (section.slug as PartFilter) : 'other';
}

/** Where every part starts, in id order. */
export function partStarts(reports: ReportDigest[]): PartStart[] {
  return reports.flatMap(({ sections }) =>
    sections.map((section, index) => ({ start: section.start, kind: section.kind, report: index === 0 })),
  );
}

/** The text chunks of `chunkBlocks` ids each, in order. */
export function* textChunks(reports: ReportDigest[], chunkBlocks: number): Generator<TextChunk> {
  let chunk: TextChunk = { reports: [], blocks: [] };
  for (const { meta, range, sections } of reports) {
    let report: ChunkReport | undefined;
    for (const { blocks, ...section } of sections) {
      for (const block of blocks) {
        if (chunk.blocks.length === chunkBlocks) {
          yield chunk;
          chunk = { reports: [], blocks: [] };
          report = undefined;
        }
        if (!report) {
          const { key, url, title, level, place, placeId, year } = meta;
          report = { range, key, url, title, level, place, placeId, year, sections: [] };
          chunk.reports.push(report);
        }
        if (report.sections.at(-1)?.start !== section.start) report.sections.push(section);
        chunk.blocks.push(block);
      }
    }
  }
  if (chunk.blocks.length > 0) yield chunk;
}
