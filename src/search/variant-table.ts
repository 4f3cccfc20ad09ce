// The Traditional → Simplified table that search folds queries with (see match-rule.ts), made at
// build time from OpenCC's dictionaries and the report's own characters: only the characters whose
// Simplified form occurs in the report, so the browser gets a few kilobytes, not a dictionary.
// Pure: the dictionaries come in as data (scripts/build-content.ts reads them from opencc-js).

/** An OpenCC dictionary as opencc-js ships it: `雙 双|減 减 …`, or [from, to] pairs. */
export type Dictionary = string | readonly (readonly [string, string])[];

/**
 * The one-character entries of a dictionary, each with its first candidate (OpenCC's choice);
 * phrase entries are left out.
 */
export function characterEntries(dictionary: Dictionary): Map<string, string> {
  const pairs =
    typeof dictionary === 'string'
      ? dictionary.split('|').map((entry) => entry.split(' ') as [string, string])
      : dictionary;
  const entries = new Map<string, string>();
  for (const [from, to] of pairs) {
    const target = to?.split(' ')[0];
    if (target && [...from].length === 1 && [...target].length === 1) entries.set(from, target);
  }
  return entries;
}

/**
 * A character that occurs in the text this many times less often than its Simplified form is a
 * stray (環 once in a corpus of 47 million characters, 环 tens of thousands of times), not a
 * character the texts use (著 in 显著, which 着 does not replace).
 */
const STRAY = 100;

/**
 * Pairs of characters run together (雙双減减…), for match-rule.ts's parseVariants: every
 * character that a chain of dictionaries (applied in order, such as Taiwan's variants and then
 * Traditional → Simplified) turns into a character of the text, where it does not occur in the
 * text itself and keeps its length (one UTF-16 unit stays one). The first chain that maps a character
 * decides; pairs are sorted, so the same report gives the same table.
 *
 * Given each character's count instead of a text (a collection's), a character that occurs may be
 * mapped too, when it occurs at most 1/100 as often as its Simplified form: the collection's
 * search folds its texts with the table as well as the queries, so those few texts are found by
 * either form.
 */
export function variantTable(
  text: string | ReadonlyMap<string, number>,
  chains: readonly (readonly Dictionary[])[],
): string {
  const counts = typeof text === 'string' ? undefined : text;
  const present = counts ? new Set(counts.keys()) : new Set(text as string);
  const used = (from: string, to: string) =>
    counts ? (counts.get(from) ?? 0) * STRAY > (counts.get(to) ?? 0) : present.has(from);
  const table = new Map<string, string>();
  for (const chain of chains) {
    const steps = chain.map(characterEntries);
    for (const from of new Set(steps.flatMap((step) => [...step.keys()]))) {
      if (table.has(from)) continue;
      const to = steps.reduce((character, step) => step.get(character) ?? character, from);
      if (to !== from && present.has(to) && to.length === from.length && !used(from, to)) table.set(from, to);
    }
  }
  return [...table]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, to]) => from + to)
    .join('');
}
