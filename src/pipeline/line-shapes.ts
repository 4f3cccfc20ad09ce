// What a single line looks like, by the genre's profile: questions the parser asks of each line.
// Pure and small, so each rule can be tested on its own.
import { parseChineseNumeral } from './chinese-numeral.ts';
import {
  ADDRESS,
  APPENDIX_LABEL,
  APPENDIX_LIST_START,
  APPENDIX_MARKER,
  CELL_SEPARATOR,
  HEADER_ROLES,
  MAX_HEADER_LINE,
  MAX_LOOSE_PART_HEADING,
  MAX_RUN_IN_PART_HEADING,
  NOT_IN_HEADING,
  NOTE_SHAPES,
  NUMBERING_STYLES,
  PART_KINDS,
  RUN_IN_PART_BODY,
  STATEMENT_HEADING,
  TIME_LABEL_COLON,
  type HeaderRole,
  type NoteRole,
  type NumberingStyle,
  type PartKind,
} from './genre-profile.ts';

const length = (text: string) => [...text].length;
// Whether a text has at most `max` characters, without splitting a long paragraph into them.
const fits = (text: string, max: number) => text.length <= max || (text.length <= 2 * max && length(text) <= max);
const HEADING_START = /^[\p{Script=Han}0-9０-９“‘《（(]/u;
// Characters of code and markup, which a report's heading never has (its text may).
const MARKUP_CHARACTERS = /[$\\<>{}*#|=~`\[\]^_@]/;

/** A line's leading official number: its style, its rank in GB/T 9704's order, its value. */
export interface Numbering {
  style: NumberingStyle;
  rank: number;
  value: number;
  /** The number with its marks, as written: 一、 or （三）. */
  mark: string;
}

export function numberingOf(text: string): Numbering | undefined {
  for (const [rank, { style, pattern }] of NUMBERING_STYLES.entries()) {
    const match = pattern.exec(text);
    if (!match) continue;
    const digits = match[1]!;
    const value = /^[0-9]+$/.test(digits) ? Number(digits) : parseChineseNumeral(digits);
    if (value === undefined || value < 1) return undefined;
    return { style, rank, value, mark: match[0] };
  }
  return undefined;
}

/**
 * Whether a line can be a heading of its own: short, starting as Chinese headings do (with a
 * character, a number or an opening quote, never with a symbol such as # or >), no sentence end or
 * clause break (commas may occur: slogans have them), not a —— line, not an enumeration such as
 * 一是…, not a table row.
 */
export function isHeadingShaped(text: string, max: number): boolean {
  return (
    fits(text, max) &&
    HEADING_START.test(text) &&
    !MARKUP_CHARACTERS.test(text) &&
    (!NOT_IN_HEADING.test(text) || TIME_LABEL_COLON.test(text)) &&
    !/[，、,]$/.test(text) &&
    !text.startsWith('——') &&
    !/^[一二三四五六七八九十]+是/.test(text) &&
    !/^各位/.test(text) &&
    !isTableRow(text)
  );
}

export const isAddress = (text: string) => ADDRESS.test(text);
// Markers are short; a web copy may space them out (附 录, 注 释).
const unspaced = (text: string) => (fits(text, 24) ? text.replace(/[ \u3000]/g, '') : text);
export const isAppendixMarker = (text: string) => APPENDIX_MARKER.test(unspaced(text));
/** An appendix label with no title of its own (附件, 附件2, 附 录): its title may follow. */
export const isAppendixLabel = (text: string) => APPENDIX_LABEL.test(unspaced(text));
/** 附件：1.十件民生实事: the first title of a list of the appendices that follow. */
export const appendixListStart = (text: string) => APPENDIX_LIST_START.exec(text)?.[1];
/** 一年来，我们坚持…: a heading that states what was done, a sub-part of the review. */
export const isStatementHeading = (text: string) => STATEMENT_HEADING.test(text);

/** The role of a line that is not the report's text (秘书处, a date, （完）), if it is one. */
export function noteRoleOf(text: string): NoteRole | undefined {
  return NOTE_SHAPES.find((shape) => shape.words.test(text))?.role;
}

/**
 * A numbered heading's words after its number, spaces after the mark dropped: 一、 2003 年工作回顾
 * gives 2003 年工作回顾.
 */
export const afterNumber = (text: string, numbering: Numbering) => text.slice(numbering.mark.length).trimStart();

/**
 * Whether a numbered line's words could still be a part heading where the numbering needs one:
 * longer than a heading, or with a trailing colon or full stop, but a single statement without
 * sentences inside (三、坚定不移地推进工业化、农业产业化、城镇化进程，提升全省经济…).
 */
export function isLooseHeading(words: string): boolean {
  const body = words.replace(/[：:。]$/, '');
  return (
    fits(body, MAX_LOOSE_PART_HEADING) &&
    HEADING_START.test(body) &&
    !MARKUP_CHARACTERS.test(body) &&
    !/[。！？；!?;]/.test(body) &&
    !/[，、,]$/.test(body) &&
    !isTableRow(body)
  );
}

/**
 * The heading of a part run into its first paragraph after a space: 一、2011年工作回顾 过去一年，….
 * Returns the heading with its number, as it stands at the line's start.
 */
export function runInPartLead(text: string, numbering: Numbering): string | undefined {
  const rest = text.slice(numbering.mark.length);
  const gap = /[ \u3000]+/.exec(rest.trimStart());
  if (!gap) return undefined;
  const start = rest.length - rest.trimStart().length;
  const heading = rest.trimStart().slice(0, gap.index);
  const body = rest.trimStart().slice(gap.index + gap[0].length);
  if (length(heading) < 2 || length(heading) > MAX_RUN_IN_PART_HEADING || /[。；：;:！？]/.test(heading))
    return undefined;
  if (!RUN_IN_PART_BODY.test(body)) return undefined;
  return text.slice(0, numbering.mark.length + start + heading.length);
}
export const isTableRow = (text: string) => text.includes(CELL_SEPARATOR);

/** A cover line's role: the first role whose words it has. */
export function headerRoleOf(text: string): HeaderRole {
  return HEADER_ROLES.find((role) => role.words.test(text))?.role ?? 'other';
}

export function isCoverShaped(text: string): boolean {
  return fits(text, MAX_HEADER_LINE) && !/[。！？]/.test(text) && !isTableRow(text);
}

/** The part kind whose words a heading has, if any. */
export function partKindOf(heading: string): PartKind | undefined {
  return PART_KINDS.find((kind) => kind.words.test(heading));
}

/**
 * A numbered heading written as one sentence on a line of its own: （二）“九项惠民工程”持续推进。 It is a
 * heading where text follows it (the layout checks), not where the next line is the next item.
 */
export function isSentenceHeading(text: string, max: number): boolean {
  const body = text.slice(0, -1);
  return text.endsWith('。') && numberingOf(text) !== undefined && fits(text, max) && !/[。！？；：!?;:]/.test(body);
}

/**
 * The heading sentence of a run-in numbered line, （一）聚焦产业升级，….。 followed by the body:
 * up to and including the first 。, when short enough to be a heading and followed by more text.
 */
export function runInSubPartLead(text: string, max: number): string | undefined {
  const end = text.indexOf('。');
  if (end < 0 || end === text.length - 1) return undefined;
  const lead = text.slice(0, end + 1);
  return fits(lead, max) && !/[；：;:]/.test(lead) ? lead : undefined;
}
