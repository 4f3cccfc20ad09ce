// One term's posting list as a search reads it: from its newest end, fetching a long list's
// segments only where the ids asked about lie.
import type { IndexFiles } from './index-files.ts';
import { readIds, type IdRange, type TermEntry } from './index-format.ts';
import { VarintReader } from './varint.ts';

/** Whether the ascending `ids` hold `id`. */
function holds(ids: Uint32Array, id: number): boolean {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = ids[middle]!;
    if (value === id) return true;
    if (value < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

export class TermList {
  readonly entry: TermEntry;
  private readonly files: IndexFiles;
  private readonly folder: string;
  private readonly segments = new Map<number, Promise<Uint32Array>>();

  constructor(entry: TermEntry, files: IndexFiles, folder: string) {
    this.entry = entry;
    this.files = files;
    this.folder = folder;
  }

  get count(): number {
    return this.entry.count;
  }

  /** The segment that would hold `id`, or -1 (the list's own postings are segment 0). */
  private segmentOf(id: number): number {
    const segments = this.entry.segments;
    if (!segments) return 0;
    let low = 0;
    let high = segments.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const segment = segments[middle]!;
      if (id < segment.first) high = middle - 1;
      else if (id > segment.last) low = middle + 1;
      else return middle;
    }
    return -1;
  }

  /** Starts fetching the segment that the newest ids below `below` are in. */
  prefetchBelow(below: number): void {
    const segment = this.segmentBelow(below);
    if (segment >= 0) this.load(segment).catch(() => {});
  }

  /** The last segment that starts below `below`, or -1. */
  private segmentBelow(below: number): number {
    const segments = this.entry.segments;
    if (!segments) return this.entry.postings!.length > 0 && this.entry.postings![0]! < below ? 0 : -1;
    let found = -1;
    let low = 0;
    let high = segments.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (segments[middle]!.first < below) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  private load(segment: number): Promise<Uint32Array> {
    if (!this.entry.segments) return Promise.resolve(this.entry.postings!);
    let ids = this.segments.get(segment);
    if (!ids) {
      const ref = this.entry.segments[segment]!;
      ids = this.files
        .bytes(`${this.folder}/p/${ref.file}.bin`)
        .then((bytes) => readIds(new VarintReader(bytes), ref.count));
      this.segments.set(segment, ids);
      ids.catch(() => this.segments.delete(segment));
    }
    return ids;
  }

  /** The list's ids inside `ranges` (sorted, disjoint), newest first, its segments fetched at once. */
  async idsIn(ranges: readonly IdRange[]): Promise<number[]> {
    const segments = this.entry.segments;
    const wanted = new Set<number>();
    if (segments) {
      for (const [from, to] of ranges) {
        for (let segment = Math.max(0, this.segmentBelow(from + 1)); segment < segments.length; segment++) {
          if (segments[segment]!.first >= to) break;
          if (segments[segment]!.last >= from) wanted.add(segment);
        }
      }
    } else wanted.add(0);
    const lists = await Promise.all([...wanted].sort((a, b) => b - a).map((segment) => this.load(segment)));
    const found: number[] = [];
    let range = ranges.length - 1;
    for (const ids of lists) {
      for (let at = ids.length - 1; at >= 0 && range >= 0; at--) {
        const id = ids[at]!;
        while (range >= 0 && id < ranges[range]![0]) range--;
        if (range >= 0 && id < ranges[range]![1]) found.push(id);
      }
    }
    return found;
  }

  /** Which of `ids` the list holds, fetching the segments they fall in all at once. */
  async filter(ids: number[]): Promise<number[]> {
    const bySegment = new Map<number, number[]>();
    for (const id of ids) {
      const segment = this.segmentOf(id);
      if (segment === -1) continue;
      let list = bySegment.get(segment);
      if (!list) bySegment.set(segment, (list = []));
      list.push(id);
    }
    const kept = new Set<number>();
    await Promise.all(
      [...bySegment].map(async ([segment, inSegment]) => {
        const postings = await this.load(segment);
        for (const id of inSegment) if (holds(postings, id)) kept.add(id);
      }),
    );
    return ids.filter((id) => kept.has(id));
  }

  /** How many of the list's ids lie in [from, to): from the segments' counts where they lie wholly inside. */
  async countIn(from: number, to: number): Promise<number> {
    if (!this.entry.segments) return this.entry.postings!.filter((id) => id >= from && id < to).length;
    let count = 0;
    const partial: Promise<number>[] = [];
    this.entry.segments.forEach((segment, index) => {
      if (segment.last < from || segment.first >= to) return;
      if (segment.first >= from && segment.last < to) count += segment.count;
      else partial.push(this.load(index).then((ids) => ids.filter((id) => id >= from && id < to).length));
    });
    return count + (await Promise.all(partial)).reduce((sum, one) => sum + one, 0);
  }
}
