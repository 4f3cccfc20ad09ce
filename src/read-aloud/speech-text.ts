// What 朗读 says and in what pieces: pure functions, no DOM. The browser side
// (src/read-aloud/read-aloud.ts) hands over a block's text as parts (a run-in head and the rest of
// a paragraph, the cells of a table row, a heading's text) and speaks the pieces returned here one
// utterance at a time, marking the sentence each belongs to.

/** A run of a block's shown text that no sentence crosses, such as a run-in head or a table cell. */
export interface SpeechPart {
  text: string;
  /** Said before the part's first piece and not shown (a table cell's column label). */
  label?: string | undefined;
}

/** One utterance: a sentence, or a clause of a long one. Offsets are in its part's text. */
export interface Piece {
  part: number;
  start: number;
  end: number;
  /** The sentence the piece belongs to, marked on the page while any piece of it is spoken. */
  sentence: [start: number, end: number];
  /** The words to speak. */
  text: string;
}

// A sentence ends at 。！？； (and their ASCII twins, and ……), taking the closing quotes and
// brackets after it.
const SENTENCE = /[^。！？；!?;…]*(?:[。！？；!?;]+|…+|$)[”’」』）)】》〉]*/gu;

/**
 * Chrome stops a network voice after about 15 seconds of one utterance, silently
 * (https://issues.chromium.org/issues/40747712): a Chinese voice says 4 to 5 characters a second,
 * so a sentence longer than this is spoken in clauses, cut after a comma, colon or 、.
 */
export const MAX_PIECE = 60;
const CLAUSE_END = /[，、：:,]/u;

/** The [start, end) of each sentence of a text, white space around each left out. */
export function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(SENTENCE)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) ranges.push([start, end]);
  }
  return ranges;
}

/** A sentence's [start, end) cut into clauses of at most MAX_PIECE characters where it can be. */
function clauseRanges(text: string, start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  while (end - start > MAX_PIECE) {
    let cut = -1;
    for (let i = start + MAX_PIECE - 1; i > start + 8; i--) {
      if (CLAUSE_END.test(text[i]!)) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) break;
    ranges.push([start, cut]);
    start = cut;
  }
  ranges.push([start, end]);
  return ranges;
}

const NUMERAL = '[一二三四五六七八九十]+|[0-9]+';

const DIGITS = '〇一二三四五六七八九';

/**
 * The words a Chinese voice should say for a run of the report's text. Voices read Arabic
 * numerals as Chinese numbers (757.5亿元 as 七百五十七点五亿元), but not all of them read years,
 * %, ranges or enumeration marks as a listener expects: eSpeak NG's Mandarin (speech-dispatcher's
 * voice on Linux) says 6% as 六 "percent", in English, 2022年 as 二千零二十二年, 1-2个 as 一二个,
 * and 51,150 as 五十一千…; so those are written out.
 */
export function spokenText(text: string): string {
  return (
    text
      // An enumeration mark opening the text: （一） and (1) as 一、 and 1、, a leading —— dropped.
      .replace(new RegExp(`^\\s*[（(](${NUMERAL})[）)]\\s*`, 'u'), '$1、')
      .replace(/^\s*[—–-]{2,}\s*/u, '')
      // 1,234 → 1234: digit groups are no pause.
      .replace(/(\d),(?=\d{3}(?!\d))/gu, '$1')
      // 2-3个, 1—11月, 6%～8%: a range, 至.
      .replace(/(\d[%％‰]?)\s*(?:[-–—~～]+|－)\s*(?=\d)/gu, '$1至')
      // 6% → 百分之6, 3‰ → 千分之3 (said 百分之六, not 六百分号).
      .replace(/(\d+(?:\.\d+)?)\s*[%％]/gu, '百分之$1')
      .replace(/(\d+(?:\.\d+)?)\s*‰/gu, '千分之$1')
      // 2022年, 2021至2025年: a year (19xx, 20xx) is said digit by digit, 二〇二二年.
      .replace(/(?<!\d)(?:19|20)\d{2}(?=(?:至\d{4})?年)/gu, (year) =>
        [...year].map((digit) => DIGITS[Number(digit)]).join(''),
      )
      // A dash inside a sentence and the middle dot between names are pauses, not words.
      .replace(/——|—/gu, '，')
      .replace(/[·•・]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** Every piece to speak for a block given as parts, in reading order. */
export function pieces(parts: SpeechPart[]): Piece[] {
  const result: Piece[] = [];
  parts.forEach((part, index) => {
    let first = true;
    for (const sentence of sentenceRanges(part.text)) {
      for (const [start, end] of clauseRanges(part.text, ...sentence)) {
        const words = spokenText(part.text.slice(start, end));
        if (!words) continue;
        const label = first && part.label ? `${part.label}：` : '';
        result.push({ part: index, start, end, sentence, text: label + words });
        first = false;
      }
    }
  });
  return result;
}

/** What a voice offers that matters here (SpeechSynthesisVoice has these). */
export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
  default?: boolean;
}

/** Voices that speak Chinese: zh-CN, zh_CN (Android), zh, cmn-Hans-CN, zh-TW, zh-HK… */
export const CHINESE = /^(zh|cmn)([-_]|$)/i;

/** How well a voice suits a report from the mainland: Mandarin in simplified Chinese first. */
function rank(voice: VoiceLike): number {
  const lang = voice.lang.replace('_', '-').toLowerCase();
  if (!CHINESE.test(lang)) return -1;
  let score = 0;
  if (/^(zh-cn|zh-hans|cmn-hans|cmn-cn)/.test(lang)) score = 4;
  else if (lang === 'zh' || lang === 'cmn') score = 3;
  else if (/^(zh-tw|zh-hant|cmn)/.test(lang)) score = 2;
  else score = 1; // zh-HK and others: Cantonese, still Chinese.
  // A voice on the device keeps speaking offline and has no 15-second limit.
  return score * 4 + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
}

/** The voice to read with, or none when the browser has no Chinese voice. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  let best: V | undefined;
  for (const voice of voices) if (rank(voice) >= 0 && (!best || rank(voice) > rank(best))) best = voice;
  return best;
}

/** The speeds offered: 慢, 中, 快 (a SpeechSynthesisUtterance's rate). */
export const RATES = { 慢: 0.75, 中: 1, 快: 1.35 } as const;
export type Speed = keyof typeof RATES;
export const isSpeed = (value: unknown): value is Speed => typeof value === 'string' && value in RATES;
