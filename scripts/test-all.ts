// npm test: every check, in the order a change can break them, each stage timed.
// The site is built here (nothing built is committed), then tested in a real browser.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

// Three stages of browser tests. Files that build a site of their own (another base path,
// another text) write content/sections/ and Astro's cache while they run: they come last, one at
// a time. Files that time the layout (a deep link settling, layout shift) run one at a time
// before them, so that no other file's page loads share the two cores with their measurements.
// The rest only read the built dist/ and run two at a time (about 115 s instead of 170 s).
const browserTests = readdirSync('e2e')
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `e2e/${file}`);
const buildsItsOwnSite = (file: string) =>
  /useSeparateBuild|build-site\.ts|build-collection\.ts/.test(readFileSync(file, 'utf8'));
const timesTheLayout = (file: string) => /trackLayoutShift|topAfterSettling/.test(readFileSync(file, 'utf8'));
const readOnly = browserTests.filter((file) => !buildsItsOwnSite(file));
// A test that hangs fails after two minutes instead of holding CI until its limit.
const nodeTest = (concurrency: number, files: string[]) => [
  'node',
  '--test',
  `--test-concurrency=${concurrency}`,
  '--test-timeout=120000',
  ...files,
];

// The collection's browser tests (e2e/collection.test.ts) read a fixture collection built once here.
const FIXTURE_COLLECTION = {
  COLLECTION: 'test/fixtures/collection',
  SITE_OUT_DIR: 'dist.collection',
  COLLECTION_SITE_DIR: 'content/collection-site.test',
};

const STAGES: [name: string, command: string[], env?: Record<string, string>][] = [
  ['content', ['node', 'scripts/build-content.ts']],
  ['format', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['types', ['astro', 'check', '--minimumSeverity', 'warning']],
  ['unit', ['vitest', 'run']],
  ['build', ['node', 'scripts/build-site.ts']],
  ['collection', ['node', 'scripts/build-collection.ts'], FIXTURE_COLLECTION],
  [
    'browser',
    nodeTest(
      2,
      readOnly.filter((file) => !timesTheLayout(file)),
    ),
  ],
  ['steady', nodeTest(1, readOnly.filter(timesTheLayout))],
  ['builds', nodeTest(1, browserTests.filter(buildsItsOwnSite))],
];

const only = process.argv.slice(2);
const timings: string[] = [];
const started = performance.now();
for (const [name, [command, ...args], env] of STAGES) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const start = performance.now();
  const run = spawnSync(command!, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  timings.push(`${name.padEnd(8)} ${seconds.padStart(6)} s ${run.status === 0 ? 'ok' : 'FAILED'}`);
  if (run.status !== 0) {
    console.error(`\n${timings.join('\n')}\n\n✖ ${name} failed (exit ${run.status ?? run.signal}).`);
    process.exit(1);
  }
}
console.log(`\n${timings.join('\n')}\ntotal    ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
