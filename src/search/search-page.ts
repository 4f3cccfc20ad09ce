// The search page (`/search/?q=…`), loaded by search-page-loader.ts when there is something to
// search: runs the query in its URL on load, updates as the reader types
// (replacing the history entry), pushes an entry on submit, narrows results by part, and lets the
// keyboard move through them. Report text reaches the page through textContent only.
import { queryTexts } from './match-rule.ts';
import { countText, moveThroughResults, renderHit } from './render-hit.ts';
import type { SearchHit } from './run-search.ts';
import { search, startSearchEngine, suggest } from './search-engine.ts';
import { element, SearchHistory, whileSearching } from './search-history.ts';
import { searchPageUrl } from './search-url.ts';

const base = import.meta.env.BASE_URL;
/** At most this many suggestions when nothing is found. */
const MAX_SUGGESTIONS = 4;

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

const page = new SearchHistory(base, form, input, () => void run(), startSearchEngine);
let hits: SearchHit[] = [];
/** Counts searches, so that a slow one never overwrites the results of a later one. */
let generation = 0;
let measured = false;

function labelOf(part: string): string {
  return radios.find((radio) => radio.value === part)?.dataset['label'] ?? '';
}

/** Shows `hits` narrowed to the chosen part, the count, and the filters' counts. */
function render(): void {
  const byPart = Map.groupBy(hits, (hit) => hit.meta.part);
  if (page.state.part !== '' && !byPart.has(page.state.part)) page.state.part = '';
  for (const radio of radios) {
    const count = radio.value === '' ? hits.length : (byPart.get(radio.value)?.length ?? 0);
    radio.checked = radio.value === page.state.part;
    radio.closest('label')!.hidden = count === 0;
    radio.closest('label')!.querySelector('.search-filter-count')!.textContent = String(count);
  }
  // Filters help only when the results span more than one part.
  filters.hidden = byPart.size < 2;
  const shown = page.state.part === '' ? hits : (byPart.get(page.state.part) ?? []);
  list.replaceChildren(...shown.map(renderHit));
  empty.hidden = true;
  status.classList.remove('visually-hidden');
  const narrowed = page.state.part === '' ? '' : `，显示“${labelOf(page.state.part)}”中的 ${shown.length} 段`;
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
  const query = page.state.q.trim();
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
  const found = await whileSearching(search(query), { list, status, pending }, () => mine === generation);
  if (!found) return;
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

filters.addEventListener('change', (event) => {
  page.narrow({ part: (event.target as HTMLInputElement).value });
  render();
});

suggestionList.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-query]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  input.value = link.dataset['query']!;
  page.commit({ ...page.state, q: input.value, part: '' });
  input.focus();
});

moveThroughResults(input, () => [...list.querySelectorAll<HTMLAnchorElement>('.search-hit a')]);

page.start();
