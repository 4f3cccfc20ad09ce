// The search page of a collection (`/search/?q=…&level=…&place=…&year=…&part=…`), loaded by
// search-page-loader.ts when there is something to search. Runs the search in its URL on load,
// follows typing and the filters (replacing the history entry), pushes an entry on submit, and
// shows the newest reports that answer first, each with its count and first results; 显示更早的报告
// goes on below. Narrowed to one report (a report's own search box), it shows all of that
// report's results and one link to search every report. Report text reaches the page through
// textContent only.
import type { CollectionFilters, CollectionPage, ReportResult } from './collection/collection-search.ts';
import type { IndexEntry, PlaceList } from './collection/index-format.ts';
import { searchCollection, startCollectionEngine } from './collection-engine.ts';
import { queryTexts } from './match-rule.ts';
import { countText, moveThroughResults, renderHit } from './render-hit.ts';
import { element, SearchHistory, whileSearching } from './search-history.ts';
import { FILTERS, searchPageUrl, type SearchState } from './search-url.ts';

const base = import.meta.env.BASE_URL;

const form = element<HTMLFormElement>('#search-form');
const input = element<HTMLInputElement>('#search-q');
const selects = Object.fromEntries(
  FILTERS.map((filter) => [filter, element<HTMLSelectElement>(`#search-${filter}`)]),
) as Record<(typeof FILTERS)[number], HTMLSelectElement>;
const scopeNote = element<HTMLElement>('#search-scope');
const allReports = element<HTMLAnchorElement>('#search-all-reports');
const status = element<HTMLElement>('#search-status');
const pending = element<HTMLElement>('#search-pending');
const list = element<HTMLOListElement>('#search-results');
const more = element<HTMLButtonElement>('#search-more');
const empty = element<HTMLElement>('#search-empty');
const emptyQuery = element<HTMLElement>('#search-empty-query');
const emptyAll = element<HTMLAnchorElement>('#search-empty-all');

const current = new SearchHistory(base, form, input, () => void run(), startCollectionEngine);
let generation = 0;
let measured = false;
/** What the shown results are: for 显示更早的报告. */
let shown: { query: string; filters: CollectionFilters; next?: number; reports: number; total?: number } | undefined;

const filtersOf = (from: SearchState): CollectionFilters => ({
  level: from.level,
  place: from.place,
  year: from.year,
  part: from.part,
});
/** The filters name one report: a report's own search box. */
const oneReport = (from: SearchState) => from.place !== '' && from.year !== '';

/** Makes the selects show the current search, adding an option for a value the lists do not have (yet). */
function showFilters(): void {
  for (const filter of FILTERS) {
    const select = selects[filter];
    const value = current.state[filter];
    if (![...select.options].some((option) => option.value === value)) {
      select.append(new Option(filter === 'year' ? `${value}年` : value, value));
    }
    select.value = value;
  }
  scopeNote.hidden = !oneReport(current.state);
  allReports.href = emptyAll.href = searchPageUrl(base, { q: current.state.q });
  emptyAll.closest('li')!.hidden = FILTERS.every((filter) => current.state[filter] === '');
}

/** Fills the year and place lists from the index, once: after the first results, not before. */
let listsFilled = false;
async function fillLists(): Promise<void> {
  if (listsFilled) return;
  listsFilled = true;
  try {
    const entry = (await (await fetch(`${base}search-index/entry.json`)).json()) as IndexEntry;
    const places = (await (await fetch(`${base}search-index/${entry.version}/places.json`)).json()) as PlaceList;
    const yearSelect = selects.year;
    for (const { year } of entry.years) {
      if (![...yearSelect.options].some((option) => option.value === String(year))) {
        yearSelect.append(new Option(`${year}年`, String(year)));
      }
    }
    const placeSelect = selects.place;
    const groups = [...placeSelect.querySelectorAll('optgroup')];
    for (const group of groups) {
      const level = group.dataset['level'] as keyof PlaceList;
      for (const [id, name] of places[level] ?? []) {
        const existing = [...placeSelect.options].find((option) => option.value === id);
        if (existing) existing.remove();
        group.append(new Option(name, id));
      }
    }
    showFilters();
  } catch {
    listsFilled = false;
  }
}

function renderReport(report: ReportResult, all: boolean): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-report';
  const heading = document.createElement('h2');
  heading.className = 'search-report-title';
  const link = document.createElement('a');
  link.href = report.url;
  link.textContent = report.title;
  heading.append(link);
  const count = document.createElement('p');
  count.className = 'search-report-count';
  count.append(`${report.exact ? '' : '约 '}${report.count} 处`);
  if (!all && report.count > report.hits.length) {
    const whole = document.createElement('a');
    whole.href = searchPageUrl(base, {
      q: current.state.q,
      place: report.placeId,
      year: String(report.year),
      part: current.state.part,
    });
    whole.textContent = '看本报告的全部结果';
    count.append(' · ', whole);
  }
  const hits = document.createElement('ol');
  hits.className = 'search-results search-report-hits';
  hits.append(...report.hits.map(renderHit));
  item.append(heading, count, hits);
  return item;
}

/**
 * 找到 117,343 处，先列出最新的 10 份报告 / 先列出最新的 10 份报告 / 找到 3 份报告 (+ its count where the
 * index says it); narrowed to one report, its count as on a report's site.
 */
function statusText(page: { reports: number; next?: number; total?: number }, results: ReportResult[]): string {
  if (oneReport(current.state)) return countText(results.flatMap((report) => report.hits));
  const total = page.total?.toLocaleString('zh-CN');
  if (page.next !== undefined) return `${total ? `找到 ${total} 处，` : ''}先列出最新的 ${page.reports} 份报告`;
  return total ? `找到 ${total} 处，在 ${page.reports} 份报告中` : `找到 ${page.reports} 份报告`;
}

function show(page: CollectionPage, append: boolean): void {
  const all = oneReport(current.state);
  const items = page.reports.map((report) => renderReport(report, all));
  if (append) list.append(...items);
  else list.replaceChildren(...items);
  const reports = (append ? (shown?.reports ?? 0) : 0) + page.reports.length;
  shown = {
    query: current.state.q.trim(),
    filters: filtersOf(current.state),
    reports,
    ...(page.next === undefined ? {} : { next: page.next }),
    ...(page.total === undefined ? {} : { total: page.total }),
  };
  more.hidden = page.next === undefined;
  empty.hidden = true;
  status.classList.remove('visually-hidden');
  status.textContent = statusText(shown, page.reports);
}

function showEmpty(query: string): void {
  list.replaceChildren();
  more.hidden = true;
  emptyQuery.textContent = query;
  empty.hidden = false;
  status.textContent = `没有找到“${query}”的内容`;
  status.classList.add('visually-hidden');
}

async function run(): Promise<void> {
  const mine = ++generation;
  const query = current.state.q.trim();
  showFilters();
  if (queryTexts(query).length === 0) {
    delete list.dataset['query'];
    list.replaceChildren();
    more.hidden = empty.hidden = pending.hidden = true;
    status.textContent = '';
    return;
  }
  const page = await whileSearching(
    searchCollection(query, filtersOf(current.state)),
    { list, status, pending },
    () => mine === generation,
  );
  if (!page) return;
  list.dataset['query'] = query;
  if (page.reports.length > 0) show(page, false);
  else showEmpty(query);
  if (!measured) {
    measured = true;
    performance.mark('search:first-results');
  }
  void fillLists();
}

more.addEventListener('click', async () => {
  if (!shown?.next) return;
  const mine = generation;
  more.disabled = true;
  try {
    const page = await searchCollection(shown.query, shown.filters, shown.next);
    if (mine !== generation) return;
    const first = list.children.length;
    show(page, true);
    // Where the new reports start, for the keyboard and screen readers.
    list.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus();
  } finally {
    more.disabled = false;
  }
});

for (const filter of FILTERS) {
  const select = selects[filter];
  select.addEventListener('focus', () => void fillLists(), { once: true });
  select.addEventListener('change', () => {
    current.narrow({ [filter]: select.value });
    void run();
  });
}

moveThroughResults(input, () => [...list.querySelectorAll<HTMLAnchorElement>('.search-report a')]);

showFilters();
current.start();
