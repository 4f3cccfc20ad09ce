// The search page's first script, small on purpose: it loads the search code when there is
// something to search, a ?q= link or the reader going to the search box. An empty search page
// costs its HTML only, like any page.
const input = document.querySelector<HTMLInputElement>('#search-q');
let started = false;

function start(): void {
  if (started) return;
  started = true;
  void import('./search-page.ts');
}

if (new URLSearchParams(location.search).get('q')?.trim()) start();
else input?.addEventListener('focus', start, { once: true });
