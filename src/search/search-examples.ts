import type { Report } from '../schemas/report.ts';

/**
 * Words to suggest in the search box, from the report itself: its most used quoted terms
 * (“无证明城市”), which are what readers come looking for. Ties keep the text's order.
 */
export function searchExamples(report: Report, count = 3): string[] {
  const uses = new Map<string, number>();
  for (const block of report.sections.flatMap((section) => section.blocks)) {
    for (const [, term] of block.text.matchAll(/“([^”“]{2,6})”/g)) uses.set(term!, (uses.get(term!) ?? 0) + 1);
  }
  return [...uses]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([term]) => term);
}
