/**
 * The share image of a page (1200×630 PNG, what link previews show): the part's title in
 * Chinese on the site's colours. satori lays the text out and draws it as paths into SVG, resvg
 * turns the SVG into PNG, at build time.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fontFamily, loadFonts } from './cjk-font.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** Above the title: which part, or who issued the report. */
  kicker: string;
  title: string;
  /** Below the title: the report's title and paragraph range. */
  footer: string;
}

/**
 * resvg's options: satori draws every glyph as a path, so resvg needs no font, and not scanning the
 * system's fonts (all of Noto CJK where it is installed) for each image took ~170 of its ~230 ms.
 */
const RESVG = { fitTo: { mode: 'width', value: SHARE_IMAGE.width }, font: { loadSystemFonts: false } } as const;

const COLORS = { background: '#fdfdfb', text: '#1d1d1f', muted: '#5c5c66', accent: '#a8261c' };

type Node = { type: string; props: { style: Record<string, string | number>; children: Node[] | string } };
const div = (style: Node['props']['style'], children: Node['props']['children']): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

const TEXT_WIDTH = SHARE_IMAGE.width - 2 * 88;

/**
 * The title's font size: the larger one that fits the title on one line, else the smaller one,
 * on two balanced lines. A break inside a title such as 过去五年和2021年工作回顾 would split
 * 2021 from its 年. Widths are estimated: 1 em for CJK characters, 0.6 em for the rest.
 */
export function titleSize(title: string): number {
  return [84, 72].find((size) => ems(title) * size <= TEXT_WIDTH) ?? 72;
}

/** Estimated width in ems: 1 for CJK characters, 0.6 for the rest. */
const ems = (text: string) => [...text].reduce((sum, char) => sum + (char.codePointAt(0)! >= 0x2e80 ? 1 : 0.6), 0);

/** The card itself, the same for every kind: its size, colours, accent rule, text column and face. */
const cardFrame = (family: string, padding: [top: number, bottom: number], style: Node['props']['style'] = {}) => ({
  width: SHARE_IMAGE.width,
  height: SHARE_IMAGE.height,
  boxSizing: 'border-box',
  flexDirection: 'column',
  padding: `${padding[0]}px ${(SHARE_IMAGE.width - TEXT_WIDTH) / 2}px ${padding[1]}px`,
  background: COLORS.background,
  borderTop: `20px solid ${COLORS.accent}`,
  color: COLORS.text,
  fontFamily: family,
  // One weight: each weight is another set of font slices to read and parse (~0.1 s each).
  fontWeight: 700,
  ...style,
});

/** The card as satori's element tree (React elements without React). */
export function shareCardTree(card: ShareCard, family: string): Node {
  return div(cardFrame(family, [72, 64], { justifyContent: 'space-between' }), [
    div({ fontSize: 34, color: COLORS.accent }, card.kicker),
    div({ fontSize: titleSize(card.title), lineHeight: 1.3, textWrap: 'balance', maxWidth: TEXT_WIDTH }, card.title),
    div({ fontSize: 30, color: COLORS.muted, borderTop: `2px solid ${COLORS.accent}`, paddingTop: 24 }, card.footer),
  ]);
}

/**
 * Renders cards to PNG, with the fonts for the characters of all the cards passed: a report
 * renders every page's card from the same list, so its images share one set of fonts.
 */
export async function renderShareImage(
  card: ShareCard,
  allCards: ShareCard[] = [card],
): Promise<Uint8Array<ArrayBuffer>> {
  const loaded = await loadFonts(allCards.flatMap((each) => [each.kicker, each.title, each.footer]).join(''), [700]);
  const svg = await satori(shareCardTree(card, fontFamily(loaded)), { ...SHARE_IMAGE, fonts: loaded });
  return new Uint8Array(new Resvg(svg, RESVG).render().asPng());
}

/** The "一图读懂" card of /figures/: the year's main targets as tiles, drawn like the part images. */
export interface TargetsCard {
  kicker: string;
  title: string;
  /** Up to six targets with a number: the indicator, and the target as worded. */
  tiles: { indicator: string; target: string }[];
  /** Below the tiles: the targets without a number, or what the page holds when there are none. */
  note: string;
  footer: string;
}

const TILE_GAP = 20;
const TILE_WIDTH = (TEXT_WIDTH - 2 * TILE_GAP) / 3;
const TILE_PADDING = 20;

/** The tile's target: the value large, the words before it (增长) small, on one line. */
function tileTarget(target: string): Node[] {
  const at = target.search(/\d/);
  const words = at > 0 ? target.slice(0, at) : '';
  const value = at > 0 ? target.slice(at) : target;
  const room = TILE_WIDTH - 2 * TILE_PADDING - 6 - ems(words) * 24 - 8;
  const size = Math.max(24, Math.min(48, Math.floor(room / Math.max(ems(value), 1))));
  return [
    ...(words ? [div({ fontSize: 24, color: COLORS.muted, marginRight: 8, paddingBottom: 4 }, words)] : []),
    div({ fontSize: size, color: COLORS.accent, lineHeight: 1.1, whiteSpace: 'nowrap' }, value),
  ];
}

export function targetsCardTree(card: TargetsCard, family: string): Node {
  const tiles = card.tiles.slice(0, 6);
  return div(cardFrame(family, [36, 32]), [
    div({ fontSize: 26, color: COLORS.accent }, card.kicker),
    div({ fontSize: 48, marginTop: 6, marginBottom: 18 }, card.title),
    div(
      { flexWrap: 'wrap', gap: TILE_GAP, flexGrow: 1, alignContent: 'flex-start' },
      tiles.map((tile) =>
        div(
          {
            width: TILE_WIDTH,
            height: 132,
            boxSizing: 'border-box',
            flexDirection: 'column',
            justifyContent: 'space-between',
            padding: `16px ${TILE_PADDING}px`,
            background: '#f4efe6',
            borderLeft: `6px solid ${COLORS.accent}`,
          },
          [
            div({ fontSize: ems(tile.indicator) * 24 > TILE_WIDTH - 46 ? 20 : 24, color: COLORS.text }, tile.indicator),
            div({ alignItems: 'flex-end' }, tileTarget(tile.target)),
          ],
        ),
      ),
    ),
    div({ fontSize: 22, color: COLORS.text, marginTop: 8 }, card.note),
    div(
      { fontSize: 22, color: COLORS.muted, borderTop: `2px solid ${COLORS.accent}`, paddingTop: 12, marginTop: 12 },
      card.footer,
    ),
  ]);
}

/** Renders the targets card to PNG, with the fonts for its own characters. */
export async function renderTargetsImage(card: TargetsCard): Promise<Uint8Array<ArrayBuffer>> {
  const text = [
    card.kicker,
    card.title,
    card.note,
    card.footer,
    ...card.tiles.flatMap((tile) => [tile.indicator, tile.target]),
  ];
  const loaded = await loadFonts(text.join(''), [700]);
  const svg = await satori(targetsCardTree(card, fontFamily(loaded)), { ...SHARE_IMAGE, fonts: loaded });
  return new Uint8Array(new Resvg(svg, RESVG).render().asPng());
}
