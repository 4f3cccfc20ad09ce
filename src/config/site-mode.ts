import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Whether the build is of a collection, from the manifest the content step wrote (site.json in
 * SITE_DATA_DIR, content/sections/ by default): astro.config.mjs adds the collection's own pages
 * and styles only then, so the single site's output is what it was.
 */
export function siteMode(env: NodeJS.ProcessEnv = process.env): 'single' | 'collection' {
  const file = join(resolve(env.SITE_DATA_DIR ?? 'content/sections'), 'site.json');
  if (!existsSync(file)) return 'single';
  return (JSON.parse(readFileSync(file, 'utf8')) as { mode?: string }).mode === 'collection' ? 'collection' : 'single';
}
