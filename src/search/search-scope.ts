// What the site's search page searches, decided at build time: the report of a report's site
// (Pagefind, search-page.ts), or every report of a collection (src/search/collection/,
// collection-page.ts), which `npm run build:collection` asks for with SEARCH_SCOPE=collection.
export type SearchScope = 'report' | 'collection';

export const SEARCH_SCOPE: SearchScope = process.env.SEARCH_SCOPE === 'collection' ? 'collection' : 'report';
