// npm run targets -- DIR|FILE.txt [--list]: the year's main targets of every report under a folder
// (each REPORT.txt with its REPORT.meta.json beside it, as in the corpus), read as values by the
// pipeline: a summary (reports with targets, items per report, items with an indicator id, by
// indicator and qualifier), and with --list each report's targets, one line each. Writes nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../src/pipeline/build-report.ts';
import type { Target } from '../src/schemas/figures.ts';

const [where, ...flags] = process.argv.slice(2);
if (!where) {
  console.error('usage: npm run targets -- DIR|FILE.txt [--list]');
  process.exit(2);
}

function reportsUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(path, name))
    .filter((file) => statSync(file.replace(/\.txt$/, '.meta.json'), { throwIfNoEntry: false }))
    .sort();
}

/** A target on one line: indicator · name · phrase → qualifier lower..upper unit. */
const line = (target: Target) =>
  `${target.indicator ?? '·'} · ${target.name} · ${target.phrase || '—'} → ${target.qualifier} ` +
  `${target.lower ?? '∅'}..${target.upper ?? '∅'}${target.unit}${target.stretch === undefined ? '' : ` (力争${target.stretch})`} · ${target.paragraph}`;

const files = reportsUnder(where);
let built = 0;
const withTargets: number[] = [];
const none: string[] = [];
const byIndicator = new Map<string, number>();
const byQualifier = new Map<string, number>();
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
for (const file of files) {
  let targets: Target[];
  try {
    const meta: unknown = JSON.parse(readFileSync(file.replace(/\.txt$/, '.meta.json'), 'utf8'));
    targets = buildReport({ source: readFileSync(file), meta, base: '/' }).figures.targets;
  } catch {
    continue; // refused: the build says why (npm run outline)
  }
  built++;
  if (targets.length === 0) none.push(file);
  else withTargets.push(targets.length);
  for (const target of targets) {
    count(byIndicator, target.indicator ?? '(none)');
    count(byQualifier, target.qualifier);
  }
  if (flags.includes('--list')) {
    console.log(`${file} · ${targets.length} targets`);
    for (const target of targets) console.log(`  ${line(target)}`);
  }
}

const items = withTargets.reduce((sum, each) => sum + each, 0);
const identified = items - (byIndicator.get('(none)') ?? 0);
const median = [...withTargets].sort((a, b) => a - b)[withTargets.length >> 1] ?? 0;
const top = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
console.log(
  `${built} reports built (of ${files.length}); ${withTargets.length} with targets, ${none.length} without\n` +
    `${items} targets: ${(items / Math.max(withTargets.length, 1)).toFixed(1)} a report (median ${median}), ` +
    `${identified} (${((identified / Math.max(items, 1)) * 100).toFixed(1)}%) with an indicator id\n` +
    `by qualifier: ${top(byQualifier)}\nby indicator: ${top(byIndicator)}`,
);
if (none.length > 0 && none.length <= 200) console.log(`without targets:\n  ${none.join('\n  ')}`);
