/**
 * Normalises a base path (`BASE_PATH`) to the form every URL is built from: a leading and a
 * trailing slash, `/` for the root. Refuses what cannot be a path.
 */
export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (/[\s?#\\]|:\/\//.test(trimmed)) {
    throw new Error(`BASE_PATH must be a path such as /zd2022/, not ${JSON.stringify(value)}`);
  }
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

/** A page's URL under the base path: `pageUrl('/zd2022/', 'tasks')` is `/zd2022/tasks/`. */
export function pageUrl(base: string, slug: string | undefined): string {
  return slug ? `${base}${slug}/` : base;
}
