// Every ASCII punctuation character can be backslash-escaped in CommonMark, and MDX keeps that
// rule. Escaping all of them, not a chosen few, makes the report's text data in every position:
// `{` and `<` cannot open JSX, `*` `_` `~` cannot emphasise, `#` `>` `-` `1.` cannot start a
// block at a line start, `&` cannot start an entity, `www.` and `http:` cannot become autolinks.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Escapes report text for MDX so that it renders as exactly these characters. */
export function escapeMdxText(text: string): string {
  if (/[\r\n]/.test(text)) throw new Error('escapeMdxText takes a single line');
  return text.replace(ASCII_PUNCTUATION, '\\$&');
}

/** Quotes a string as a JSX attribute value, for ids, roles and URLs the pipeline made itself. */
export function jsxAttribute(value: string): string {
  if (!/^[A-Za-z0-9\-._~/#%]+$/.test(value)) throw new Error(`not a safe attribute value: ${value}`);
  return `"${value}"`;
}

// MDX finds the end of an expression by counting braces, strings or not, and a `<` or line break
// inside one is read as markup or the end of a line: as JSON string escapes, none of them is there.
const UNSAFE_IN_EXPRESSION = /[{}<>\u2028\u2029]/g;

/**
 * Writes data (such as a table's cells, report text) as a JavaScript value for a JSX expression
 * attribute, `rows={…}`: JSON, with every character inside a string that MDX could read as
 * syntax written as a `\uXXXX` escape, so the component receives exactly the strings given.
 */
export function jsxExpression(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value).replace(
      UNSAFE_IN_EXPRESSION,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  }
  if (Array.isArray(value)) return `[${value.map(jsxExpression).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, each]) => each !== undefined);
    return `{${entries.map(([key, each]) => `${jsxExpression(key)}:${jsxExpression(each)}`).join(',')}}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  throw new Error(`not data: ${typeof value}`);
}
