// The search page's first script, small on purpose: it loads the search code when there is
// something to search, a ?q= link or the reader going to the search box. An empty search page
// costs its HTML only, like any page. The search's worker starts with the search code, not after
// it (a ?q= link has started it already: SearchPanel.astro). A report's site searches its report
// (search-page.ts); a collection's, every report (collection-page.ts).
import { startCollectionEngine } from './collection-engine.ts';
import { startSearchEngine } from './search-engine.ts';

const input = document.querySelector<HTMLInputElement>('#search-q');
const collection = document.querySelector<HTMLElement>('.search-panel')?.dataset['scope'] === 'collection';
let started = false;

function start(): void {
  if (started) return;
  started = true;
  if (collection) {
    startCollectionEngine();
    void import('./collection-page.ts');
  } else {
    startSearchEngine();
    void import('./search-page.ts');
  }
}

if (new URLSearchParams(location.search).get('q')?.trim()) start();
else input?.addEventListener('focus', start, { once: true });
