// A place's id in the collection's URLs (`zibo` in /zibo/2022/): the pinyin of its name without
// the administrative suffix, lower-case ASCII. It depends on the place alone (its name, and for a
// name that several places of China share, its parent or code), never on which other places a
// collection holds: adding a report changes no other URL. See README, "Place ids".
import { pinyin } from 'pinyin-pro';
import { PLACE_HOMOPHONES, type HomophoneEntry } from './place-homophones.ts';
import { ReportError } from './report-error.ts';

/** What the id of a place is made from: its meta and folder. */
export interface PlaceIdInput {
  name: string;
  level: string;
  parent?: string | undefined;
  code?: string | undefined;
  /** The meta's own `id`, which wins. */
  id?: string | undefined;
}

/** Ids that name the collection's own pages at its root: no place may take one. */
export const RESERVED_IDS = new Set([
  'search',
  'level',
  'og',
  'pagefind',
  'sitemap',
  'robots',
  'favicon',
  'index',
  'indicators',
  'years',
  'panel',
]);

// 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施, 新疆维吾尔自治区 → 新疆; then 省, 市, 区 …
const AUTONOMOUS = /^(.{2,}?)(?:[\u4e00-\u9fff]{1,5}?族|维吾尔|哈萨克)*自治(?:区|州|县|旗)$/u;
/** Where the usual romanisation is not the plain pinyin: 陕西 is Shaanxi, so it is not 山西's shanxi. */
const SPELLINGS: Record<string, string> = { 陕西: 'shaanxi' };
const SUFFIXES = ['特别行政区', '地区', '林区', '省', '市', '盟', '县', '区', '旗'];

/** The name without its administrative suffix: 淄博市 → 淄博; 城区 stays 城区 (one character left). */
export function baseName(name: string): string {
  const autonomous = AUTONOMOUS.exec(name);
  if (autonomous) return autonomous[1]!;
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && [...name].length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

/** The pinyin of a name, toneless, ü as v (吕梁 → lvliang), as lower-case ASCII: 淄博市 → zibo. */
export function bareId(name: string): string {
  const base = baseName(name);
  if (SPELLINGS[base]) return SPELLINGS[base];
  const syllables = pinyin(base, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  return syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The place's id: the meta's `id` if it gives one; else, for a name that the table of homophones
 * holds (several places of China whose names give the same pinyin: 福州市 and 抚州市, the four
 * 鼓楼区), the id the table fixes for it, found by its name and, where the name itself is shared,
 * its parent or code; else the pinyin of its name. Refuses a place the table cannot tell apart.
 */
export function placeId(place: PlaceIdInput, table: readonly HomophoneEntry[] = PLACE_HOMOPHONES): string {
  if (place.id) return place.id;
  const named = table.filter((entry) => entry.name === place.name);
  if (named.length === 0) return bareId(place.name);
  const narrowed = [
    (entry: HomophoneEntry) => place.code === undefined || entry.code === place.code,
    (entry: HomophoneEntry) => place.parent === undefined || entry.parent === place.parent,
    (entry: HomophoneEntry) => entry.level === place.level,
  ].reduce((candidates, keep) => (candidates.length > 1 ? candidates.filter(keep) : candidates), named);
  if (narrowed.length === 1) return narrowed[0]!.id;
  const where = named.map((entry) => `${entry.parent ?? ''}${entry.name}（${entry.code}）`).join('、');
  throw new ReportError(
    undefined,
    `中国有几个地方叫“${place.name}”（${where}）：请在 meta 里给出 parent（上一级地方的名称）或 code（行政区划代码），` +
      `以便区分。 (several places are called ${place.name}: give its parent or code in the meta)`,
  );
}
