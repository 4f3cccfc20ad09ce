import { z } from 'zod';
import { Block } from './block.ts';

const SiteUrl = z.string().regex(/^\//, 'a site-relative URL starting with /');

/**
 * A section's slug, which is its page: `opening` (the home page), a part kind from the genre's
 * vocabulary (`review`, `goals`, `targets`, `tasks`, `governance`), `part-N` where no kind fits,
 * or `appendix-N`. ASCII, unique in a report, and the same text always gives the same slugs.
 */
export const SectionSlug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'an ASCII slug such as review or part-2');
export type SectionSlug = z.output<typeof SectionSlug>;

/** What a section is: the opening address (with the cover lines), a part, or an appendix. */
export const SectionKind = z.enum(['opening', 'part', 'appendix']);
export type SectionKind = z.output<typeof SectionKind>;

/** One entry of a page's table of contents: a heading or a paragraph's run-in head. */
export const OutlineEntry = z.strictObject({
  id: z.string(),
  /** 1 part or appendix, 2 sub-part (own line or run in), 3 run-in head or third-level heading. */
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: z.string().min(1),
  url: SiteUrl,
});
export type OutlineEntry = z.output<typeof OutlineEntry>;

/** What a section's page needs besides its blocks: one entry of the report's `sections.json`. */
export const SectionFrontmatter = z.strictObject({
  slug: SectionSlug,
  kind: SectionKind,
  /** Position in the report, 0 for the opening address. */
  order: z.number().int().min(0),
  /** The part's heading text; the report's title for the opening; 附件一 for an appendix. */
  title: z.string().min(1),
  /** What the navigation calls it: 开篇, the heading without its number, an appendix with its title. */
  label: z.string().min(1),
  /** What a reader calls it in a list of parts, such as the search filters: its kind's name (工作回顾). */
  name: z.string().min(1),
  /** The part's number in words (一, 二, …), for parts only. */
  numeral: z.string().min(1).optional(),
  /** The page's URL, with the base path. */
  url: SiteUrl,
  /** A plain-text summary for meta descriptions: the start of the section's first paragraph. */
  description: z.string().min(1),
  /** First and last paragraph numbers in the section; absent when it holds only a table. */
  firstParagraph: z.number().int().positive().optional(),
  lastParagraph: z.number().int().positive().optional(),
  /** Headings and run-in heads, in document order. */
  outline: z.array(OutlineEntry),
  /**
   * Where a part's heading is not a line of its own: `run-in`, the first paragraph's bold start
   * (一、2011年工作回顾 过去一年，…); `none`, the source has no heading for it and the site names it
   * (正文, 第一部分). Absent for a heading line.
   */
  heading: z.enum(['run-in', 'none']).optional(),
});
export type SectionFrontmatter = z.output<typeof SectionFrontmatter>;

/** A section as published in `report.json`: its blocks in source order. */
export const Section = z.strictObject({
  slug: SectionSlug,
  kind: SectionKind,
  title: z.string().min(1),
  url: SiteUrl,
  /** The section's contents as its page shows them. */
  outline: z.array(OutlineEntry.omit({ url: true })),
  blocks: z.array(Block).min(1),
});
export type Section = z.output<typeof Section>;
