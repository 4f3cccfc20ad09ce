/**
 * Text fragments: `…/tasks/#p40:~:text=…` opens the page with the quoted passage highlighted in
 * browsers that support them (https://wicg.github.io/scroll-to-text-fragment/) and at `#p40` in
 * the others. Pure functions: the browser passes the paragraph's text and the selection's offsets.
 *
 * Browsers match a quote only where it starts and ends at word boundaries, found with ICU's word
 * breaker, which cuts Chinese into dictionary words: a selection ending inside a word (府工 of
 * 政府工作) matches nothing. So a quote is widened to whole words with Intl.Segmenter (ICU too).
 */

/** Quotes up to this many UTF-16 units go whole into the link; longer ones as `start,end`. */
const MAX_EXACT = 30;
/** The least length of each of `start` and `end` in a long quote, before widening to words. */
const MIN_TERM = 8;

/**
 * Percent-encodes one term of a text directive. encodeURIComponent leaves `-` alone, but `-`, `&`
 * and `,` are the directive's own syntax (`prefix-,start,end,-suffix`, `&` between directives).
 */
export function encodeTextTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

// One segmenter, made on first use, and the last text's boundaries: the build asks for a
// directive per figure, several in a row for one paragraph, and making a segmenter and segmenting
// the paragraph again each time was 70% of the content pipeline's time (issue 17's profile).
let segmenter: Intl.Segmenter | undefined;
let last: { text: string; bounds: number[] } | undefined;

/** Where words start and end in a text: 0, the text's length and every offset between words. */
export function wordBoundaries(text: string): number[] {
  if (last?.text === text) return last.bounds;
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const offsets = [...segmenter.segment(text)].map((segment) => segment.index);
  const bounds = [...new Set([...offsets, text.length])].sort((a, b) => a - b);
  last = { text, bounds };
  return bounds;
}

export interface QuoteLink {
  /** The passage the link highlights: the selection widened to whole words. */
  quote: string;
  /** The text directive, without `:~:`: `text=start`, `text=start,end`, with `prefix-,` if needed. */
  directive: string;
}

/**
 * The text directive that highlights `paragraph.slice(start, end)`. `before` is the text the
 * target page shows ahead of the paragraph: a browser highlights the first match in the page, so
 * a quote that also occurs earlier gets the words before it as a prefix. Undefined for a
 * selection of nothing but white space.
 */
export function quoteDirective(paragraph: string, start: number, end: number, before = ''): QuoteLink | undefined {
  while (start < end && /\s/.test(paragraph[start]!)) start++;
  while (end > start && /\s/.test(paragraph[end - 1]!)) end--;
  if (start >= end) return undefined;

  const bounds = wordBoundaries(paragraph);
  const atOrBefore = (offset: number) => bounds.findLast((bound) => bound <= offset) ?? 0;
  const atOrAfter = (offset: number) => bounds.find((bound) => bound >= offset) ?? paragraph.length;
  const from = atOrBefore(start);
  const to = atOrAfter(end);
  const quote = paragraph.slice(from, to);

  let textStart = quote;
  let textEnd: string | undefined;
  if (to - from > MAX_EXACT) {
    const startEnd = atOrAfter(from + MIN_TERM);
    let endStart = atOrBefore(to - MIN_TERM);
    // The end term must first occur after the start term where the quote ends, or the browser
    // would stop the highlight early: widen it until it does.
    while (endStart > startEnd && paragraph.indexOf(paragraph.slice(endStart, to), startEnd) !== endStart) {
      endStart = atOrBefore(endStart - 1);
    }
    if (endStart > startEnd) {
      textStart = paragraph.slice(from, startEnd);
      textEnd = paragraph.slice(endStart, to);
    }
  }

  // The page's text as the browser searches it; a newline keeps matches from spanning blocks.
  const page = `${before}\n${paragraph}`;
  const offset = before.length + 1;
  let prefix = '';
  if (page.indexOf(textStart) !== offset + from) {
    for (let at = atOrBefore(from - 1); at < from; at = atOrBefore(at - 1)) {
      if (page.indexOf(paragraph.slice(at, from) + textStart) === offset + at) {
        prefix = paragraph.slice(at, from);
        break;
      }
      if (at === 0) break;
    }
  }

  const terms = [prefix && `${encodeTextTerm(prefix)}-`, encodeTextTerm(textStart), textEnd && encodeTextTerm(textEnd)];
  return { quote, directive: `text=${terms.filter(Boolean).join(',')}` };
}

/** A link with a text directive: `…/tasks/#p40` and `text=…` make `…/tasks/#p40:~:text=…`. */
export function withTextDirective(url: string, directive: string): string {
  return `${url}${url.includes('#') ? '' : '#'}:~:${directive}`;
}
