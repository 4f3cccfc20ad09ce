// On every page, so kept small: it waits until a reader activates a permalink (a paragraph number
// or heading anchor) or selects text, and only then loads the copy tools (share-tools.ts). The
// permalinks work as plain links without it.
const tools = () => import('./share-tools.ts');

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a.pnum, a.hlink');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  // A number that links to its part's page from another page (/full/) just goes there.
  if (link.pathname !== location.pathname) return;
  // The link goes to its block as usual (address bar, :target); the menu then opens beside it.
  void tools().then(({ openMenu }) => openMenu(link));
});

let selecting = false;
document.addEventListener('selectionchange', () => {
  selecting ||= !getSelection()?.isCollapsed;
  if (selecting) void tools().then(({ offerQuote }) => offerQuote());
});

// Browsers without text fragments keep `:~:text=…` in the address and find no element with that
// id: bring the block into view and mark it as :target would.
// Block ids are ASCII: no decoding, which would throw on a malformed address.
const [id, directive] = location.hash.slice(1).split(':~:');
const arrived = directive !== undefined && id ? document.getElementById(id) : null;
if (arrived) {
  arrived.classList.add('share-target');
  arrived.scrollIntoView();
}
