import { z } from 'zod';
import { BlockId } from './block.ts';

/** One paragraph (or heading, or table row) where a term occurs, quoted or not. */
export const TermOccurrence = z.strictObject({
  /** Its block id: p15. */
  paragraph: BlockId,
  /** How often the term occurs in it. */
  count: z.number().int().positive(),
  /** The section it is in. */
  section: z.string().min(1),
  /** The paragraph's link that marks the term on arrival: /review/?hl=双减#p15. */
  url: z.string().regex(/^\//, 'a site-relative URL starting with /'),
});
export type TermOccurrence = z.output<typeof TermOccurrence>;

/** A quoted term of the report (“双减”) or a term its glossary appendix explains. */
export const Term = z.strictObject({
  /** The term without its quotation marks. */
  term: z.string().min(1),
  /** Its index letter: the pinyin initial A–Z, or # for a term that starts with a digit or mark. */
  initial: z.string().regex(/^[A-Z#]$/, 'a letter A–Z or #'),
  /** Occurrences in all paragraphs together. */
  count: z.number().int().min(0),
  /** One entry per paragraph that holds the term, in reading order. */
  occurrences: z.array(TermOccurrence),
  /** The glossary's explanation, where the report has a glossary appendix that explains it. */
  explanation: z.string().min(1).optional(),
  /** The glossary paragraph that explains it. */
  explainedIn: BlockId.optional(),
});
export type Term = z.output<typeof Term>;

/** `/terms.json`: the report's terms in the order of a Chinese index (pinyin). */
export const TermsFile = z.strictObject({
  title: z.string().min(1),
  terms: z.array(Term),
});
export type TermsFile = z.output<typeof TermsFile>;
