// A result as the search pages show it: its number, where it is (part › sub-part), and an excerpt
// with the searched words marked, linked to its paragraph with the words to mark on arrival.
// Report text reaches the page through textContent only.
import { excerpt } from './excerpt.ts';
import { markedTerms, type Match } from './match-rule.ts';
import type { RecordMeta } from './search-records.ts';
import { resultHref } from './search-url.ts';

export interface ShownHit {
  url: string;
  text: string;
  meta: RecordMeta;
  match: Match;
}

/** 找到 3 段 / 找到 3 段、1 个标题、2 行表格: the count of what answers the query. */
export function countText(found: { meta: RecordMeta }[]): string {
  const headings = found.filter((hit) => hit.meta.kind === 'heading').length;
  const rows = found.filter((hit) => hit.meta.kind === 'row').length;
  const paragraphs = found.length - headings - rows;
  const counts = [
    paragraphs > 0 || found.length === 0 ? `${paragraphs} 段` : '',
    headings > 0 ? `${headings} 个标题` : '',
    rows > 0 ? `${rows} 行表格` : '',
  ];
  return `找到 ${counts.filter(Boolean).join('、')}`;
}

export function renderHit(hit: ShownHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  const link = document.createElement('a');
  link.href = resultHref(hit.url, markedTerms(hit.text, hit.match));

  const where = document.createElement('span');
  where.className = 'search-hit-where';
  where.textContent = [hit.meta.partTitle, hit.meta.subPart].filter(Boolean).join(' › ');
  const number = document.createElement('span');
  number.className = 'search-hit-number';
  number.textContent = hit.meta.kind === 'heading' ? '标题' : hit.meta.title;
  const text = document.createElement('span');
  text.className = 'search-hit-text';
  for (const piece of excerpt(hit.text, hit.match.ranges)) {
    if (piece.marked) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      text.append(mark);
    } else {
      text.append(piece.text);
    }
  }
  link.append(number, where, text);
  item.append(link);
  return item;
}

/**
 * Arrow keys move between the search box and the results' links, Home and End to the first and
 * last, Escape back to the box. Left to an input method while it composes.
 */
export function moveThroughResults(input: HTMLInputElement, links: () => HTMLAnchorElement[]): void {
  document.addEventListener('keydown', (event) => {
    // Arrow keys and Enter belong to an input method's candidate list while it composes.
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const all = links();
    if (all.length === 0) return;
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const inBox = document.activeElement === input;
    if (at === -1 && !inBox) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = inBox ? all[0] : all[Math.min(at + 1, all.length - 1)];
    else if (event.key === 'ArrowUp' && !inBox) next = at === 0 ? input : all[at - 1];
    else if (event.key === 'Escape' && !inBox) next = input;
    else if (event.key === 'Home' && !inBox) next = all[0];
    else if (event.key === 'End' && !inBox) next = all.at(-1);
    if (!next) return;
    event.preventDefault();
    next.focus();
    if (next !== input) next.scrollIntoView({ block: 'nearest' });
  });
}
