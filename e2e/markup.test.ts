// The report's text is data: a report full of HTML, JSX, Markdown and entities, built as a site,
// shows every character as written, and search finds it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Report } from '../src/schemas/report.ts';
import { launchBrowser, root, serveDist } from './browser.ts';

const outDir = join(root, 'dist.markup');
const fixture = join(root, 'test/fixtures/markup/report.txt');
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let report: Report;

function run(script: string, env: Record<string, string>): void {
  const result = spawnSync(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `${script} failed:\n${result.stdout}\n${result.stderr}`);
}

before(async () => {
  run('scripts/build-site.ts', { REPORT_SOURCE: fixture, SITE_OUT_DIR: 'dist.markup' });
  report = JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8'));
  server = await serveDist(process.env.BASE_PATH ?? '/', outDir);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
  // The build wrote content/sections/ from the fixture: put back the report's.
  run('scripts/build-content.ts', {});
});

it('shows every line of a report full of markup exactly as written', async () => {
  const lines = readFileSync(fixture, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const blocks = report.sections.flatMap((section) => section.blocks);
  assert.deepEqual(
    blocks.map((block) => block.text),
    lines,
  );
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const section of report.sections) {
    await page.goto(`${server.origin}${section.url}`);
    for (const block of section.blocks) {
      const shown = await page.$eval(`[id="${block.id}"]`, (element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.pnum, [data-pagefind-ignore]').forEach((node) => node.remove());
        return copy.textContent;
      });
      assert.equal(shown, block.text, `${block.url} (line ${block.line})`);
    }
    // Nothing in the text became an element: only the pipeline's own markup is there.
    assert.equal(
      await page
        .locator(
          ['b', 'img', 'br', 'code', 'em', 'blockquote', 'ul', 'ol', 'script']
            .map((tag) => `.report-text ${tag}`)
            .join(', '),
        )
        .count(),
      0,
    );
  }
  assert.deepEqual(dialogs, [], 'no script from the text ran');
  await page.close();
});

it('finds markup characters with search, as text', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${server.base}search/?q=${encodeURIComponent('<script>')}`);
  const result = page.locator('main a[href*="#p2"]');
  await result.waitFor();
  assert.match((await result.textContent()) ?? '', /<script>alert\(1\)<\/script>/);
  await page.close();
});
