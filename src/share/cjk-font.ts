/**
 * Noto Sans SC for the share images, from the npm package @fontsource/noto-sans-sc, which ships
 * the font cut into ~100 slices by unicode-range, as WOFF2 and WOFF (no TTF). satori reads WOFF
 * (not WOFF2) and draws the glyphs it uses as paths, so the images need no font at all: only the
 * few slices that hold the characters on the images are read (a handful of ~40 KB files), and
 * nothing of the font goes into the repository or the site.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font } from 'satori';

const PACKAGE = '@fontsource/noto-sans-sc';

/** A CSS unicode-range (`U+4e00-4e1f,U+ff0c`) as inclusive code point intervals. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

/** The names of the slices (`119`, `latin`) that hold the characters of a text, in the package's order. */
export function slicesFor(text: string, ranges: Record<string, string>): string[] {
  const codePoints = [...new Set(text)].map((char) => char.codePointAt(0)!);
  return Object.entries(ranges)
    .filter(([, range]) => {
      const intervals = parseUnicodeRange(range);
      return codePoints.some((point) => intervals.some(([from, to]) => point >= from && point <= to));
    })
    .map(([name]) => name.replace(/^\[(.*)\]$/, '$1'));
}

/** Each slice's file, read once: a collection's thousands of images share a few dozen slices. */
const sliceFiles = new Map<string, Promise<Buffer>>();
const fontSets = new Map<string, Promise<Font[]>>();

/**
 * satori fonts for the characters of `text` in the given weights. Each slice gets its own family
 * name: satori does not fall back between faces of one family, only along the family list,
 * which is `fontFamily(fonts)`. The same slices give the same list (the same objects), so that
 * satori parses each font once however many images use it.
 */
export function loadFonts(text: string, weights: (400 | 500 | 700)[]): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  const ranges = require(`${PACKAGE}/unicode.json`) as Record<string, string>;
  const slices = slicesFor(text, ranges);
  const key = `${weights.join()}:${slices.join()}`;
  let fonts = fontSets.get(key);
  if (!fonts) {
    fonts = Promise.all(
      slices.flatMap((slice) =>
        weights.map(async (weight) => {
          const file = require.resolve(`${PACKAGE}/files/noto-sans-sc-${slice}-${weight}-normal.woff`);
          if (!sliceFiles.has(file)) sliceFiles.set(file, readFile(file));
          return { name: `noto-sc-${slice}`, weight, style: 'normal' as const, data: await sliceFiles.get(file)! };
        }),
      ),
    );
    fontSets.set(key, fonts);
  }
  return fonts;
}

/** The CSS font-family list that reaches every loaded slice. */
export function fontFamily(fonts: Font[]): string {
  return [...new Set(fonts.map((font) => font.name))].join(', ');
}
