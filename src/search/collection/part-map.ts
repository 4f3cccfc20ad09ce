// The block map (`m/<n>.bin`): where each report and each of its parts start, and the part's kind,
// for the ids [n × mapBlocks, (n + 1) × mapBlocks). A search reads it to group candidates by report
// and to apply the part filter before any text is fetched. Its first entry is the part that holds
// the page's first id.
import { PART_FILTERS, type PartFilter } from './index-format.ts';
import { VarintReader, VarintWriter } from './varint.ts';

export interface PartStart {
  start: number;
  kind: PartFilter;
  /** The first part of a report. */
  report: boolean;
}

export function encodePartMap(starts: PartStart[]): Uint8Array {
  const writer = new VarintWriter();
  writer.uint(starts.length);
  let previous = 0;
  for (const { start, kind, report } of starts) {
    writer.uint(start - previous);
    writer.uint(PART_FILTERS.indexOf(kind) * 2 + (report ? 1 : 0));
    previous = start;
  }
  return writer.finish();
}

export function decodePartMap(bytes: Uint8Array): PartStart[] {
  const reader = new VarintReader(bytes);
  const starts: PartStart[] = [];
  let previous = 0;
  for (let left = reader.uint(); left > 0; left--) {
    previous += reader.uint();
    const code = reader.uint();
    starts.push({ start: previous, kind: PART_FILTERS[code >> 1] ?? 'other', report: (code & 1) === 1 });
  }
  return starts;
}

/** The index of the entry that holds `id`: the last start at or before it, or -1. */
export function entryAt(starts: readonly PartStart[], id: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle]!.start <= id) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
