// What 朗读 adds to each page's first load (brotli), against the aim of 1 KB a page before it is
// used: the button, the inline script that offers it and loads the reader, the <template> that
// names the reader's file, and read-aloud.css. The reader itself (src/read-aloud/read-aloud.ts,
// its CSS inside) loads on first use and is printed apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = join(import.meta.dirname, '../../dist');
const AIM = 1024;
const brotli = (text: string | Buffer) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

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
  const cssBytes = files
    .filter((name) => name.endsWith('.css'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .reduce((sum, css) => sum + brotli(css) - brotli(withoutReadAloudCss(css)), 0);
  console.log(
    `read-aloud.css in stylesheet files ${cssBytes} B (brotli); the reader, loaded on first use: ${readerBytes} B`,
  );

  let ok = true;
  console.log(
    '\n| page | HTML added (inline script and styles included) | + CSS files | aim |\n| --- | ---: | ---: | --- |',
  );
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const html = readFileSync(path, 'utf8');
    const added = brotli(html) - brotli(withoutReadAloud(html));
    const total = added + cssBytes;
    ok &&= total <= AIM;
    console.log(`| ${relative(dist, path)} | ${added} B | ${total} B | ${total <= AIM ? '✔' : '✖'} ≤ ${AIM} B |`);
  }
  return ok;
}
