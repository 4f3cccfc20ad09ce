// The copy tools, loaded by ShareTools.astro when a reader first reaches for them: the menu at a
// paragraph number or heading anchor to copy its link or a citation, and the button that copies a
// link highlighting the text selected in a paragraph. The report's text is data: only textContent
// and DOM methods here, never innerHTML.
import { absoluteUrl, blockLabel, citation } from './share-links.ts';
import { quoteDirective, withTextDirective } from './text-fragment.ts';

const site = import.meta.env.SITE ?? location.origin;
const base = import.meta.env.BASE_URL;
/** The report being read, as the header names it: one script serves every report of a collection. */
const reportTitle = document.querySelector('.site-title')?.textContent?.trim() ?? document.title;

const create = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
};
const follows = (a: Node, b: Node) => a === b || !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

/**
 * The site-relative page a block belongs to: its part's page, never the address being read (a
 * page such as /full/ shows every part). The pages say it of the part around the block
 * (`data-page`, from the model's section URL).
 */
function pageOf(block: Element): string {
  return block.closest<HTMLElement>('[data-page]')?.dataset.page ?? base;
}

function blockUrl(block: Element): string {
  return absoluteUrl(site, `${pageOf(block)}#${block.id}`);
}

/** 第40段 for a paragraph (`p40`), 表格第3行 for a row (`r3`), the quoted text for a heading. */
function labelOf(block: Element): string {
  if (block.classList.contains('para')) return blockLabel({ kind: 'paragraph', number: Number(block.id.slice(1)) });
  if (block.classList.contains('row')) return blockLabel({ kind: 'row', number: Number(block.id.slice(1)) });
  return blockLabel({ kind: 'heading', text: block.textContent ?? '' });
}

function blockCitation(block: Element): string {
  return citation(reportTitle, labelOf(block), blockUrl(block));
}

// The status says what was copied, to everyone and to screen readers.
const status = create('div', 'share-status');
status.setAttribute('role', 'status');
status.setAttribute('aria-live', 'polite');
document.body.append(status);
let statusTimer: number | undefined;
function announce(message: string): void {
  status.textContent = message;
  status.classList.add('is-shown');
  clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => {
    status.classList.remove('is-shown');
    status.textContent = '';
  }, 2500);
}

/** The Clipboard API, or where it is missing or refused (plain http, old browsers) a selection. */
async function copy(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const focused = document.activeElement as HTMLElement | null;
    const area = create('textarea', 'share-offscreen');
    area.value = text;
    area.readOnly = true;
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    focused?.focus();
    // Nothing could copy: show the text selectable, for the reader to copy by hand.
    if (!copied) return void prompt('无法自动复制，请手动复制：', text);
  }
  announce(done);
}

/** Puts an absolutely placed element under a box of the viewport, in document coordinates. */
function placeBelow(element: HTMLElement, box: DOMRect): void {
  const width = Math.max(element.offsetWidth, 200);
  element.style.left = `${Math.max(8, Math.min(box.left, innerWidth - width - 8)) + scrollX}px`;
  element.style.top = `${box.bottom + scrollY + 6}px`;
}

// The menu at a paragraph number or heading anchor: a popover, so the browser closes it on
// Escape and on a click elsewhere.
const menu = create('div', 'share-menu');
menu.popover = 'auto';
menu.setAttribute('role', 'group');
const actions = [
  ['复制链接', '已复制链接', blockUrl],
  ['复制引用', '已复制引用', blockCitation],
] as const;
let opener: HTMLAnchorElement | undefined;
let target: Element | undefined;
for (const [label, done, text] of actions) {
  const button = create('button', '', label);
  button.type = 'button';
  button.addEventListener('click', () => {
    if (target) void copy(text(target), done);
    menu.hidePopover();
  });
  menu.append(button);
}
// 朗读 from this block, where the page offers reading aloud (ReadAloud.astro says so on <html>
// and listens for the event; it loads the reader).
const readButton = create('button', '', '从这里朗读');
readButton.type = 'button';
readButton.addEventListener('click', () => {
  menu.hidePopover();
  if (target) document.dispatchEvent(new CustomEvent('read-aloud-from', { detail: target }));
});
menu.append(readButton);
menu.addEventListener('beforetoggle', (event) => {
  if ((event as ToggleEvent).newState === 'closed' && menu.contains(document.activeElement)) opener?.focus();
});
document.body.append(menu);

/** Opens the menu beside a permalink, after the browser has gone to its block. */
export function openMenu(link: HTMLAnchorElement): void {
  const block = document.getElementById(link.hash.slice(1));
  if (!block) return;
  if (!('showPopover' in HTMLElement.prototype)) return void copy(blockUrl(block), '已复制链接');
  requestAnimationFrame(() => {
    opener = link;
    target = block;
    menu.setAttribute('aria-label', labelOf(block));
    readButton.hidden = !document.documentElement.classList.contains('can-read-aloud');
    menu.showPopover();
    placeBelow(menu, link.getBoundingClientRect());
    menu.querySelector('button')?.focus();
  });
}

// Selecting text inside one paragraph offers a link that highlights the quote.
const quoteButton = create('button', 'share-quote', '复制引用链接');
quoteButton.type = 'button';
quoteButton.hidden = true;
document.body.append(quoteButton);
let quoted: { para: Element; start: number; end: number } | undefined;

/** A point's offset in a paragraph's text, the paragraph number left out. */
function offsetIn(para: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(para);
  range.setEnd(node, offset);
  return Math.max(0, range.toString().length - (para.querySelector('.pnum')?.textContent?.length ?? 0));
}

/** The text the link's page shows before the paragraph: the header, then its part up to it. */
function textBefore(para: Element): string {
  const page = pageOf(para);
  return [...document.querySelectorAll('header, [id]:is(h1, h2, h3, .para, .row, .cover-line)')]
    .filter((element) => element !== para && follows(element, para))
    .filter((element) => element.localName === 'header' || pageOf(element) === page)
    .map((element) => element.textContent)
    .join('\n');
}

// Holding the button down must not clear the selection it is about.
quoteButton.addEventListener('mousedown', (event) => event.preventDefault());
quoteButton.addEventListener('click', () => {
  if (!quoted) return;
  const { para, start, end } = quoted;
  const text = (para.textContent ?? '').slice(para.querySelector('.pnum')?.textContent?.length ?? 0);
  const link = quoteDirective(text, start, end, textBefore(para));
  if (link) void copy(withTextDirective(blockUrl(para), link.directive), '已复制引用链接');
});

/** Offers the quote button under a selection inside one paragraph, and hides it otherwise. */
export function offerQuote(): void {
  const selection = getSelection();
  const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const start = range?.startContainer;
  const para = (start instanceof Element ? start : start?.parentElement)?.closest('.para');
  if (!range || !para || !para.contains(range.endContainer) || !range.toString().trim()) {
    quoteButton.hidden = true;
    return;
  }
  quoted = {
    para,
    start: offsetIn(para, range.startContainer, range.startOffset),
    end: offsetIn(para, range.endContainer, range.endOffset),
  };
  const boxes = range.getClientRects();
  placeBelow(quoteButton, boxes[boxes.length - 1] ?? range.getBoundingClientRect());
  quoteButton.hidden = false;
}

// Loaded on demand by ShareTools.astro's inline script, which waits for this to act.
document.dispatchEvent(new CustomEvent('share-tools-ready', { detail: { openMenu, offerQuote } }));
