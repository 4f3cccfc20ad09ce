// Terms as small numbers while the index is built. Each character met gets a number of its own
// (0, 1, 2, … in the order met); a character is its number n, a pair n1n2 is 2^15 + n1 × 2^15 + n2,
// and three printable ASCII characters (inside a figure such as 757.5, or RCEP) are 2^30 + 2^15 + …,
// all below 2^31: V8 keeps such numbers unboxed, and its Sets and Maps of them are several times
// faster than of strings or of larger numbers. The build makes some 65 million of them for the
// corpus. Shard files and the browser use the terms' strings (index-terms.ts).
import { fold, type Variants } from '../match-rule.ts';

const CHARACTERS = 2 ** 15;
const PAIRS = CHARACTERS;
const TRIPLES = 2 ** 30 + 2 ** 15;

/** White space as JavaScript's \s knows it: never inside a query's part. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether a character may be one of three that make a term: printable ASCII. */
export const isTripleCharacter = (code: number) => code > 0x20 && code < 0x7f;

/**
 * Reads texts into term keys: every character, every adjacent pair and every run of three
 * printable ASCII characters of the text folded as match-rule.ts folds it (with `variants`),
 * white space excepted. It folds as it goes, a code point at a time from a table: the same as
 * fold(), several times faster on Chinese text.
 */
export class TermKeyReader {
  /** A code point's folded form, as character numbers; -1 for white space. */
  private readonly folded = new Map<number, number[]>();
  /** Character number → code point. */
  private readonly codes: number[] = [];
  private readonly numbers = new Int32Array(0x110000).fill(-1);
  private readonly variants: Variants | undefined;

  constructor(variants?: Variants) {
    this.variants = variants;
  }

  private numberOf(code: number): number {
    if (isSpace(code)) return -1;
    let number = this.numbers[code]!;
    if (number === -1) {
      number = this.codes.length;
      if (number >= CHARACTERS) throw new Error(`search index: more than ${CHARACTERS} different characters`);
      this.codes.push(code);
      this.numbers[code] = number;
    }
    return number;
  }

  private foldedNumbers(code: number): number[] {
    let numbers = this.folded.get(code);
    if (!numbers) {
      numbers = [...fold(String.fromCodePoint(code), this.variants)].map((one) => this.numberOf(one.codePointAt(0)!));
      this.folded.set(code, numbers);
    }
    return numbers;
  }

  /** Keys of the last text read, repeats included: `keys[0 … count − 1]`. */
  keys = new Int32Array(4096);

  /** Reads a text's term keys into `keys` (a key may come more than once); returns their count. */
  read(text: string): number {
    // A code unit folds to at most two characters, each giving at most three keys.
    if (this.keys.length < text.length * 6) this.keys = new Int32Array(text.length * 6);
    const keys = this.keys;
    let count = 0;
    let previous = -1;
    let beforePrevious = -1;
    let previousCode = 0;
    let beforePreviousCode = 0;
    for (let at = 0; at < text.length; at++) {
      let code = text.charCodeAt(at);
      if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
        const low = text.charCodeAt(at + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          at++;
        }
      }
      const numbers = this.foldedNumbers(code);
      for (const number of numbers) {
        if (number === -1) {
          previous = beforePrevious = -1;
          continue;
        }
        const folded = this.codes[number]!;
        keys[count++] = number;
        if (previous !== -1) keys[count++] = PAIRS + previous * CHARACTERS + number;
        if (
          beforePrevious !== -1 &&
          isTripleCharacter(folded) &&
          isTripleCharacter(previousCode) &&
          isTripleCharacter(beforePreviousCode)
        ) {
          keys[count++] = TRIPLES + beforePreviousCode * 0x4000 + previousCode * 0x80 + folded;
        }
        beforePrevious = previous;
        beforePreviousCode = previousCode;
        previous = number;
        previousCode = folded;
      }
    }
    return count;
  }

  /** The term a key stands for. */
  termOf(key: number): string {
    if (key >= TRIPLES) {
      const triple = key - TRIPLES;
      return String.fromCharCode(Math.floor(triple / 0x4000), Math.floor(triple / 0x80) % 0x80, triple % 0x80);
    }
    if (key < PAIRS) return String.fromCodePoint(this.codes[key]!);
    const pair = key - PAIRS;
    return String.fromCodePoint(this.codes[Math.floor(pair / CHARACTERS)]!, this.codes[pair % CHARACTERS]!);
  }
}
