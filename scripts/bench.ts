// npm run bench: prints the site's budgets and figures. A script, not a test: each module in
// scripts/bench/ measures one thing against the built dist/ and prints a table.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
let failed = false;
for (const file of readdirSync(dir)
  .filter((name) => name.endsWith('.ts'))
  .sort()) {
  const name = file.replace(/\.ts$/, '');
  if (only.length > 0 && !only.includes(name)) continue;
  const module = (await import(join(dir, file))) as { run(): Promise<boolean> };
  console.log(`\n## ${name}`);
  if (!(await module.run())) failed = true;
}
if (failed) {
  console.log('\nSome budgets are not met (see ✖ above).');
  process.exitCode = 1;
}
