import type { MetaHints } from './draft-meta.ts';

/**
 * What every importer gives back, whatever the format: the report's lines (one paragraph a line,
 * a table row as tab-separated cells), what the file says about itself, and what to check.
 */
export interface Imported {
  lines: string[];
  hints: MetaHints;
  notes: string[];
}
