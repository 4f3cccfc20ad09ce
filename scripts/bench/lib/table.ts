/** Prints a table to the console: the first column left-aligned, the figures right-aligned. */
export function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  for (const row of [head, ...rows]) console.log(line(row));
}
