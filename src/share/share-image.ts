/**
 * The share image of a page (1200×630 PNG, what link previews show): the part's title in
 * Chinese on the site's colours. satori lays the text out and draws it as paths into SVG, resvg
 * turns the SVG into PNG, at build time.
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { fontFamily, loadFonts } from './cjk-font.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** Above the title: which part, or who issued the report. */
  kicker: string;
  title: string;
  /** Below the title: the report's title and paragraph range. */
  footer: string;
}

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
  const ems = [...title].reduce((sum, char) => sum + (char.codePointAt(0)! >= 0x2e80 ? 1 : 0.6), 0);
  return [84, 72].find((size) => ems * size <= TEXT_WIDTH) ?? 72;
}

/** The card as satori's element tree (React elements without React). */
export function shareCardTree(card: ShareCard, family: string): Node {
  return div(
    {
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `72px ${(SHARE_IMAGE.width - TEXT_WIDTH) / 2}px 64px`,
      background: COLORS.background,
      borderTop: `20px solid ${COLORS.accent}`,
      color: COLORS.text,
      fontFamily: family,
      // One weight: each weight is another set of font slices to read and parse (~0.1 s each).
      fontWeight: 700,
    },
    [
      div({ fontSize: 34, color: COLORS.accent }, card.kicker),
      div({ fontSize: titleSize(card.title), lineHeight: 1.3, textWrap: 'balance', maxWidth: TEXT_WIDTH }, card.title),
      div({ fontSize: 30, color: COLORS.muted, borderTop: `2px solid ${COLORS.accent}`, paddingTop: 24 }, card.footer),
    ],
  );
}

let fonts: Promise<Font[]> | undefined;

/**
 * Renders cards to PNG. The fonts are loaded once, for the characters of all the cards passed
 * first: the build renders every page's card from the same list.
 */
export async function renderShareImage(
  card: ShareCard,
  allCards: ShareCard[] = [card],
): Promise<Uint8Array<ArrayBuffer>> {
  fonts ??= loadFonts(allCards.flatMap((each) => [each.kicker, each.title, each.footer]).join(''), [700]);
  const loaded = await fonts;
  const svg = await satori(shareCardTree(card, fontFamily(loaded)), { ...SHARE_IMAGE, fonts: loaded });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng());
}
