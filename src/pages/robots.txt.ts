import type { APIRoute } from 'astro';

// Crawlers read robots.txt only at a host's root: under a sub-path (BASE_PATH) this copy is for
// whoever runs the root, to merge, and the sitemap line is what matters.
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
