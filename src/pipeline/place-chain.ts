/**
 * The place one level up, where a collection's meta does not give it (the corpus's metas never
 * do): a province's is the nation's (the State Council's reports); a city's is its province, from
 * the committed table of prefecture-level divisions (`place-parents.ts`, GB/T 2260), by its code or
 * its name, and a municipality filed as a city (上海市) is under the nation too; a district's
 * needs `parent` in its meta, or a code whose city the table knows. Pure.
 */
import type { PlaceLevel } from '../schemas/report-meta.ts';
import { PREFECTURES, PROVINCES } from './place-parents.ts';

export interface ChainPlace {
  name: string;
  level: PlaceLevel;
  /** The meta's `parent`, which wins. */
  parent?: string | undefined;
  code?: string | undefined;
}

/** The State Council's name, the national level's place when a collection has none. */
export const NATIONAL = '国务院';

const provinceByCode = new Map(PROVINCES.map((province) => [province.code, province.name]));
const provinceNames = new Set(PROVINCES.map((province) => province.name));
const prefectureByCode = new Map(PREFECTURES.map((prefecture) => [prefecture.code, prefecture]));
const prefectureByName = new Map(PREFECTURES.map((prefecture) => [prefecture.name, prefecture]));

/**
 * The name of the place one level up, or undefined: the meta's `parent`; nothing for the nation;
 * `national` (the collection's national place, 国务院 by default) for a province and for a city
 * that is a province-level municipality; a city's province by its code, else by its name; a
 * district's city by its code (370303 → 370300 淄博市), or its province for a county the province
 * governs directly (429004 → 湖北省).
 */
export function parentOf(place: ChainPlace, national = NATIONAL): string | undefined {
  if (place.parent) return place.parent;
  const code = place.code;
  switch (place.level) {
    case 'national':
      return undefined;
    case 'province':
      return national;
    case 'city': {
      if (provinceNames.has(place.name) || (code && provinceByCode.has(code))) return national;
      const prefecture = (code && prefectureByCode.get(code)) || prefectureByName.get(place.name);
      return prefecture ? prefecture.province : undefined;
    }
    case 'district': {
      if (!code) return undefined;
      const city = prefectureByCode.get(`${code.slice(0, 4)}00`);
      if (city) return city.name;
      return provinceByCode.get(`${code.slice(0, 2)}0000`);
    }
  }
}

/** The level of a place known only by name (a parent the collection has no report of). */
export function levelOfName(name: string, national = NATIONAL): PlaceLevel {
  if (name === national) return 'national';
  if (provinceNames.has(name)) return 'province';
  return prefectureByName.has(name) ? 'city' : 'district';
}
