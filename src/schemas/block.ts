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
  url: z.string().regex(/^\//, 'a site-relative URL starting with /'),
};

/**
 * A heading on a line of its own: a part (level 1), a sub-part such as 一、… or （一）… (level 2),
 * or a third-level heading such as 1.… (level 3). An appendix's own line (附件一) is level 1.
 */
export const HeadingBlock = z.strictObject({
  kind: z.literal('heading'),
  ...BlockBase,
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /**
   * A heading set over two or three lines (“十三五”发展成就 / 和2020年工作回顾, or a title and its
   * subtitle): each line after the first is a heading block of its own with `continues`, shown as
   * part of the heading above it, and its id is that heading's with `-line-2`, `-line-3`.
   */
  continues: z.literal(true).optional(),
});
export type HeadingBlock = z.output<typeof HeadingBlock>;

/** A paragraph: one non-blank source line that is not a heading, a cover line or a table row. */
export const ParagraphBlock = z.strictObject({
  kind: z.literal('paragraph'),
  ...BlockBase,
  id: z.string().regex(/^p[1-9][0-9]*$/, 'p followed by the paragraph number'),
  /** The stable citation number, counting paragraphs only, across the whole report. */
  number: z.number().int().positive(),
  /**
   * The run-in head: the paragraph's text up to and including its first 。, such as 大力发展城市经济。
   * or a run-in sub-part with its number, （一）抓住用好重大战略机遇，….
   */
  lead: z.string().min(1).optional(),
  /**
   * The run-in head's level in the contents: 1 for a part's heading run into its first paragraph
   * (一、2011年工作回顾 过去一年，…, the lead up to the space), 2 for a run-in sub-part, 3 otherwise.
   */
  leadLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
});
export type ParagraphBlock = z.output<typeof ParagraphBlock>;

/** A line of the report's cover, before the address: its title, dateline or speaker. */
export const HeaderBlock = z.strictObject({
  kind: z.literal('header'),
  ...BlockBase,
  id: z.string().regex(/^header-[1-9][0-9]*$/, 'header- followed by its position'),
  role: z.enum(['title', 'dateline', 'speaker', 'other']),
});
export type HeaderBlock = z.output<typeof HeaderBlock>;

/** A table row: a line of tab-separated cells. Its text is the cells joined by tabs. */
export const RowBlock = z.strictObject({
  kind: z.literal('row'),
  ...BlockBase,
  id: z.string().regex(/^r[1-9][0-9]*$/, 'r followed by the row number'),
  /** The row number, counting table rows across the whole report. */
  number: z.number().int().positive(),
  cells: z.array(z.string()).min(2),
  /** The first row of a table whose cells are column labels. */
  head: z.boolean().optional(),
});
export type RowBlock = z.output<typeof RowBlock>;

/**
 * A line that is not the report's text but travels with it: end matter after the last paragraph
 * (市十二届人大四次会议秘书处, a date, 2022年1月印发, （此件有删减）, a source note such as
 * （《人民日报》2023年3月14日第1版）), a newspaper's page note（紧转第2版）or（完）. Never numbered, never a
 * heading, shown where it stands in small type.
 */
export const NoteBlock = z.strictObject({
  kind: z.literal('note'),
  ...BlockBase,
  id: z.string().regex(/^note-[1-9][0-9]*$/, 'note- followed by its position'),
  /** imprint (秘书处, 印发), date, abridged (此件有删减), source (a newspaper, a website), page (转第2版), end (完). */
  role: z.enum(['imprint', 'date', 'abridged', 'source', 'page', 'end']),
});
export type NoteBlock = z.output<typeof NoteBlock>;

export const Block = z.discriminatedUnion('kind', [HeadingBlock, ParagraphBlock, HeaderBlock, RowBlock, NoteBlock]);
export type Block = z.output<typeof Block>;
