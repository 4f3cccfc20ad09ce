// What the pages of targets followed need from the panel: its rows by indicator, by place and by
// year, and the scopes that keep every page small at any scale. A page never lists the whole
// collection: the top of an indicator or a year holds the nation and the provinces (and places
// whose parent the collection lacks), and each place with places under it has a page of its own
// with them (山东省 and its cities; a city and its districts). Build-time only.
import { INDICATORS } from '../pipeline/indicators.ts';
import type { PanelFile, PanelRow } from '../schemas/panel.ts';
import type { PlaceLevel } from '../schemas/report-meta.ts';

export interface PanelPlace {
  id: string;
  name: string;
  level: PlaceLevel;
  parent: string | undefined;
}

const LEVEL_RANK: Record<PlaceLevel, number> = { national: 0, province: 1, city: 2, district: 3 };

/** The panel's indexes, made once a build. */
export interface PanelIndex {
  panel: PanelFile;
  places: PanelPlace[];
  byIndicator: Map<string, PanelRow[]>;
  byYear: Map<number, PanelRow[]>;
  byPlace: Map<string, PanelRow[]>;
  /** A place's places one level down, by id. */
  children: Map<string, PanelPlace[]>;
  /** The places at the top of the collection: the nation, the provinces, places without a known parent. */
  top: PanelPlace[];
}

let cached: { panel: PanelFile; index: PanelIndex } | undefined;

export function panelIndex(panel: PanelFile): PanelIndex {
  if (cached?.panel === panel) return cached.index;
  const places = new Map<string, PanelPlace>();
  const byIndicator = new Map<string, PanelRow[]>();
  const byYear = new Map<number, PanelRow[]>();
  const byPlace = new Map<string, PanelRow[]>();
  const push = <K>(map: Map<K, PanelRow[]>, key: K, row: PanelRow) => {
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  };
  for (const row of panel.rows) {
    if (!places.has(row.placeId))
      places.set(row.placeId, { id: row.placeId, name: row.place, level: row.level, parent: row.parent });
    push(byIndicator, row.indicator, row);
    push(byYear, row.year, row);
    push(byPlace, row.placeId, row);
  }
  const all = [...places.values()].sort(
    (a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.id.localeCompare(b.id),
  );
  const byName = new Map(all.map((place) => [place.name, place]));
  const children = new Map<string, PanelPlace[]>();
  const top: PanelPlace[] = [];
  for (const place of all) {
    const parent = place.parent ? byName.get(place.parent) : undefined;
    if (parent && parent.level !== 'national') {
      children.set(parent.id, [...(children.get(parent.id) ?? []), place]);
    } else top.push(place);
  }
  const index = { panel, places: all, byIndicator, byYear, byPlace, children, top };
  cached = { panel, index };
  return index;
}

/** The order the pages list indicators in: the issue's list (growth first, then prices and jobs), then the rest. */
const DISPLAY_ORDER = [
  'gdp',
  'budget-revenue',
  'fixed-investment',
  'retail-sales',
  'trade',
  'exports',
  'industry',
  'income',
  'urban-income',
  'rural-income',
  'cpi',
  'unemployment-surveyed',
  'unemployment-registered',
  'new-jobs',
  'energy-intensity',
  'carbon-intensity',
  'grain',
  'rd-intensity',
  'deficit',
];
const rank = (id: string) => (DISPLAY_ORDER.includes(id) ? DISPLAY_ORDER.indexOf(id) : DISPLAY_ORDER.length);

/** The ids of the indicators the panel has rows of, in the pages' order. */
export const panelIndicators = (index: PanelIndex): string[] =>
  INDICATORS.map((indicator) => indicator.id)
    .filter((id) => index.byIndicator.has(id))
    .sort((a, b) => rank(a) - rank(b));

/** A scope's places: the top, or a place and every place below it (its cities, their districts). */
export function scopePlaces(index: PanelIndex, scope: PanelPlace | undefined): PanelPlace[] {
  if (!scope) return index.top;
  const found: PanelPlace[] = [];
  const walk = (place: PanelPlace, depth: number) => {
    found.push(place);
    if (depth < 3) for (const child of index.children.get(place.id) ?? []) walk(child, depth + 1);
  };
  walk(scope, 0);
  return found;
}

/** The places that have a page of their own (places under them). */
export const scopesOf = (index: PanelIndex): PanelPlace[] =>
  index.places.filter((place) => (index.children.get(place.id)?.length ?? 0) > 0);

/** The rows of some places among rows, by place id then year. */
export function rowsIn(rows: PanelRow[], places: PanelPlace[]): Map<string, Map<number, PanelRow[]>> {
  const ids = new Set(places.map((place) => place.id));
  const grid = new Map<string, Map<number, PanelRow[]>>();
  for (const row of rows) {
    if (!ids.has(row.placeId)) continue;
    const years = grid.get(row.placeId) ?? new Map<number, PanelRow[]>();
    years.set(row.year, [...(years.get(row.year) ?? []), row]);
    grid.set(row.placeId, years);
  }
  return grid;
}

/**
 * How an indicator's table is split by year, so that no page holds forty years of columns (over the
 * corpus /indicators/gdp/ held 40 years × 32 places, 682 KB of HTML): the newest `RECENT_YEARS`
 * years on the scope's own page, and every decade with a year older than those on a page of its
 * own (/indicators/gdp/1990s/), the whole decade, so that its page does not change as years come.
 */
export const RECENT_YEARS = 10;

export interface YearPages {
  /** The newest years, newest first. */
  recent: number[];
  /** The first years of the decades with older years, newest first (2010 for 2010–2019). */
  decades: number[];
}

export function yearPages(years: Iterable<number>): YearPages {
  const sorted = [...new Set(years)].sort((a, b) => b - a);
  const decades = sorted.slice(RECENT_YEARS).map((year) => year - (year % 10));
  return { recent: sorted.slice(0, RECENT_YEARS), decades: [...new Set(decades)] };
}

/** The years with rows (of an indicator) among a scope's places. */
export function scopeYears(index: PanelIndex, rows: PanelRow[], scope: PanelPlace | undefined): number[] {
  return [...rowsIn(rows, scopePlaces(index, scope)).values()].flatMap((years) => [...years.keys()]);
}

const pagesMade = new WeakMap<PanelIndex, Map<string, YearPages>>();

/** How an indicator's pages in a scope split its years (made once a build, asked for by many pages). */
export function scopeYearPages(index: PanelIndex, indicator: string, scope: PanelPlace | undefined): YearPages {
  const made = pagesMade.get(index) ?? new Map<string, YearPages>();
  pagesMade.set(index, made);
  const key = `${indicator}/${scope?.id ?? ''}`;
  let pages = made.get(key);
  if (!pages) {
    pages = yearPages(scopeYears(index, index.byIndicator.get(indicator) ?? [], scope));
    made.set(key, pages);
  }
  return pages;
}

/**
 * The page of an indicator in a scope (the top by default) that holds a year:
 * `indicators/gdp/`, `indicators/gdp/1990s/`, `indicators/gdp/shandong/1990s/`.
 */
export function indicatorPath(index: PanelIndex, indicator: string, year: number, scope?: PanelPlace): string {
  const pages = scopeYearPages(index, indicator, scope);
  const decade = year - (year % 10);
  const older = pages.recent.length > 0 && year < pages.recent.at(-1)! && pages.decades.includes(decade);
  return `indicators/${indicator}/${scope ? `${scope.id}/` : ''}${older ? `${decadeSegment(decade)}/` : ''}`;
}

/** The years of a decade among some years, newest first. */
export const yearsOfDecade = (years: Iterable<number>, decade: number): number[] =>
  [...new Set(years)].filter((year) => year >= decade && year < decade + 10).sort((a, b) => b - a);

/** A decade's segment of a URL: 1990s. */
export const decadeSegment = (decade: number): string => `${decade}s`;

export const STATUS_TEXT = { met: '完成', missed: '未完成', 'not-comparable': '不可比' } as const;
/** A mark beside the word, so that the status is not told by colour alone. */
export const STATUS_MARK = { met: '✓', missed: '✗', 'not-comparable': '–' } as const;
