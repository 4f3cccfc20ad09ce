// Sets of block ids as sorted, disjoint [start, end) ranges: what the filters narrow a search to.
import type { IdRange } from './index-format.ts';

/** Sorts ranges and merges those that overlap or touch. */
export function normalize(ranges: readonly IdRange[]): IdRange[] {
  const sorted = ranges.filter(([start, end]) => start < end).sort((a, b) => a[0] - b[0]);
  const merged: IdRange[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The ids in both sets. */
export function intersect(a: readonly IdRange[], b: readonly IdRange[]): IdRange[] {
  const left = normalize(a);
  const right = normalize(b);
  const both: IdRange[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const start = Math.max(left[i]![0], right[j]![0]);
    const end = Math.min(left[i]![1], right[j]![1]);
    if (start < end) both.push([start, end]);
    if (left[i]![1] < right[j]![1]) i++;
    else j++;
  }
  return both;
}
