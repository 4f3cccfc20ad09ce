// Gathers the posting lists of the whole collection in flat typed arrays, not one JavaScript array
// per term: for the corpus that is 65 million postings over 640,000 terms, and arrays of numbers
// cost 8 bytes a posting before their growth, Sets and Maps of them several times the time.
import type { Variants } from '../match-rule.ts';
import { TermKeyReader } from './term-keys.ts';

/** A growable array of 32-bit numbers. */
class Int32List {
  values = new Int32Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/**
 * Term keys (non-negative 31-bit numbers) → term numbers, by open addressing, each key beside its
 * number: one cache miss a look-up, which is what a look-up costs here.
 */
class TermTable {
  /** [key, number] pairs; key −1 for an empty slot. */
  private slots = new Int32Array(2 << 16).fill(-1);
  /** 32 − log2 of the slots: Fibonacci hashing keeps the product's high bits, which mix all the key's. */
  private shift = 16;
  size = 0;

  /** The key's term number, a new one if it has none. */
  numberOf(key: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const found = slots[slot * 2]!;
      if (found === key) return slots[slot * 2 + 1]!;
      if (found === -1) {
        slots[slot * 2] = key;
        slots[slot * 2 + 1] = this.size;
        if (++this.size * 4 > slots.length) this.grow();
        return this.size - 1;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.shift--;
    const mask = (this.slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] === -1) continue;
      let slot = Math.imul(old[at]!, 0x9e3779b1) >>> this.shift;
      while (this.slots[slot * 2] !== -1) slot = (slot + 1) & mask;
      this.slots[slot * 2] = old[at]!;
      this.slots[slot * 2 + 1] = old[at + 1]!;
    }
  }
}

/** Every term's postings: the ids of the blocks that hold it, ascending. */
export interface Postings {
  /** The terms, in the order they were first met (the kept ones). */
  terms: string[];
  /** Term i's ids are ids[starts[i]] … ids[starts[i + 1] − 1]. */
  starts: Uint32Array;
  ids: Uint32Array;
}

export class PostingsCollector {
  private readonly table = new TermTable();
  private readonly keys = new Int32List();
  /** Each term's last block, to count a term once a block. */
  private lastBlock = new Int32Array(1 << 16).fill(-1);
  private readonly pairTerms = new Int32List();
  private readonly pairIds = new Int32List();
  private lastId = -1;
  private readonly reader: TermKeyReader;
  private readonly keep: ((term: string) => boolean) | undefined;
  /** Each term: 1 kept, 0 not (a group of shards at a time: index-collection.ts). */
  private kept = new Uint8Array(1 << 16);

  /**
   * With the table the texts are folded with (variant-table.ts), as the queries are, and which
   * terms to gather (all by default).
   */
  constructor(variants?: Variants, keep?: (term: string) => boolean) {
    this.reader = new TermKeyReader(variants);
    this.keep = keep;
  }

  /** Adds a block's text; ids must come in ascending order. */
  add(id: number, text: string): void {
    if (id <= this.lastId) throw new Error(`search index: block ${id} added after block ${this.lastId}`);
    this.lastId = id;
    const count = this.reader.read(text);
    const keys = this.reader.keys;
    for (let at = 0; at < count; at++) {
      const key = keys[at]!;
      const term = this.table.numberOf(key);
      if (term === this.keys.length) {
        this.keys.push(key);
        if (term === this.lastBlock.length) {
          const grown = new Int32Array(term * 2).fill(-1);
          grown.set(this.lastBlock);
          this.lastBlock = grown;
          const kept = new Uint8Array(term * 2);
          kept.set(this.kept);
          this.kept = kept;
        }
        this.kept[term] = !this.keep || this.keep(this.reader.termOf(key)) ? 1 : 0;
      }
      if (this.lastBlock[term] === id || this.kept[term] === 0) continue;
      this.lastBlock[term] = id;
      this.pairTerms.push(term);
      this.pairIds.push(id);
    }
  }

  get postingCount(): number {
    return this.pairIds.length;
  }

  /** The lists of the kept terms, sorted by term in one counting pass: each term's ids stay in the order added. */
  finish(): Postings {
    const termCount = this.keys.length;
    // Kept terms get consecutive numbers; the others none.
    const numbers = new Int32Array(termCount).fill(-1);
    const terms: string[] = [];
    for (let term = 0; term < termCount; term++) {
      if (this.kept[term] === 0) continue;
      numbers[term] = terms.length;
      terms.push(this.reader.termOf(this.keys.values[term]!));
    }
    const starts = new Uint32Array(terms.length + 1);
    const pairTerms = this.pairTerms.values;
    const length = this.pairTerms.length;
    for (let at = 0; at < length; at++) starts[numbers[pairTerms[at]!]! + 1]!++;
    for (let term = 0; term < terms.length; term++) starts[term + 1]! += starts[term]!;
    const next = starts.slice(0, terms.length);
    const ids = new Uint32Array(length);
    const added = this.pairIds.values;
    for (let at = 0; at < length; at++) ids[next[numbers[pairTerms[at]!]!]!++] = added[at]!;
    return { terms, starts, ids };
  }
}
