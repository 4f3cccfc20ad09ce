// A report about three times as long as ours, for the benchmark only: generated when the bench
// runs, built into dist.long/, never committed. Our text keeps its structure (every heading where
// it was, so the same parts and sub-parts are recognised), and after each of its paragraphs come
// two new ones, each a different mix of sentences from our report and the genre fixtures
// (test/fixtures/genre/). Repeating our paragraphs verbatim would not do: Pagefind would collapse
// identical records, and the index would not grow as a longer report's does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../../e2e/browser.ts';

/** Extra paragraphs after each paragraph of ours: three times the text in all. */
const EXTRA = 2;

/** A line that is a paragraph of running text (not a heading, not a cover line). */
const isParagraph = (line: string) => line.includes('。') && [...line].length > 40;

/** The sentences of a paragraph, without the markers that would make a new one a sub-part or a list item. */
function sentencesOf(line: string): string[] {
  return (line.match(/[^。！？；]+[。！？；]/g) ?? [])
    .map((sentence) =>
      sentence
        .trim()
        .replace(
          /^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|——|[一二三四五六七八九十]是|第[一二三四五六七八九十]+，)/,
          '',
        ),
    )
    .filter((sentence) => [...sentence].length >= 8 && !sentence.startsWith('各位代表'))
    .map((sentence) => sentence.replace(/[；！？]$/, '。'));
}

/** A small deterministic generator, so that every bench run builds the same long report. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

/** The long report's text, from our report and the fixtures. */
export function longReportText(): string {
  const ours = readFileSync(join(root, 'content/report.txt'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const fixtures = readdirSync(join(root, 'test/fixtures/genre')).flatMap((name) => {
    const file = join(root, 'test/fixtures/genre', name, 'report.txt');
    return existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : [];
  });
  const pool = [...ours, ...fixtures].filter(isParagraph).flatMap(sentencesOf);
  const next = random(2022);
  const out: string[] = [];
  let seenHeading = false;
  for (const line of ours) {
    out.push(line);
    if (!isParagraph(line)) {
      if (line.trim() !== '' && !line.includes('：')) seenHeading = true;
      continue;
    }
    if (!seenHeading) continue; // the opening address stays as it is
    const length = [...line].length;
    for (let i = 0; i < EXTRA; i++) {
      let paragraph = '';
      while ([...paragraph].length < length) paragraph += pool[Math.floor(next() * pool.length)];
      out.push(paragraph);
    }
  }
  return `${out.join('\n')}\n`;
}

let built: string | undefined;

/**
 * Builds the long report into dist.long/ (once per bench run) and returns the folder. Afterwards
 * content/sections/ is generated again from our report, as dist/ was built.
 */
export function buildLongSite(): string {
  if (built) return built;
  const folder = join(root, 'dist.long');
  const source = join(mkdtempSync(join(tmpdir(), 'long-report-')), 'report.txt');
  writeFileSync(source, longReportText());
  const run = (script: string, env: Record<string, string>) => {
    const result = spawnSync(process.execPath, [script], {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
  };
  console.log(`building the long report (${source}) into dist.long/ …`);
  const log = run('scripts/build-site.ts', {
    SITE_OUT_DIR: 'dist.long',
    REPORT_SOURCE: source,
    REPORT_META: join(root, 'content/report.meta.json'),
  });
  console.log(
    log
      .trim()
      .split('\n')
      .filter((line) => /^(content|pagefind):/.test(line))
      .join('; '),
  );
  run('scripts/build-content.ts', {});
  built = folder;
  return folder;
}
