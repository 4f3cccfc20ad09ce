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

/** Quotes a string as a JSX attribute value, for ids and numbers the pipeline made itself. */
export function jsxAttribute(value: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(value)) throw new Error(`not a safe attribute value: ${value}`);
  return `"${value}"`;
}
