/** A piece of an excerpt: marked text is one of the searched words. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/** How many characters of context to keep before the first mark. */
const LEAD_IN = 20;

/**
 * Where a window of `length` characters shows the most of what was searched: the most different
 * marked words (a compound query's words may lie far apart), then the most marks, then the earliest.
 */
function windowStart(text: string, ranges: [number, number][], length: number): number {
  let best = { start: 0, distinct: -1, marks: -1 };
  for (const [from] of ranges) {
    const start = Math.max(0, from - LEAD_IN);
    const inside = ranges.filter(([a, b]) => a >= start && b <= start + length);
    const distinct = new Set(inside.map(([a, b]) => text.slice(a, b).toLowerCase())).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.marks)) {
      best = { start, distinct, marks: inside.length };
    }
  }
  return best.start;
}

/**
 * A window of about `length` characters of `text` that shows the marked ranges best, as pieces to
 * render with <mark>; '…' where the text is cut. Ranges are [start, end) offsets, sorted and not
 * overlapping, as the match rule returns them.
 */
export function excerpt(text: string, ranges: [number, number][], length = 110): ExcerptPiece[] {
  let start = windowStart(text, ranges, length);
  let end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  // Never split a surrogate pair (rare Han characters outside the BMP).
  const lowSurrogate = (at: number) => /[\uDC00-\uDFFF]/.test(text[at] ?? '');
  if (lowSurrogate(start)) start--;
  if (lowSurrogate(end)) end++;
  // Nor a ——, the one Chinese mark written with two characters: …—更高 reads as a stray dash.
  if (start > 0 && text[start] === '—' && text[start - 1] === '—') start--;
  if (end < text.length && text[end] === '—' && text[end - 1] === '—') end++;

  const pieces: ExcerptPiece[] = [];
  const push = (piece: string, marked: boolean) => {
    if (piece !== '') pieces.push({ text: piece, marked });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    push(text.slice(at, Math.max(at, from)), false);
    push(text.slice(Math.max(at, from), Math.min(to, end)), true);
    at = Math.min(to, end);
  }
  push(text.slice(at, end), false);
  if (end < text.length) push('…', false);
  return pieces;
}
