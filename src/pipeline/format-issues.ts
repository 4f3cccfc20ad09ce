import type { z } from 'zod';

/**
 * Words a zod failure for people: where (the source line when the path leads to a block), what
 * was expected and what was found. The one place validation errors are formatted.
 */
export function formatIssues(
  error: z.ZodError,
  context: { file: string; data: unknown; lineOf?: (path: PropertyKey[]) => number | undefined },
): string {
  return error.issues
    .map((issue) => {
      const line = context.lineOf?.(issue.path);
      const where = line === undefined ? context.file : `${context.file}:${line} (第${line}行)`;
      const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      const found = valueAt(context.data, issue.path);
      const shown = found === undefined ? 'nothing' : JSON.stringify(found)?.slice(0, 80);
      return `${where}: ${field}: ${issue.message}; found ${shown}`;
    })
    .join('\n');
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Finds the source line of the block a validation path points into, if any. */
export function blockLineOf(data: unknown) {
  return (path: PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth > 0; depth--) {
      const value = valueAt(data, path.slice(0, depth));
      if (value && typeof value === 'object' && typeof (value as { line?: unknown }).line === 'number') {
        return (value as { line: number }).line;
      }
    }
    return undefined;
  };
}
