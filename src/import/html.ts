// A saved article page of a government site (and the HTML mammoth makes of a .docx) as lines of
// text: the article's body only, one paragraph a line, a table's rows as tab-separated cells.
import type { Comment, Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { dropPageChrome, dropPageNumberLines, isWide, joinBroken, tidyLine } from './clean-lines.ts';
import type { MetaHints } from './draft-meta.ts';
import type { Imported } from './imported.ts';

/**
 * Where the CMSs that government sites run on put an article's body, most specific first: the
 * first kind that matches wins, and among its matches the one with the most text.
 */
export const CMS_CONTAINERS: readonly { cms: string; matches: (element: Element) => boolean }[] = [
  { cms: 'TRS WCM', matches: hasClass('TRS_Editor', 'trs_editor_view', 'TRS_UEDITOR') },
  { cms: 'UCAP', matches: (element) => idOf(element) === 'UCAP-CONTENT' || hasClass('pages_content')(element) },
  { cms: 'Hanweb', matches: (element) => idOf(element).toLowerCase() === 'zoom' },
  { cms: 'VSB (博达)', matches: (element) => idOf(element) === 'vsb_content' || hasClass('v_news_content')(element) },
  { cms: 'WebPlus', matches: hasClass('wp_articlecontent') },
  { cms: 'WeChat', matches: (element) => idOf(element) === 'js_content' || hasClass('rich_media_content')(element) },
  {
    cms: 'article',
    matches: (element) =>
      element.tagName === 'article' || hasClass('article-content', 'article_content', 'artical_content')(element),
  },
];

function idOf(element: Element): string {
  const id = element.properties['id'];
  return typeof id === 'string' ? id : '';
}

function hasClass(...names: string[]): (element: Element) => boolean {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return (element) => {
    const classes = element.properties['className'];
    return Array.isArray(classes) && classes.some((name) => wanted.has(String(name).toLowerCase()));
  };
}

// Not text: what a page runs, styles, embeds or asks for, and its navigation and forms.
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'map',
  'nav',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'label',
]);
// Elements that start and end a line of their own.
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const BLOCK = Symbol('block');
const BREAK = Symbol('br');
/** A table row, already joined with tabs: kept as it is. */
interface Row {
  row: string;
}
type Token = string | typeof BLOCK | typeof BREAK | Row;

export interface HtmlLines {
  lines: string[];
  /** Where a line break inside a paragraph was joined although the next piece was not indented. */
  joinedBreaks: string[];
  images: number;
}

/** The text of a hast subtree as lines: blocks on lines of their own, tables as rows, `<br>` joined. */
export function linesOf(node: Root | Element): HtmlLines {
  const state = { images: 0, joinedBreaks: [] as string[] };
  const tokens: Token[] = [];
  collect(node, tokens, state);
  const lines = assemble(tokens, state.joinedBreaks)
    .map(tidyLine)
    .filter((line) => line !== '');
  return { lines, joinedBreaks: state.joinedBreaks, images: state.images };
}

function isHidden(element: Element): boolean {
  const style = element.properties['style'];
  return element.properties['hidden'] !== undefined || (typeof style === 'string' && /display\s*:\s*none/i.test(style));
}

function collect(
  node: Root | RootContent | ElementContent,
  out: Token[],
  state: { images: number; joinedBreaks: string[] },
) {
  if (node.type === 'text') {
    out.push(node.value);
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    const tag = node.tagName;
    if (SKIPPED.has(tag) || isHidden(node)) return;
    if (tag === 'img') {
      state.images++;
      return;
    }
    if (tag === 'br') {
      out.push(BREAK);
      return;
    }
    // mammoth's links back from a footnote to its reference (↑).
    const href = node.properties['href'];
    if (tag === 'a' && typeof href === 'string' && /^#(footnote|endnote)-ref-/.test(href)) return;
    if (tag === 'table' && !isLayoutTable(node)) {
      out.push(BLOCK, ...tableRows(node, state).flatMap((row): Token[] => [{ row }, BLOCK]));
      return;
    }
    if (BLOCKS.has(tag)) {
      out.push(BLOCK);
      for (const child of node.children) collect(child, out, state);
      out.push(BLOCK);
      return;
    }
  }
  for (const child of node.children) collect(child, out, state);
}

/** Rows and cells of a table, without its nested groups (thead, tbody, tfoot). */
function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') {
        rows.push(
          child.children.filter((cell): cell is Element => cell.type === 'element' && /^t[dh]$/.test(cell.tagName)),
        );
      } else if (child.tagName !== 'table') visit(child);
    }
  };
  visit(table);
  return rows;
}

/**
 * A table that only lays a page out (one column, or a table inside one of its cells) is read as
 * the blocks it holds; a data table becomes rows.
 */
function isLayoutTable(table: Element): boolean {
  const rows = rowsOf(table);
  if (rows.every((cells) => cells.length <= 1)) return true;
  const nested = (element: Element): boolean =>
    element.children.some((child) => child.type === 'element' && (child.tagName === 'table' || nested(child)));
  return rows.some((cells) => cells.some(nested));
}

/**
 * A data table's rows as tab-separated lines. A cell that spans columns or rows is followed by
 * empty cells where it spans, so that every row has its columns in place.
 */
function tableRows(table: Element, state: { images: number; joinedBreaks: string[] }): string[] {
  const spans: number[] = []; // rows a column is still covered by a cell above
  const lines: string[] = [];
  for (const cells of rowsOf(table)) {
    const row: string[] = [];
    let column = 0;
    const fillSpanned = () => {
      while ((spans[column] ?? 0) > 0) {
        spans[column]! -= 1;
        row.push('');
        column++;
      }
    };
    for (const cell of cells) {
      fillSpanned();
      const tokens: Token[] = [];
      for (const child of cell.children) collect(child, tokens, state);
      const text = assemble(tokens, state.joinedBreaks)
        .map(tidyLine)
        .filter(Boolean)
        .reduce((joined, piece) => (joined ? joinBroken(joined, piece) : piece), '')
        .replace(/\t/g, ' ');
      const colspan = Math.max(1, Number(cell.properties['colSpan'] ?? 1) || 1);
      const rowspan = Math.max(1, Number(cell.properties['rowSpan'] ?? 1) || 1);
      for (let i = 0; i < colspan; i++) {
        row.push(i === 0 ? text : '');
        if (rowspan > 1) spans[column] = rowspan - 1;
        column++;
      }
    }
    fillSpanned();
    while (row.length > 0 && row.at(-1) === '' && row.length > 1) row.pop();
    if (row.some((cell) => cell !== '')) lines.push(row.length === 1 ? row[0]! : row.join('\t'));
  }
  return lines;
}

/** A line break inside a paragraph starts a new one where the page shows a new one starting. */
const SENTENCE_END = /[。！？；：!?;:]["”’』」）)]*$/;
/** A piece that starts with an indent: an ideographic space or two no-break spaces among the blanks. */
const isIndented = (piece: string) => {
  const indent = /^[ \u00a0\u3000]*/.exec(piece)![0];
  return indent.includes('\u3000') || (indent.match(/\u00a0/g)?.length ?? 0) >= 2;
};

/** Tokens to lines: text between blocks is a paragraph, its `<br>`s joined or split. */
function assemble(tokens: Token[], joinedBreaks: string[]): string[] {
  const lines: string[] = [];
  let pieces: string[] = [''];
  const flush = () => {
    const collapsed = pieces.map(collapseSpace);
    let line: string | undefined;
    for (const piece of collapsed) {
      if (line === undefined) {
        line = piece;
        continue;
      }
      // <br><br>, an indented piece, or a break after a sentence: a new paragraph.
      if (piece.trim() === '' || line.trim() === '' || isIndented(piece) || SENTENCE_END.test(line.trim())) {
        lines.push(line);
        line = piece;
      } else {
        joinedBreaks.push(`${tidyLine(line).slice(-12)}⏎${tidyLine(piece).slice(0, 12)}`);
        line = joinBroken(line, piece);
      }
    }
    if (line !== undefined) lines.push(line);
    pieces = [''];
  };
  for (const token of tokens) {
    if (token === BLOCK) flush();
    else if (token === BREAK) pieces.push('');
    else if (typeof token === 'object') lines.push(token.row);
    else pieces[pieces.length - 1] += token;
  }
  flush();
  return lines;
}

/**
 * HTML's white space rules: a run of spaces, tabs and line ends is one space, and a line end in
 * the source between two Chinese characters is nothing (CSS Text's segment break rule). No-break
 * and ideographic spaces are kept: they are the page's indent.
 */
function collapseSpace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, (run, offset: number, whole: string) => {
    if (!/[\n\r]/.test(run)) return ' ';
    const before = whole[offset - 1];
    const after = whole[offset + run.length];
    return isWide(before) && isWide(after) ? '' : ' ';
  });
}

/** The page's own description of the article: the meta tags government sites are required to carry. */
function metaHints(root: Root, text: string): MetaHints {
  const metas = new Map<string, string>();
  let pageTitle: string | undefined;
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element') {
      if (node.tagName === 'meta') {
        const name = String(node.properties['name'] ?? node.properties['property'] ?? '').toLowerCase();
        const content = node.properties['content'];
        if (name && typeof content === 'string' && content.trim() && !metas.has(name)) metas.set(name, content.trim());
      } else if (node.tagName === 'link' && String(node.properties['rel']) === 'canonical') {
        const href = node.properties['href'];
        if (typeof href === 'string') metas.set('canonical', href);
      } else if (node.tagName === 'title' && pageTitle === undefined) {
        pageTitle = node.children
          .map((child) => (child.type === 'text' ? child.value : ''))
          .join('')
          .trim();
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  // Browsers mark a saved page with where it came from: <!-- saved from url=(0058)http://… -->
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(text)?.[1];
  const url = [metas.get('url'), metas.get('canonical'), metas.get('og:url'), savedFrom].find((each) =>
    /^https?:\/\//.test(each ?? ''),
  );
  return {
    title: metas.get('articletitle') ?? metas.get('og:title') ?? pageTitle,
    issuer: metas.get('contentsource') ?? metas.get('sitename'),
    date: metas.get('pubdate') ?? metas.get('firstpublishedtime') ?? metas.get('publishdate'),
    sourceUrl: url,
  };
}

function textLength(node: Element | Root): number {
  let length = 0;
  const visit = (each: Element | Root | ElementContent | RootContent) => {
    if (each.type === 'text') length += each.value.replace(/\s/g, '').length;
    else if (each.type === 'element' && SKIPPED.has(each.tagName)) return;
    else if ('children' in each) for (const child of each.children) visit(child);
  };
  visit(node);
  return length;
}

function elements(root: Root | Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Root | RootContent | ElementContent) => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}

/**
 * Hanweb marks the body with comments, <!--ContentStart--> … <!--ContentEnd-->: the nodes between
 * them, as a root of their own.
 */
function betweenContentComments(root: Root): Root | undefined {
  let found: Root | undefined;
  const visit = (node: Root | Element) => {
    if (found) return;
    const children = node.children as (RootContent | ElementContent)[];
    const isMark = (child: RootContent | ElementContent, mark: string) =>
      child.type === 'comment' && (child as Comment).value.trim().toLowerCase() === mark;
    const start = children.findIndex((child) => isMark(child, 'contentstart'));
    if (start >= 0) {
      const end = children.findIndex((child, index) => index > start && isMark(child, 'contentend'));
      found = { type: 'root', children: children.slice(start + 1, end < 0 ? undefined : end) as RootContent[] };
      return;
    }
    for (const child of children) if (child.type === 'element') visit(child);
  };
  visit(root);
  return found;
}

// Class and id words of what is never the article (Readability's "unlikely candidates").
const UNLIKELY = /comment|footer|header|menu|nav|share|sidebar|banner|breadcrumb|related|copyright|toolbar|pager/i;

/**
 * The element that holds the article when no CMS says so, after Readability's scoring: each
 * paragraph of some length scores for its parent (and half for its grandparent) by its length and
 * its commas; the best-scoring element wins.
 */
export function likeliestArticle(root: Root): Element | undefined {
  const scores = new Map<Element, number>();
  const parents = new Map<Element | Root, Element | Root>();
  const visit = (node: Element | Root) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      parents.set(child, node);
      visit(child);
    }
  };
  visit(root);
  for (const element of elements(root)) {
    if (!['p', 'td', 'pre', 'div'].includes(element.tagName)) continue;
    if (
      element.tagName === 'div' &&
      element.children.some((child) => child.type === 'element' && BLOCKS.has(child.tagName))
    )
      continue;
    const text = element.children
      .map((child) => (child.type === 'text' ? child.value : ''))
      .join('')
      .trim();
    const length = [...text.replace(/\s/g, '')].length;
    if (length < 25) continue;
    const score = 1 + (text.match(/[，,]/g)?.length ?? 0) + Math.min(Math.floor(length / 100), 3);
    let ancestor = parents.get(element);
    for (const share of [1, 0.5]) {
      if (!ancestor || ancestor.type !== 'element') break;
      const words = `${idOf(ancestor)} ${String(ancestor.properties['className'] ?? '')}`;
      if (!UNLIKELY.test(words)) scores.set(ancestor, (scores.get(ancestor) ?? 0) + score * share);
      ancestor = parents.get(ancestor);
    }
  }
  let best: Element | undefined;
  for (const [element, score] of scores) if (!best || score > scores.get(best)!) best = element;
  return best;
}

/**
 * Decodes a saved page's (or an XML file's) bytes by its BOM, its <meta charset> or XML encoding,
 * or else as UTF-8 and then GB 18030.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = (/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head))?.[1]?.toLowerCase();
  // (The Encoding Standard reads gb2312 and gbk as GB 18030, their superset, as browsers do.)
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: guess below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** A saved article page: the body's lines, the page's meta, and what to check. */
export function importHtml(text: string): Imported {
  const root = fromHtml(text);
  const notes: string[] = [];
  let body: Root | Element | undefined = betweenContentComments(root);
  let found = body ? 'Hanweb (<!--ContentStart-->)' : undefined;
  if (!body) {
    const all = elements(root);
    for (const { cms, matches } of CMS_CONTAINERS) {
      const hits = all.filter(matches);
      if (hits.length === 0) continue;
      body = hits.reduce((best, hit) => (textLength(hit) > textLength(best) ? hit : best));
      found = cms;
      break;
    }
  }
  if (!body) {
    body = likeliestArticle(root) ?? root;
    notes.push(
      `没有找到已知网站系统的正文容器，按段落密度猜测了正文（<${body.type === 'element' ? body.tagName : 'html'}>）：请核对开头和结尾。` +
        ' (no known CMS container: the body was guessed; check its first and last lines)',
    );
  } else {
    notes.push(`正文取自 ${found} 的正文容器。 (body from the ${found} container)`);
  }
  const { lines, joinedBreaks, images } = linesOf(body);
  const numbers = dropPageNumberLines(lines);
  const chrome = dropPageChrome(numbers.lines);
  if (joinedBreaks.length > 0) {
    notes.push(
      `${joinedBreaks.length} 处段内换行（<br>）后没有缩进，已接在上一行后面：${joinedBreaks.slice(0, 5).join('；')}` +
        ' (line breaks joined within a paragraph)',
    );
  }
  const dropped = [...numbers.dropped, ...chrome.dropped];
  if (dropped.length > 0)
    notes.push(`去掉了页面控件和页码：${dropped.map((line) => `“${line}”`).join(' ')} (page chrome dropped)`);
  if (images > 0) notes.push(`正文中有 ${images} 张图片，没有文字，已略过。 (${images} images skipped)`);
  return { lines: chrome.lines, hints: metaHints(root, text), notes };
}
