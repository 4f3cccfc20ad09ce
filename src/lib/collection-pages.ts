// What the collection's own pages and every report's links to the rest of it need from the
// manifest: the levels, the places in each, their years; the share image of a place.
import { LEVELS } from '../pipeline/collection.ts';
import type { PlaceLevel } from '../schemas/report-meta.ts';
import type { SiteManifest, SiteReport } from '../schemas/site-manifest.ts';

export interface Place {
  id: string;
  name: string;
  level: PlaceLevel;
  parent: string | undefined;
  /** Its reports by year (and stem), oldest first. */
  reports: SiteReport[];
}

/** The places of a collection in its order (by level, then id). */
export function placesOf(manifest: SiteManifest): Place[] {
  const places = new Map<string, Place>();
  for (const report of manifest.reports) {
    const id = report.placeId!;
    let place = places.get(id);
    if (!place) {
      place = { id, name: report.place!, level: report.level!, parent: report.parent, reports: [] };
      places.set(id, place);
    }
    place.reports.push(report);
  }
  return [...places.values()];
}

export const levelLabel = (level: string | undefined): string =>
  LEVELS.find((each) => each.level === level)?.label ?? '';

/** The share image of a place's pages (all its reports'), under the collection's base. */
export const placeImage = (base: string, placeId: string): string => `${base}${placeId}/og.png`;
/** The share image of the collection's own pages. */
export const collectionImage = (base: string): string => `${base}og.png`;

/** The years a list of reports spans, as 2020–2025 (or 2022). */
export function yearSpan(reports: SiteReport[]): string {
  const years = reports.map((report) => report.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `${first}` : `${first}–${last}`;
}
