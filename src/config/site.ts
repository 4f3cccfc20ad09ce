import { normalizeBasePath } from '../pipeline/base-path.ts';

/**
 * Where the site is deployed, from the environment, so that one build serves a domain's root or a
 * sub-path. `SITE_URL` is a placeholder until the site has a home: it only shows in absolute links.
 */
export const SITE_URL = process.env.SITE_URL?.trim() || 'https://zhangdian-report.example.org';
export const BASE_PATH = normalizeBasePath(process.env.BASE_PATH);
