// What sharing adds to each page's first load (brotli), against the aim of 2 KB a page: the head's
// meta tags and JSON-LD, the heading anchors, the inline script that loads the copy tools, and
// their CSS. And the share images,
// which pages do not load themselves (only link previews fetch og:image).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addedInStylesheets, brotli, printAddedPerPage } from './lib/added-weight.ts';

const dist = join(import.meta.dirname, '../../dist');
const AIM = 2048;

/** share.css's rules taken out of a (minified) stylesheet, inline or not. */
function withoutShareCss(css: string): string {
  return css
    .replace(/@media \(prefers-reduced-motion:no-preference\)\{[^{}]*\{[^{}]*share-flash[^{}]*\}\}/g, '')
    .replace(/@keyframes share-flash\{[^{}]*\{[^{}]*\}\}/g, '')
    .replace(/(?<=^|\})[^{}@]*(\.heading|\.hlink|\.share-)[^{}]*\{[^{}]*\}/g, '');
}

/** The page as it would be without sharing: the same HTML less what HeadMeta, Heading and share.css add. */
function withoutSharing(html: string): string {
  return withoutShareCss(
    html
      .replace(/<link rel="canonical"[^>]*>|<meta (property="og:|name="twitter:|name="robots")[^>]*>/g, '')
      .replace(/<script type="application\/ld\+json">.*?<\/script>/s, '')
      .replace(/<template id="share-tools">.*?<\/template><script type="module">.*?<\/script>/s, '')
      .replace(/<div class="heading heading-l\d">/g, '')
      .replace(/<a class="hlink"[^>]*><\/a><\/div>/g, ''),
  );
}

export async function run(): Promise<boolean> {
  const assets = join(dist, '_astro');
  const files = readdirSync(assets);
  // The tools' module is fetched only when a reader reaches for them: not part of a first load.
  const tools = files.filter((name) => name.startsWith('ShareToolsModule') && name.endsWith('.js'));
  const toolsBytes = tools.reduce((sum, name) => sum + brotli(readFileSync(join(assets, name))), 0);
  const cssBytes = addedInStylesheets(assets, withoutShareCss);
  console.log(
    `share.css in stylesheet files ${cssBytes} B (brotli); the tools' module, loaded on first use: ${toolsBytes} B`,
  );

  const ok = printAddedPerPage(dist, withoutSharing, cssBytes, AIM);

  console.log('\n| share image | bytes |\n| --- | ---: |');
  for (const name of readdirSync(join(dist, 'og')).sort()) {
    console.log(`| og/${name} | ${statSync(join(dist, 'og', name)).size} |`);
  }
  return ok;
}
