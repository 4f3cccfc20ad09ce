// What a single line looks like, by the genre's profile: questions the parser asks of each line.
// Pure and small, so each rule can be tested on its own.
import { parseChineseNumeral } from './chinese-numeral.ts';
import {
  ADDRESS,
  APPENDIX_MARKER,
  CELL_SEPARATOR,
  HEADER_ROLES,
  MAX_HEADER_LINE,
  NOT_IN_HEADING,
  NUMBERING_STYLES,
  PART_KINDS,
  type HeaderRole,
  type NumberingStyle,
  type PartKind,
} from './genre-profile.ts';

const length = (text: string) => [...text].length;
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
    length(text) <= max &&
    HEADING_START.test(text) &&
    !MARKUP_CHARACTERS.test(text) &&
    !NOT_IN_HEADING.test(text) &&
    !/[，、,]$/.test(text) &&
    !text.startsWith('——') &&
    !/^[一二三四五六七八九十]+是/.test(text) &&
    !/^各位/.test(text) &&
    !isTableRow(text)
  );
}

export const isAddress = (text: string) => ADDRESS.test(text);
export const isAppendixMarker = (text: string) => APPENDIX_MARKER.test(text);
export const isTableRow = (text: string) => text.includes(CELL_SEPARATOR);

/** A cover line's role: the first role whose words it has. */
export function headerRoleOf(text: string): HeaderRole {
  return HEADER_ROLES.find((role) => role.words.test(text))?.role ?? 'other';
}

export function isCoverShaped(text: string): boolean {
  return length(text) <= MAX_HEADER_LINE && !/[。！？]/.test(text) && !isTableRow(text);
}

/** The part kind whose words a heading has, if any. */
export function partKindOf(heading: string): PartKind | undefined {
  return PART_KINDS.find((kind) => kind.words.test(heading));
}

/**
 * The heading sentence of a run-in numbered line, （一）聚焦产业升级，….。 followed by the body:
 * up to and including the first 。, when short enough to be a heading and followed by more text.
 */
export function runInSubPartLead(text: string, max: number): string | undefined {
  const end = text.indexOf('。');
  if (end < 0 || end === text.length - 1) return undefined;
  const lead = text.slice(0, end + 1);
  return length(lead) <= max && !/[；：;:]/.test(lead) ? lead : undefined;
}
