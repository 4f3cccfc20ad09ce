// Word's automatic numbering, written out as the text a reader sees (一、 （一） 1. （1）): the
// definitions of numbering.xml (or a Word 2003 XML file's lists), and the counters Word keeps
// while it lays the document out. ECMA-376 Part 1, 17.9 (Numbering).
import { chineseNumeral } from '../pipeline/chinese-numeral.ts';

/** One level of a list definition (w:lvl). */
export interface LevelFormat {
  start: number;
  /** ST_NumberFormat: decimal, chineseCounting, bullet, none, … */
  format: string;
  /** The level's text with placeholders: %1、 （%2） %1.%2 */
  text: string;
  /** What follows the number: a tab (Word's default), a space, or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
  /** w:lvlRestart: 0 never restarts, N restarts when level N (1-based) or one above it is used. */
  restart?: number | undefined;
  /** w:isLgl: every number in the text as a decimal (1.1 under 一、). */
  legal: boolean;
  /** w:pStyle: the paragraph style that takes this level. */
  style?: string | undefined;
}

/** A list instance (w:num): the definition it uses, and where it starts again (w:startOverride). */
export interface ListInstance {
  abstract: string;
  overrides: Map<number, { start?: number | undefined; level?: LevelFormat | undefined }>;
}

export interface NumberingDefinitions {
  /** Abstract definitions by id: their levels by index (0–8). */
  abstracts: Map<string, Map<number, LevelFormat>>;
  /** List instances by numId. */
  lists: Map<string, ListInstance>;
}

export const emptyNumbering = (): NumberingDefinitions => ({ abstracts: new Map(), lists: new Map() });

const CN_DIGITS = '〇一二三四五六七八九';

/** 一 … 九十九 as the report numbers them, 一百、一百零一 … beyond. */
function chineseCounting(value: number): string {
  if (value < 100) return chineseNumeral(value);
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const head = `${hundreds >= 10 ? chineseCounting(hundreds) : CN_DIGITS[hundreds]}百`;
  if (rest === 0) return head;
  return head + (rest < 10 ? `零${CN_DIGITS[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest));
}

const LEGAL = '零壹贰叁肆伍陆柒捌玖';
/** 壹 贰 … 壹拾贰: the financial numerals, which write the 壹 of 壹拾 out. */
function chineseLegal(value: number): string {
  const counting = chineseCounting(value);
  return (counting.startsWith('十') ? `一${counting}` : counting)
    .replace(/[〇零一二三四五六七八九]/g, (char) => LEGAL[Math.max(0, CN_DIGITS.indexOf(char))]!)
    .replace(/十/g, '拾')
    .replace(/百/g, '佰');
}

function letters(value: number, upper: boolean): string {
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  const text = letter.repeat(Math.floor((value - 1) / 26) + 1);
  return upper ? text.toUpperCase() : text;
}

function roman(value: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let text = '';
  for (const [amount, digits] of table) {
    while (rest >= amount) {
      text += digits;
      rest -= amount;
    }
  }
  return text;
}

/** A code point in a run of enclosed numbers (①…⑳), or the plain number past its end. */
const enclosed = (first: number, count: number) => (value: number) =>
  value >= 1 && value <= count ? String.fromCodePoint(first + value - 1) : String(value);

const FORMATS: Record<string, (value: number) => string> = {
  decimal: String,
  decimalZero: (value) => (value < 10 ? `0${value}` : String(value)),
  decimalFullWidth: (value) => String(value).replace(/[0-9]/g, (digit) => String.fromCodePoint(0xff10 + Number(digit))),
  decimalHalfWidth: String,
  chineseCounting,
  chineseCountingThousand: chineseCounting,
  taiwaneseCounting: chineseCounting,
  taiwaneseCountingThousand: chineseCounting,
  japaneseCounting: chineseCounting,
  chineseLegalSimplified: chineseLegal,
  ideographDigital: (value) => String(value).replace(/[0-9]/g, (digit) => CN_DIGITS[Number(digit)]!),
  taiwaneseDigital: (value) => String(value).replace(/[0-9]/g, (digit) => CN_DIGITS[Number(digit)]!),
  ideographTraditional: (value) => '甲乙丙丁戊己庚辛壬癸'[(value - 1) % 10]!,
  ideographZodiac: (value) => '子丑寅卯辰巳午未申酉戌亥'[(value - 1) % 12]!,
  decimalEnclosedCircle: enclosed(0x2460, 20),
  decimalEnclosedCircleChinese: enclosed(0x2460, 20),
  decimalEnclosedParen: enclosed(0x2474, 20),
  decimalEnclosedFullstop: enclosed(0x2488, 20),
  ideographEnclosedCircle: enclosed(0x3220, 10),
  lowerLetter: (value) => letters(value, false),
  upperLetter: (value) => letters(value, true),
  lowerRoman: roman,
  upperRoman: (value) => roman(value).toUpperCase(),
  none: () => '',
};

/** A number in a level's format; a format we do not know is written as a decimal. */
export function formatNumber(value: number, format: string): string {
  return (FORMATS[format] ?? String)(value);
}

export const isKnownFormat = (format: string) => format in FORMATS || format === 'bullet';

/** The label Word shows for one numbered paragraph, and what it puts after it. */
export interface Label {
  text: string;
  suffix: LevelFormat['suffix'];
  bullet: boolean;
  format: string;
}

/**
 * Word's counters while it lays the document out: one per abstract definition and level, so that
 * two list instances of one definition continue each other unless one starts again
 * (w:startOverride). Using a level restarts the levels below it (w:lvlRestart says otherwise).
 */
export class NumberingCounters {
  readonly #definitions: NumberingDefinitions;
  readonly #counters = new Map<string, (number | undefined)[]>();
  readonly #overridden = new Set<string>();

  constructor(definitions: NumberingDefinitions) {
    this.#definitions = definitions;
  }

  /** The label of the next paragraph of list `listId` at level `level`, or undefined for none. */
  next(listId: string, level: number): Label | undefined {
    const list = this.#definitions.lists.get(listId);
    if (!list) return undefined;
    const abstract = this.#definitions.abstracts.get(list.abstract);
    const levelOf = (index: number) => list.overrides.get(index)?.level ?? abstract?.get(index);
    const format = levelOf(level);
    if (!format) return undefined;

    const counters = this.#counters.get(list.abstract) ?? [];
    this.#counters.set(list.abstract, counters);
    const override = list.overrides.get(level)?.start;
    const key = `${listId}:${level}`;
    if (override !== undefined && !this.#overridden.has(key)) {
      this.#overridden.add(key);
      counters[level] = override;
    } else {
      counters[level] = counters[level] === undefined ? format.start : counters[level] + 1;
    }
    for (let below = level + 1; below < 9; below++) {
      const restart = levelOf(below)?.restart;
      if (restart === 0) continue;
      if (restart === undefined || level <= restart - 1) counters[below] = undefined;
    }

    if (format.format === 'bullet') return { text: format.text, suffix: format.suffix, bullet: true, format: 'bullet' };
    const text = format.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const other = levelOf(index);
      if (!other) return '';
      const value = counters[index] ?? other.start;
      return formatNumber(value, format.legal && other.format !== 'none' ? 'decimal' : other.format);
    });
    return { text, suffix: format.suffix, bullet: false, format: format.format };
  }
}

/**
 * What goes between a label and the paragraph's text, as a pasted text has it: nothing after a
 * label that ends in a mark (一、 （一） 1. ①), one space after one that ends in a word or digit
 * (第一章 总则), nothing where Word puts nothing.
 */
export function labelSeparator(label: Label): string {
  if (label.suffix === 'nothing' || label.text === '') return '';
  return /[\p{P}\p{S}\u2460-\u24ff\u3220-\u3229]$/u.test(label.text) ? '' : ' ';
}

// The XML of both dialects is read through a small accessor, so that one reader serves the
// OOXML namespace and Word 2003's.
export const OOXML_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const STRICT_W = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const WORDML_2003_W = 'http://schemas.microsoft.com/office/word/2003/wordml';

export const childrenNamed = (element: Element, ns: string, name: string): Element[] =>
  Array.from(element.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 && (node as Element).namespaceURI === ns && (node as Element).localName === name,
  );
export const childNamed = (element: Element | undefined, ns: string, name: string): Element | undefined =>
  element ? childrenNamed(element, ns, name)[0] : undefined;
/** A w:val (or other w:) attribute. */
export const valueOf = (element: Element | undefined, ns: string, name = 'val'): string | undefined =>
  element?.getAttributeNS(ns, name) || element?.getAttribute(`w:${name}`) || undefined;

function readLevel(element: Element, ns: string, formatName: 'numFmt' | 'nfc'): LevelFormat {
  const raw = valueOf(childNamed(element, ns, formatName), ns);
  const format = formatName === 'nfc' ? (NFC_FORMATS[Number(raw ?? 0)] ?? 'decimal') : (raw ?? 'decimal');
  const suffix = (valueOf(childNamed(element, ns, 'suff'), ns) ?? 'tab').toLowerCase();
  const restart = valueOf(childNamed(element, ns, 'lvlRestart'), ns);
  const legal = childNamed(element, ns, 'isLgl');
  return {
    start: Number(valueOf(childNamed(element, ns, 'start'), ns) ?? (format === 'none' ? 0 : 1)),
    format,
    text: valueOf(childNamed(element, ns, 'lvlText'), ns) ?? '',
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    restart: restart === undefined ? undefined : Number(restart),
    legal: legal !== undefined && !/^(0|false|off)$/.test(valueOf(legal, ns) ?? ''),
    style: valueOf(childNamed(element, ns, 'pStyle'), ns),
  };
}

function readLevels(parent: Element, ns: string, formatName: 'numFmt' | 'nfc'): Map<number, LevelFormat> {
  const levels = new Map<number, LevelFormat>();
  for (const level of childrenNamed(parent, ns, 'lvl')) {
    levels.set(Number(valueOf(level, ns, 'ilvl') ?? 0), readLevel(level, ns, formatName));
  }
  return levels;
}

function readOverrides(list: Element, ns: string, formatName: 'numFmt' | 'nfc'): ListInstance['overrides'] {
  const overrides: ListInstance['overrides'] = new Map();
  for (const override of childrenNamed(list, ns, 'lvlOverride')) {
    const start = valueOf(childNamed(override, ns, 'startOverride'), ns);
    const level = childNamed(override, ns, 'lvl');
    overrides.set(Number(valueOf(override, ns, 'ilvl') ?? 0), {
      start: start === undefined ? undefined : Number(start),
      level: level ? readLevel(level, ns, formatName) : undefined,
    });
  }
  return overrides;
}

/**
 * numbering.xml's definitions. An abstract definition that only links to a numbering style
 * (w:numStyleLink) takes the levels of the list that style names (`styleList`).
 */
export function readNumberingXml(
  numbering: Document,
  ns: string,
  styleList: (styleId: string) => string | undefined = () => undefined,
): NumberingDefinitions {
  const definitions = emptyNumbering();
  const root = numbering.documentElement;
  const links = new Map<string, string>();
  for (const abstract of childrenNamed(root, ns, 'abstractNum')) {
    const id = valueOf(abstract, ns, 'abstractNumId') ?? '';
    definitions.abstracts.set(id, readLevels(abstract, ns, 'numFmt'));
    const link = valueOf(childNamed(abstract, ns, 'numStyleLink'), ns);
    if (link) links.set(id, link);
  }
  for (const num of childrenNamed(root, ns, 'num')) {
    definitions.lists.set(valueOf(num, ns, 'numId') ?? '', {
      abstract: valueOf(childNamed(num, ns, 'abstractNumId'), ns) ?? '',
      overrides: readOverrides(num, ns, 'numFmt'),
    });
  }
  for (const [id, style] of links) {
    const target = definitions.lists.get(styleList(style) ?? '');
    if (target && target.abstract !== id) definitions.abstracts.set(id, definitions.abstracts.get(target.abstract)!);
  }
  return definitions;
}

/** Word 2003 XML's number format codes (w:nfc, MS-DOC's MSONFC) by the names numbering.xml uses. */
const NFC_FORMATS: Record<number, string> = {
  0: 'decimal',
  1: 'upperRoman',
  2: 'lowerRoman',
  3: 'upperLetter',
  4: 'lowerLetter',
  14: 'decimalFullWidth',
  15: 'decimalHalfWidth',
  18: 'decimalEnclosedCircle',
  19: 'decimalFullWidth',
  22: 'decimalZero',
  23: 'bullet',
  26: 'decimalEnclosedFullstop',
  27: 'decimalEnclosedParen',
  28: 'decimalEnclosedCircleChinese',
  29: 'ideographEnclosedCircle',
  30: 'ideographTraditional',
  31: 'ideographZodiac',
  33: 'taiwaneseCounting',
  35: 'taiwaneseCountingThousand',
  36: 'taiwaneseDigital',
  37: 'chineseCounting',
  38: 'chineseLegalSimplified',
  39: 'chineseCountingThousand',
  40: 'decimal',
  255: 'none',
};

/** A Word 2003 XML file's w:lists: w:listDef as abstract definitions, w:list (w:ilfo) as instances. */
export function readWordml2003Lists(lists: Element | undefined, ns: string): NumberingDefinitions {
  const definitions = emptyNumbering();
  if (!lists) return definitions;
  for (const definition of childrenNamed(lists, ns, 'listDef')) {
    definitions.abstracts.set(valueOf(definition, ns, 'listDefId') ?? '', readLevels(definition, ns, 'nfc'));
  }
  for (const list of childrenNamed(lists, ns, 'list')) {
    definitions.lists.set(valueOf(list, ns, 'ilfo') ?? '', {
      abstract: valueOf(childNamed(list, ns, 'ilst'), ns) ?? '',
      overrides: readOverrides(list, ns, 'nfc'),
    });
  }
  return definitions;
}
