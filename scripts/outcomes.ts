// npm run outcomes -- DIR [--from YEAR] [--to YEAR] [--list]: what became of the targets of every
// report under a folder laid out as a collection (<level>/<place>/<year>.txt with .meta.json; a
// place's folder works too): for each target with an indicator of year t, the outcome the same
// place's report of t+1 states in its review, and the status. Prints a summary; with --list, each
// pair with the review's sentences that name the indicator with a number, for reading by hand.
// Writes nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, type BuildOutput } from '../src/pipeline/build-report.ts';
import { INDICATORS } from '../src/pipeline/indicators.ts';
import { findOutcome, reviewParagraphs, reviewStatements } from '../src/pipeline/outcomes.ts';
import { targetStatus } from '../src/pipeline/target-status.ts';
import type { PlaceLevel } from '../src/schemas/report-meta.ts';

const [where, ...flags] = process.argv.slice(2);
if (!where) {
  console.error('usage: npm run outcomes -- DIR [--from YEAR] [--to YEAR] [--list]');
  process.exit(2);
}
const option = (name: string) => {
  const at = flags.indexOf(name);
  return at >= 0 ? Number(flags[at + 1]) : undefined;
};
const from = option('--from') ?? 0;
const to = option('--to') ?? 9999;
const list = flags.includes('--list');

/** Every place folder under a folder: those holding YEAR.txt files. */
function placeFolders(dir: string): string[] {
  const entries = readdirSync(dir);
  if (entries.some((name) => /^\d{4}\.txt$/.test(name))) return [dir];
  return entries
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .flatMap((name) => placeFolders(join(dir, name)));
}

const LEVELS = new Set(['national', 'province', 'city', 'district']);
const load = (folder: string, year: number): BuildOutput | undefined => {
  const file = join(folder, `${year}.txt`);
  try {
    const meta: unknown = JSON.parse(readFileSync(file.replace(/\.txt$/, '.meta.json'), 'utf8'));
    return buildReport({ source: readFileSync(file), meta, base: '/' });
  } catch {
    return undefined; // missing or refused (npm run check-reports says why)
  }
};

const counts = { pairs: 0, outcomes: 0, none: 0, met: 0, missed: 0, 'not-comparable': 0 };
for (const folder of placeFolders(where)) {
  const parts = folder.split('/');
  const level = (parts.find((part) => LEVELS.has(part)) ?? 'city') as PlaceLevel;
  const years = readdirSync(folder)
    .map((name) => /^(\d{4})\.txt$/.exec(name)?.[1])
    .filter((year): year is string => year !== undefined)
    .map(Number)
    .filter((year) => year >= from && year <= to)
    .sort((a, b) => a - b);
  let previous: { year: number; built: BuildOutput | undefined } | undefined;
  for (const year of years) {
    const report = previous?.year === year ? previous.built : load(folder, year);
    const next = load(folder, year + 1);
    previous = { year: year + 1, built: next };
    if (!report || !next) continue;
    const stopAt = next.figures.targets[0]?.paragraph;
    const statements = reviewStatements(next.report, { level, stopAt });
    const paragraphs = list ? reviewParagraphs(next.report, stopAt) : [];
    if (list) console.log(`\n## ${folder} ${year} → ${year + 1}`);
    for (const target of report.figures.targets) {
      if (target.indicator === null) continue;
      counts.pairs++;
      const found = findOutcome(target, statements);
      const outcome = 'outcome' in found ? found.outcome : null;
      if (outcome) counts.outcomes++;
      else counts.none++;
      const { status } = targetStatus(target, outcome);
      counts[status]++;
      if (!list) continue;
      const said = outcome
        ? `${outcome.phrase} [${outcome.flags.join(',')}] «${outcome.text}» ${outcome.paragraph}`
        : `— ${'text' in found ? found.text : ''}`;
      console.log(`  ${target.indicator} · ${target.phrase || target.name} ⇒ ${said} · ${status}`);
      const names = INDICATORS.find((indicator) => indicator.id === target.indicator)!.names;
      const sentences = paragraphs.flatMap((paragraph) =>
        paragraph.text
          .split(/(?<=[。；])/)
          .filter((sentence) => names.test(sentence) && /\d/.test(sentence))
          .map((sentence) => `${paragraph.id}: ${sentence.slice(0, 120)}`),
      );
      for (const sentence of sentences.slice(0, 3)) console.log(`      ~ ${sentence}`);
    }
  }
}
const share = (part: number) => `${((part / Math.max(counts.pairs, 1)) * 100).toFixed(1)}%`;
console.log(
  `${counts.pairs} targets with an indicator whose place has the next year's report: ` +
    `${counts.outcomes} (${share(counts.outcomes)}) with an outcome, ${counts.none} none stated; ` +
    `met ${counts.met}, missed ${counts.missed}, not comparable ${counts['not-comparable']}`,
);
