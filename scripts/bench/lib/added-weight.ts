// What one feature adds to each page's first load, measured as the difference between the built
// files and the same files with the feature's markup and CSS taken out (brotli, quality 11).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export const brotli = (text: string | Buffer) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Bytes the feature's rules add to the stylesheets in files (inline ones are in each page). */
export function addedInStylesheets(assets: string, withoutCss: (css: string) => string): number {
  return readdirSync(assets)
    .filter((name) => name.endsWith('.css'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .reduce((sum, css) => sum + brotli(css) - brotli(withoutCss(css)), 0);
}

/** Prints a table of what each page's HTML gains, plus the stylesheets; true when all are within the aim. */
export function printAddedPerPage(dist: string, withoutHtml: (html: string) => string, cssBytes: number, aim: number) {
  let ok = true;
  console.log(
    '\n| page | HTML added (inline script and styles included) | + CSS files | aim |\n| --- | ---: | ---: | --- |',
  );
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const html = readFileSync(path, 'utf8');
    const added = brotli(html) - brotli(withoutHtml(html));
    const total = added + cssBytes;
    ok &&= total <= aim;
    console.log(`| ${relative(dist, path)} | ${added} B | ${total} B | ${total <= aim ? '✔' : '✖'} ≤ ${aim} B |`);
  }
  return ok;
}
