/**
 * The report's terms, from the validated model: every quoted “…” that names something, and the
 * terms a glossary appendix explains, with the paragraphs they occur in, in the order of a Chinese
 * index (pinyin, `Intl.Collator('zh-CN')`) under A–Z initials. Pure functions; the rules are data.
 */
import type { Report } from '../schemas/report.ts';
import type { Term, TermOccurrence, TermsFile } from '../schemas/terms.ts';

/** The longest quoted text that is still a term (“紧盯前沿、打造生态…” is a slogan, not a term). */
export const MAX_TERM_LENGTH = 12;
/** Inside a term there is no mark of a sentence or a list: a quote with one is a quoted sentence. */
const SENTENCE_MARKS = /[，,、；;。：:！？!?]/;
/** The appendix titles of a glossary. */
export const GLOSSARY_TITLE = /名词解释|有关词语解释|词语解释|名词注释|名词说明/;
/** A glossary entry: 1.新质生产力：…, （2）“一网通办”：…. */
const GLOSSARY_ENTRY =
  /^(?:\d+[.．、]|[（(]\d+[)）]|[一二三四五六七八九十]+、)?\s*“?([^“”：:，。]{1,20}?)”?[：:]\s*(.+)$/;

/**
 * The first character of each pinyin initial, in the zh-CN collation: a text sorts under the last
 * letter whose character it does not sort before. (I, U and V start no syllable of Mandarin.)
 */
const INITIALS = 'ABCDEFGHJKLMNOPQRSTWXYZ';
const INITIAL_BOUNDS = '阿八嚓哒妸发旮哈讥咔垃妈拏噢妑七呥仨他穵夕丫帀';
export const collator = new Intl.Collator('zh-CN');

/** A term's index letter: its pinyin initial, a Latin first letter as itself, else #. */
export function initialOf(term: string): string {
  const first = term[0] ?? '';
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  if (!/\p{Script=Han}/u.test(first)) return '#';
  let letter = '#';
  [...INITIAL_BOUNDS].forEach((bound, index) => {
    if (collator.compare(first, bound) >= 0) letter = INITIALS[index]!;
  });
  return letter;
}

/** The quoted terms of a text, in order, without their marks: 深化教育“双减”工作 → 双减. */
export function quotedTerms(text: string): string[] {
  return [...text.matchAll(/“([^“”]+)”/g)]
    .map((match) => match[1]!.trim())
    .filter((term) => [...term].length >= 2 && [...term].length <= MAX_TERM_LENGTH && !SENTENCE_MARKS.test(term));
}

/** How often a term occurs in a text, quoted or not, without overlaps. */
export function countIn(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

/** The link that opens a block with the term marked, as a search result does: /review/?hl=双减#p15. */
export function markedUrl(url: string, term: string): string {
  const [page, hash = ''] = url.split('#');
  return `${page}?hl=${encodeURIComponent(term)}${hash ? `#${hash}` : ''}`;
}

/** The glossary entries of a report: term → explanation and its paragraph. */
export function glossaryOf(report: Report): Map<string, { explanation: string; paragraph: string }> {
  const entries = new Map<string, { explanation: string; paragraph: string }>();
  for (const section of report.sections) {
    if (section.kind !== 'appendix' || !GLOSSARY_TITLE.test(section.title)) continue;
    for (const block of section.blocks) {
      if (block.kind !== 'paragraph') continue;
      const match = GLOSSARY_ENTRY.exec(block.text);
      if (match) entries.set(match[1]!.trim(), { explanation: match[2]!.trim(), paragraph: block.id });
    }
  }
  return entries;
}

/** Everything `/terms.json` holds, from the validated report. */
export function extractTerms(report: Report): TermsFile {
  const glossary = glossaryOf(report);
  const glossaryParagraphs = new Set([...glossary.values()].map((entry) => entry.paragraph));
  const blocks = report.sections.flatMap((section) =>
    section.blocks
      .filter((block) => block.kind !== 'header' && block.kind !== 'note' && !glossaryParagraphs.has(block.id))
      .map((block) => ({ block, section: section.slug })),
  );
  const names = new Set([...blocks.flatMap(({ block }) => quotedTerms(block.text)), ...glossary.keys()]);
  const terms: Term[] = [...names].map((term) => {
    const occurrences: TermOccurrence[] = blocks.flatMap(({ block, section }) => {
      const count = countIn(block.text, term);
      return count > 0 ? [{ paragraph: block.id, count, section, url: markedUrl(block.url, term) }] : [];
    });
    const explained = glossary.get(term);
    return {
      term,
      initial: initialOf(term),
      count: occurrences.reduce((sum, each) => sum + each.count, 0),
      occurrences,
      ...(explained ? { explanation: explained.explanation, explainedIn: explained.paragraph } : {}),
    };
  });
  // # sorts before A in ASCII, as an index puts numbers first.
  terms.sort((a, b) => (a.initial < b.initial ? -1 : a.initial > b.initial ? 1 : collator.compare(a.term, b.term)));
  return { title: report.title, terms };
}
