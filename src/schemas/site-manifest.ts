import { z } from 'zod';
import { PlaceLevel } from './report-meta.ts';
import { SectionSlug } from './section.ts';

const SiteUrl = z.string().regex(/^\//, 'a site-relative URL starting with /');

/**
 * One report of a site, as the content step found it: where its pages are and what the pages of
 * other reports need to know of it (its place, its year, its parts), so that no page has to read
 * every report to link to one.
 */
export const SiteReport = z.strictObject({
  /** `zibo/2022` in a collection (the place's id and the file's name), '' for the single site. */
  key: z.string().regex(/^$|^[a-z][a-z0-9-]*\/[0-9a-z-]+$/, "'' or place/year such as zibo/2022"),
  /** The report's home page, with the base path: `/` or `/zibo/2022/`. */
  base: SiteUrl,
  /** Its generated files, relative to the site's data folder ('' for the single site). */
  dir: z.string(),
  title: z.string().min(1),
  issuer: z.string().min(1),
  year: z.number().int(),
  /** The file's name without `.txt`: 2022, or 2016-11 and 1964-part where a year has more. */
  stem: z.string().min(1),
  /** The source file, relative to the collection (or the project), for messages. */
  file: z.string().min(1),
  level: PlaceLevel.optional(),
  /** The place's name: 淄博市. */
  place: z.string().min(1).optional(),
  /** The place's URL id: zibo. */
  placeId: z.string().optional(),
  /** The place one level up, by name, when the meta gives it. */
  parent: z.string().optional(),
  code: z.string().optional(),
  /** Its sections' slugs in reading order, for links to the same part of another report. */
  parts: z.array(SectionSlug),
});
export type SiteReport = z.output<typeof SiteReport>;

/** A report a collection build left out (`--skip-refused`): the file, the line, the reason. */
export const SkippedReport = z.strictObject({
  file: z.string().min(1),
  line: z.number().int().positive().optional(),
  reason: z.string().min(1),
});
export type SkippedReport = z.output<typeof SkippedReport>;

/** `site.json`, written by the content step beside the reports' files: what the site is made of. */
export const SiteManifest = z.strictObject({
  /** A single report under the base path, or a collection of reports under /<place>/<year>/. */
  mode: z.enum(['single', 'collection']),
  /** The collection's name, shown on its own pages; the report's title for the single site. */
  title: z.string().min(1),
  /** In a collection: by level, then place, then year. */
  reports: z.array(SiteReport).min(1),
  skipped: z.array(SkippedReport),
});
export type SiteManifest = z.output<typeof SiteManifest>;
