import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../lib/site-data.ts';

// The Traditional → Simplified table for search (src/search/variant-table.ts), written by the
// content step for the site's text (every report's, in a collection); loaded by the search page
// only, for a query with Chinese in it.
export const GET: APIRoute = () =>
  new Response(readFileSync(join(dataDir(), 'search-variants.json'), 'utf8'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
