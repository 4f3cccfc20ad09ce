// The report's text is data: a report full of HTML, JSX, Markdown and entities, built as a site,
// shows every character as written (a heading's second line and the notes too), and search finds it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { root, useSeparateBuild } from './browser.ts';

const fixture = join(root, 'test/fixtures/markup/report.txt');
const built = useSeparateBuild('markup', { REPORT_SOURCE: fixture });

it('shows every line of a report full of markup exactly as written', async () => {
  const lines = readFileSync(fixture, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const blocks = built.report.sections.flatMap((section) => section.blocks);
  assert.deepEqual(
    blocks.map((block) => block.text),
    lines,
  );
  const page = await built.browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const section of built.report.sections) {
    await page.goto(`${built.server.origin}${section.url}`);
    for (const block of section.blocks) {
      const shown = await page.$eval(`[id="${block.id}"]`, (element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        // A heading's later lines are blocks of their own, inside it.
        copy.querySelectorAll('.pnum, [data-pagefind-ignore], .heading-line').forEach((node) => node.remove());
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
  const page = await built.browser.newPage();
  await page.goto(`${built.server.origin}${built.server.base}search/?q=${encodeURIComponent('<script>')}`);
  const result = page.locator('main a[href*="#p2"]');
  await result.waitFor();
  assert.match((await result.textContent()) ?? '', /<script>alert\(1\)<\/script>/);
  await page.close();
});
