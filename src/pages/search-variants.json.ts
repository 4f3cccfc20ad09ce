import type { APIRoute } from 'astro';
// The Traditional → Simplified table for search (src/search/variant-table.ts), written by the
// content step; loaded by the search page only, for a query with Chinese in it.
import variants from '../../content/sections/search-variants.json?raw';

export const GET: APIRoute = () =>
  new Response(variants, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
