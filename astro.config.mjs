// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { collectionRoutes } from './src/config/collection-routes.ts';
import { BASE_PATH, SITE_URL } from './src/config/site.ts';
import { siteMode } from './src/config/site-mode.ts';

// A collection of reports (npm run build:collection) or the single site: see src/config/site-mode.ts.
const collection = siteMode() === 'collection';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  // Styles inline in every page: one request fewer on a first visit, within the page budget
  // (npm run bench). They are a few KB compressed.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // sitemap-index.xml and sitemap-0.xml, on SITE_URL and BASE_PATH; robots.txt points at them.
  integrations: [sitemap(), collectionRoutes(collection)],
  vite: {
    resolve: {
      // The styles of a collection's links between reports: an empty file in the single site, whose
      // pages then carry no byte of them.
      alias: collection
        ? [
            {
              find: /^.*\/styles\/collection-mode\.css$/,
              replacement: fileURLToPath(new URL('./src/styles/collection-links.css', import.meta.url)),
            },
          ]
        : [],
    },
    // The search's worker (src/search/search-worker.ts) is a module, as it imports Pagefind's.
    worker: { format: 'es' },
  },
});
