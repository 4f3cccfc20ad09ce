import { z } from 'zod';
import { Block } from './block.ts';

/** The five sections, in reading order: the opening address, then the four parts. */
export const SectionSlug = z.enum(['opening', 'review', 'goals', 'tasks', 'governance']);
export type SectionSlug = z.output<typeof SectionSlug>;

/** One entry of a page's table of contents: a heading or a paragraph's run-in head. */
export const OutlineEntry = z.strictObject({
  id: z.string(),
  /** 1 part, 2 sub-part, 3 run-in head. */
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: z.string().min(1),
  url: z.string().startsWith('/'),
});
export type OutlineEntry = z.output<typeof OutlineEntry>;

/** What a section's page needs besides its text: the frontmatter of `content/sections/NN-slug.mdx`. */
export const SectionFrontmatter = z.strictObject({
  slug: SectionSlug,
  /** Position in the report, 0 for the opening address. */
  order: z.number().int().min(0).max(4),
  /** The part's heading text; the report's title for the opening. */
  title: z.string().min(1),
  /** The page's URL, with the base path. */
  url: z.string().startsWith('/'),
  /** A plain-text summary for meta descriptions: the start of the section's first paragraph. */
  description: z.string().min(1),
  /** First and last paragraph numbers in the section. */
  firstParagraph: z.number().int().positive(),
  lastParagraph: z.number().int().positive(),
  /** Headings and run-in heads, in document order. */
  outline: z.array(OutlineEntry),
});
export type SectionFrontmatter = z.output<typeof SectionFrontmatter>;

/** A section as published in `report.json`: its blocks in source order. */
export const Section = z.strictObject({
  slug: SectionSlug,
  title: z.string().min(1),
  url: z.string().startsWith('/'),
  blocks: z.array(Block).min(1),
});
export type Section = z.output<typeof Section>;
