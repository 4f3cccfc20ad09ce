import { z } from 'zod';

/** An ASCII fragment id: never a (percent-encoded) Chinese slug. */
export const BlockId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'an ASCII id such as p40 or tasks-3');

const BlockBase = {
  /** The element id on the page: `p40`, `review`, `tasks-3`. */
  id: BlockId,
  /** The line's text exactly as in the source, after normalisation. */
  text: z.string().min(1),
  /** 1-based line number in `content/report.txt`, for error messages and corrections. */
  line: z.number().int().positive(),
  /** Where the block's element is: site-relative, starting with the base path. */
  url: z.string().startsWith('/'),
};

/** A part heading (level 1) or a numbered sub-part heading such as 一、… (level 2). */
export const HeadingBlock = z.strictObject({
  kind: z.literal('heading'),
  ...BlockBase,
  level: z.union([z.literal(1), z.literal(2)]),
});
export type HeadingBlock = z.output<typeof HeadingBlock>;

/** A paragraph: one non-blank source line that is not a heading. */
export const ParagraphBlock = z.strictObject({
  kind: z.literal('paragraph'),
  ...BlockBase,
  id: z.string().regex(/^p[1-9][0-9]*$/, 'p followed by the paragraph number'),
  /** The stable citation number, counting paragraphs only, across the whole report. */
  number: z.number().int().positive(),
  /** The run-in head: the paragraph's text up to and including its first 。. */
  lead: z.string().min(1).optional(),
});
export type ParagraphBlock = z.output<typeof ParagraphBlock>;

export const Block = z.discriminatedUnion('kind', [HeadingBlock, ParagraphBlock]);
export type Block = z.output<typeof Block>;
