// The search page (`/search/?q=…`), loaded by search-page-loader.ts when there is something to
// search: runs the query in its URL on load, updates as the reader types
// (replacing the history entry), pushes an entry on submit, narrows results by part, and lets the
// keyboard move through them. Report text reaches the page through textContent only.
import { queryTexts } from './match-rule.ts';
import { countText, moveThroughResults, renderHit } from './render-hit.ts';
import type { SearchHit } from './run-search.ts';
import { search, startSearchEngine, suggest } from './search-engine.ts';
import { readSearchState, searchPageUrl, type SearchState } from './search-url.ts';

const base = import.meta.env.BASE_URL;
/** How long typing may pause before the results follow it. */
const TYPING_DELAY_MS = 120;
/** How long a search may take before the page says it is searching. */
const SLOW_MS = 400;
/** At most this many suggestions when nothing is found. */
const MAX_SUGGESTIONS = 4;

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`search page: ${selector} is missing`);
  return found;
}

const form = element<HTMLFormElement>('#search-form');
const input = element<HTMLInputElement>('#search-q');
const status = element<HTMLElement>('#search-status');
const pending = element<HTMLElement>('#search-pending');
const filters = element<HTMLFieldSetElement>('#search-filters');
const list = element<HTMLOListElement>('#search-results');
const empty = element<HTMLElement>('#search-empty');
const emptyQuery = element<HTMLElement>('#search-empty-query');
const suggestions = element<HTMLElement>('#search-suggestions');
const suggestionList = element<HTMLUListElement>('#search-suggestions ul');
const radios = [...filters.querySelectorAll<HTMLInputElement>('input[name="part"]')];

/** The query of the current history entry, as landed on, submitted or returned to. */
let committed = readSearchState(location.search);
let state: SearchState = { ...committed };
let hits: SearchHit[] = [];
/** Counts searches, so that a slow one never overwrites the results of a later one. */
let generation = 0;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
/** An input method is composing: the box holds pinyin, not the query yet. */
let composing = false;
let measured = false;

function labelOf(part: string): string {
  return radios.find((radio) => radio.value === part)?.dataset['label'] ?? '';
}

/** Shows `hits` narrowed to the chosen part, the count, and the filters' counts. */
function render(): void {
  const byPart = Map.groupBy(hits, (hit) => hit.meta.part);
  if (state.part !== '' && !byPart.has(state.part)) state.part = '';
  for (const radio of radios) {
    const count = radio.value === '' ? hits.length : (byPart.get(radio.value)?.length ?? 0);
    radio.checked = radio.value === state.part;
    radio.closest('label')!.hidden = count === 0;
    radio.closest('label')!.querySelector('.search-filter-count')!.textContent = String(count);
  }
  // Filters help only when the results span more than one part.
  filters.hidden = byPart.size < 2;
  const shown = state.part === '' ? hits : (byPart.get(state.part) ?? []);
  list.replaceChildren(...shown.map(renderHit));
  empty.hidden = true;
  status.classList.remove('visually-hidden');
  const narrowed = state.part === '' ? '' : `，显示“${labelOf(state.part)}”中的 ${shown.length} 段`;
  status.textContent = hits.length > 0 ? `${countText(hits)}${narrowed}` : '';
}

function renderEmpty(query: string): void {
  list.replaceChildren();
  filters.hidden = true;
  emptyQuery.textContent = query;
  empty.hidden = false;
  status.textContent = `没有找到“${query}”的内容`;
  status.classList.add('visually-hidden');
  suggestions.hidden = true;
}

/** Suggests the pieces of a query that found nothing which the report does speak of. */
async function showSuggestions(query: string, mine: number): Promise<void> {
  const useful = await suggest(query, MAX_SUGGESTIONS);
  if (mine !== generation) return;
  suggestionList.replaceChildren(
    ...useful.map((candidate) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = searchPageUrl(base, { q: candidate, part: '' });
      link.dataset['query'] = candidate;
      link.textContent = candidate;
      item.append(link);
      return item;
    }),
  );
  suggestions.hidden = useful.length === 0;
}

/** Runs the query in `state` and shows what it finds. */
async function run(): Promise<void> {
  const mine = ++generation;
  const query = state.q.trim();
  if (queryTexts(query).length === 0) {
    hits = [];
    delete list.dataset['query'];
    list.replaceChildren();
    filters.hidden = true;
    empty.hidden = true;
    pending.hidden = true;
    status.textContent = '';
    return;
  }
  list.setAttribute('aria-busy', 'true');
  // Say so when a search takes a while (the first one loads the index), not on every keystroke.
  // The words are shown by an element of their own, in the status's place, and said by the status
  // while it is hidden: when the results come, the filters above them appear, and a status that
  // was on screen would move down (a layout shift); this one is simply replaced.
  const slow = setTimeout(() => {
    if (mine !== generation) return;
    status.textContent = '正在搜索…';
    status.classList.add('visually-hidden');
    pending.hidden = false;
  }, SLOW_MS);
  let found: SearchHit[];
  try {
    found = await search(query);
  } catch (error) {
    if (mine !== generation) return;
    list.removeAttribute('aria-busy');
    status.classList.remove('visually-hidden');
    status.textContent = '搜索没有加载成功，请检查网络后重试。';
    console.error(error);
    return;
  } finally {
    clearTimeout(slow);
    if (mine === generation) pending.hidden = true;
  }
  if (mine !== generation) return;
  list.removeAttribute('aria-busy');
  hits = found;
  // Which query the list shows: for tests and scripts that wait for a search to finish.
  list.dataset['query'] = query;
  if (hits.length > 0) render();
  else renderEmpty(query);
  if (!measured) {
    // For `npm run bench`: the time from navigation to the first results on screen.
    measured = true;
    performance.mark('search:first-results');
  }
  if (hits.length === 0) await showSuggestions(query, mine);
}

function urlOf(next: SearchState): string {
  return searchPageUrl(base, { ...next, q: next.q.trim() === '' ? '' : next.q });
}

/** Makes `next` the current history entry's search, as a new entry unless it is the same one. */
function commit(next: SearchState): void {
  clearTimeout(typingTimer);
  if (next.q !== committed.q) {
    // The entry shows what was typed so far; give it back the search it stood for, so that the
    // back button returns to it.
    history.replaceState(null, '', urlOf(committed));
    history.pushState(null, '', urlOf(next));
  } else {
    history.replaceState(null, '', urlOf(next));
  }
  committed = { ...next };
  state = { ...next };
  void run();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit({ ...state, q: input.value });
});

function followTyping(): void {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    if (composing) return;
    state = { ...state, q: input.value };
    history.replaceState(null, '', urlOf(state));
    void run();
  }, TYPING_DELAY_MS);
}

// While an input method composes (pinyin before it becomes 老旧小区), the box holds Latin letters
// that are not the query yet: search when the composition ends.
input.addEventListener('input', (event) => {
  if (!(event as InputEvent).isComposing) followTyping();
});
input.addEventListener('compositionstart', () => (composing = true));
input.addEventListener('compositionend', () => {
  composing = false;
  followTyping();
});

// Start fetching Pagefind as soon as the reader is about to type.
input.addEventListener('focus', startSearchEngine, { once: true });

filters.addEventListener('change', (event) => {
  const radio = event.target as HTMLInputElement;
  state = { ...state, part: radio.value };
  committed = { ...committed, part: radio.value };
  history.replaceState(null, '', urlOf(state));
  render();
});

suggestionList.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-query]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  input.value = link.dataset['query']!;
  commit({ ...state, q: input.value, part: '' });
  input.focus();
});

window.addEventListener('popstate', () => {
  committed = readSearchState(location.search);
  state = { ...committed };
  input.value = state.q;
  void run();
});

moveThroughResults(input, () => [...list.querySelectorAll<HTMLAnchorElement>('.search-hit a')]);

if (state.q.trim() !== '') {
  input.value = state.q;
  void run();
} else if (input.value.trim() !== '') {
  // Typed while this code was loading.
  followTyping();
}
if (document.activeElement === input) startSearchEngine();
