// The URLs of search: the search page's own (`/search/?q=双减&part=tasks`, or across a collection
// `/search/?q=双减&level=city&year=2022`, shareable) and a result's
// link to its paragraph with the words to mark (`/tasks/?hl=双减#p40`).

/** The query parameter that carries the words to mark on arrival at a paragraph. */
export const HIGHLIGHT_PARAM = 'hl';

/** The filters a search page's URL may carry besides the query, in the order the URL lists them. */
export const FILTERS = ['level', 'place', 'year', 'part'] as const;
export type Filter = (typeof FILTERS)[number];

/**
 * What the search page's URL says: the query and what the results are narrowed to, '' for no
 * narrowing. A report's site knows `part` (a section slug); a collection's all four (a level, a
 * place's id, a year, a part kind).
 */
export interface SearchState extends Record<Filter, string> {
  q: string;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = { q: params.get('q') ?? '' } as SearchState;
  for (const filter of FILTERS) state[filter] = params.get(filter)?.trim() ?? '';
  return state;
}

/** The search page's URL for a state: `${base}search/?q=…`, no parameters for an empty query. */
export function searchPageUrl(base: string, state: { q: string } & Partial<Record<Filter, string>>): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const filter of FILTERS) if (state[filter]) params.set(filter, state[filter]);
  const query = params.toString();
  return `${base}search/${query ? `?${query}` : ''}`;
}

/**
 * A result's link: its paragraph's URL (`/tasks/#p40`, with the base path) with the words to mark
 * in the query string, before the fragment, so the page and the paragraph stay the same.
 */
export function resultHref(url: string, terms: string[]): string {
  const hash = url.indexOf('#');
  const path = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash);
  if (terms.length === 0) return url;
  return `${path}?${new URLSearchParams({ [HIGHLIGHT_PARAM]: terms.join(' ') })}${fragment}`;
}

/** What a collection's search can be narrowed to, in its URL: `?q=…&level=…&place=…&year=…&part=…`. */
export interface SearchFilters {
  q?: string;
  level?: string;
  place?: string;
  year?: string;
  part?: string;
}

/**
 * A link to a collection's search page with filters set (a place page's 在淄博市的报告中搜索):
 * `${base}search/?place=zibo`. Empty filters are left out.
 */
export function filteredSearchUrl(base: string, filters: SearchFilters): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'level', 'place', 'year', 'part'] as const) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return `${base}search/${query ? `?${query}` : ''}`;
}
