// What 朗读 adds to each page's first load (brotli), against the aim of 1 KB a page before it is
// used: the button, the inline script that offers it and loads the reader, the <template> that
// names the reader's file, and read-aloud.css. The reader itself (src/read-aloud/read-aloud.ts,
// its CSS inside) loads on first use and is printed apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addedInStylesheets, brotli, printAddedPerPage } from './lib/added-weight.ts';

const dist = join(import.meta.dirname, '../../dist');
const AIM = 1024;

/** read-aloud.css's rules taken out of a (minified) stylesheet, inline or not. */
function withoutReadAloudCss(css: string): string {
  return css
    .replace(/@media print\{\.read-aloud\{[^{}]*\}\}/g, '')
    .replace(/(?<=^|\}|>)[^{}@<>]*(\.read-aloud|\.can-read-aloud)[^{}]*\{[^{}]*\}/g, '');
}

/** The page as it would be without 朗读. */
function withoutReadAloud(html: string): string {
  return withoutReadAloudCss(
    html
      .replace(/<div class="read-aloud">.*?<\/div>/s, '')
      .replace(/<template id="read-aloud">.*?<\/template><script type="module">.*?<\/script>/s, ''),
  );
}

export async function run(): Promise<boolean> {
  const assets = join(dist, '_astro');
  const files = readdirSync(assets);
  const reader = files.filter((name) => name.startsWith('ReadAloudModule') && name.endsWith('.js'));
  const readerBytes = reader.reduce((sum, name) => sum + brotli(readFileSync(join(assets, name))), 0);
  const cssBytes = addedInStylesheets(assets, withoutReadAloudCss);
  console.log(
    `read-aloud.css in stylesheet files ${cssBytes} B (brotli); the reader, loaded on first use: ${readerBytes} B`,
  );

  const ok = printAddedPerPage(dist, withoutReadAloud, cssBytes, AIM);
  return ok;
}
