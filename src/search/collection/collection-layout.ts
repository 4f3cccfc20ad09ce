// Where each report's blocks go in the collection's index: the order of ids (index-format.ts), the
// id ranges of years and levels, the parts' kinds, and the text chunks. Pure: the build script
// (scripts/lib/index-collection.ts) does the writing.
import { sectionLabel } from '../../lib/section-label.ts';
import { PART_KINDS } from '../../pipeline/genre-profile.ts';
import type { Report } from '../../schemas/report.ts';
import { searchRecords } from '../search-records.ts';
import {
  LEVELS,
  type ChunkReport,
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

export interface PlacedReport {
  indexed: IndexedReport;
  range: IdRange;
}

/** The order results are shown in: newest first, the State Council, provinces, cities, districts. */
export function displayOrder(a: IndexedReport, b: IndexedReport): number {
  return (
    b.year - a.year ||
    LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
    compare(a.placeId, b.placeId) ||
    compare(a.key, b.key)
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const blockCount = (report: Report) => report.sections.reduce((sum, section) => sum + section.blocks.length, 0);

/** Ids in ascending order, which is the display order read backwards (index-format.ts). */
export function layOut(reports: IndexedReport[]): PlacedReport[] {
  const placed: PlacedReport[] = [];
  let next = 0;
  for (const indexed of [...reports].sort(displayOrder).reverse()) {
    const count = blockCount(indexed.report);
    placed.push({ indexed, range: [next, next + count] });
    next += count;
  }
  return placed;
}

/** The id ranges of each year, and of each level within it, newest first. */
export function yearRanges(placed: PlacedReport[]): YearRanges[] {
  const years = new Map<number, YearRanges>();
  for (const { indexed, range } of placed) {
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
export function partStarts(placed: PlacedReport[]): PartStart[] {
  const starts: PartStart[] = [];
  for (const { indexed, range } of placed) {
    let id = range[0];
    for (const [index, section] of indexed.report.sections.entries()) {
      starts.push({ start: id, kind: partKindOf(section), report: index === 0 });
      id += section.blocks.length;
    }
  }
  return starts;
}

const KIND_LETTERS = { paragraph: 'p', heading: 'h', row: 'r', header: 'c' } as const;

/** The text chunks of `chunkBlocks` ids each, in order. */
export function* textChunks(placed: PlacedReport[], chunkBlocks: number): Generator<TextChunk> {
  let chunk: TextChunk = { reports: [], blocks: [] };
  for (const { indexed, range } of placed) {
    const records = searchRecords(indexed.report);
    let report: ChunkReport | undefined;
    let offset = 0;
    let sectionStart = range[0];
    for (const section of indexed.report.sections) {
      const entry = {
        start: sectionStart,
        slug: section.slug,
        kind: partKindOf(section),
        label: sectionLabel(section),
        url: section.url,
      };
      sectionStart += section.blocks.length;
      for (const block of section.blocks) {
        if (chunk.blocks.length === chunkBlocks) {
          yield chunk;
          chunk = { reports: [], blocks: [] };
          report = undefined;
        }
        if (!report) {
          const { key, url, title, level, place, placeId, year } = indexed;
          report = { range, key, url, title, level, place, placeId, year, sections: [] };
          chunk.reports.push(report);
        }
        if (report.sections.at(-1) !== entry) report.sections.push(entry);
        if (block.url !== `${section.url}#${block.id}`) {
          throw new Error(
            `search index: ${indexed.key}: block ${block.id}'s URL ${block.url} is not on ${section.url}`,
          );
        }
        chunk.blocks.push([block.id, KIND_LETTERS[block.kind], block.text, records[offset++]!.meta.subPart]);
      }
    }
  }
  if (chunk.blocks.length > 0) yield chunk;
}
