// What 长者模式 and the forgiving search add to a page's first load before they are used, brotli,
// in context: each page's HTML (it carries the page's CSS and scripts inline) against the same
// HTML with the feature's parts taken out. Budget: under 1 KB each. Also what they load on use.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Report } from '../../src/schemas/report.ts';
import { printTable } from './lib/table.ts';

const dist = join(import.meta.dirname, '../../dist');
const BUDGET = 1024;

const brotli = (data: Buffer | string) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Where the block that opens at `open` (a `{`) closes, one past its `}`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    if (text[at] === '{') depth++;
    else if (text[at] === '}' && --depth === 0) return at + 1;
  }
  throw new Error('unbalanced braces');
}

/** Splits a selector list at its top-level commas. */
function selectors(prelude: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < prelude.length; at++) {
    if (prelude[at] === '(') depth++;
    else if (prelude[at] === ')') depth--;
    else if (prelude[at] === ',' && depth === 0) {
      parts.push(prelude.slice(start, at));
      start = at + 1;
    }
  }
  return [...parts, prelude.slice(start)];
}

const NOT_ELDER = /:where\(:root:not\(\[data-elder\]\)\)\s*/g;

/** Minified CSS without 长者模式: its rules dropped, the wide layout's guard against it taken off. */
export function cssWithoutElder(css: string): string {
  let out = '';
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf('{', at);
    if (open === -1) return out + css.slice(at);
    const end = closing(css, open);
    const prelude = css.slice(at, open);
    const body = css.slice(open + 1, end - 1);
    if (prelude.trimStart().startsWith('@') && body.includes('{')) {
      const inner = cssWithoutElder(body);
      if (inner.trim() !== '') out += `${prelude}{${inner}}`;
    } else {
      const kept = selectors(prelude.replace(NOT_ELDER, '')).filter((selector) => !selector.includes('data-elder'));
      if (kept.length > 0) out += `${kept.join(',')}{${body}}`;
    }
    at = end;
  }
  return out;
}

/** A page's HTML without 长者模式: the switch, the <head> line, its CSS and its script. */
function withoutElder(html: string): string {
  let out = html
    .replace(/<button[^>]*data-elder-toggle[^>]*>[^<]*<\/button>/, '')
    .replace(/\s*if \(localStorage\.getItem\('elder-mode'\)[^;]*;/, '')
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => `<style>${cssWithoutElder(css)}</style>`)
    .replace(/var \w+=document\.querySelector\(`\[data-elder-toggle\]`\);\w+&&\w+\(\w+\);/, '');
  // The switch's function: the one that reads dataset.elder, whole.
  const inside = out.indexOf('.dataset.elder!==void 0');
  if (inside !== -1) {
    const start = out.lastIndexOf('function ', inside);
    out = out.slice(0, start) + out.slice(closing(out, out.indexOf('{', start)));
  }
  return out;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The scripts a page loads on its own (module src): the first load, besides the HTML. */
function firstLoadScripts(html: string): string[] {
  return [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((found) =>
    readFileSync(join(dist, found[1]!.replace(/^\/(?:[^_][^/]*\/)*/, '')), 'utf8'),
  );
}

export async function run(): Promise<boolean> {
  const report: Report = JSON.parse(readFileSync(join(dist, 'report.json'), 'utf8'));
  let ok = true;
  const rows: string[][] = [];
  for (const file of htmlFiles(dist).sort()) {
    const html = readFileSync(file, 'utf8');
    const elder = brotli(html) - brotli(withoutElder(html));
    const leftover = withoutElder(html).match(/elder[^\s"]{0,30}/)?.[0];
    if (leftover) throw new Error(`${relative(dist, file)}: 长者模式 not taken out whole (${leftover})`);
    // The forgiving search loads with the search code: nothing of it may be in a first load.
    const search = [html, ...firstLoadScripts(html)].some((text) => /search-variants|normalize\(`NFKC`\)/.test(text));
    const met = elder < BUDGET && !search;
    ok &&= met;
    rows.push([`/${relative(dist, file)}`, `${elder} B`, search ? 'in first load ✖' : '0 B', met ? '✓' : '✖']);
  }
  const head = ['page', '长者模式', 'forgiving search', ''];
  console.log("Added to each page's first load before use, brotli (quality 11) in context; budget < 1 KB");
  printTable(head, rows);

  // On use: the search code that folds (loaded when searching) and the table (a query with Chinese).
  const table = readFileSync(join(dist, 'search-variants.json'));
  const chunk = readdirSync(join(dist, '_astro'))
    .map((name) => readFileSync(join(dist, '_astro', name), 'utf8'))
    .find((code) => code.includes('search-variants.json'));
  const pairs = [...(JSON.parse(table.toString()) as string)].length / 2;
  console.log(
    `On first search: the search code ${chunk ? `${brotli(chunk)} B` : '?'} (folding included); ` +
      `the Traditional → Simplified table ${brotli(table)} B (${pairs} characters of ${report.title}), ` +
      'for a query with Chinese in it only',
  );
  return ok;
}
