// Arriving from a search result (`/tasks/?hl=双减#p40`): mark the searched words in that paragraph
// and bring it into view. Runs on every page, so it stays tiny and imports nothing.
const terms = new URLSearchParams(location.search).get('hl')?.split(' ').filter(Boolean) ?? [];
const target = terms.length > 0 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;

if (target) {
  const escaped = terms.sort((a, b) => b.length - a.length).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'gi');
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    // The paragraph number and any controls are not the paragraph's text.
    if (!node.parentElement?.closest('.pnum, [data-pagefind-ignore], button')) nodes.push(node);
  }
  for (const node of nodes) {
    const text = node.data;
    const pieces = document.createDocumentFragment();
    let at = 0;
    for (const found of text.matchAll(pattern)) {
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      mark.textContent = found[0];
      pieces.append(text.slice(at, found.index), mark);
      at = found.index + found[0].length;
    }
    if (at > 0) node.replaceWith(pieces, text.slice(at));
  }
  target.scrollIntoView({ block: 'start' });
}
