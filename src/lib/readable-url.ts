/**
 * A link as a page writes it: percent-escapes of non-ASCII characters decoded (/tasks/#p27:~:text=地区…),
 * ASCII ones such as %2D, %25 and %2C kept. Browsers encode the characters again when they follow
 * the link, so it goes to the same address, and the page is smaller: the words compress with the
 * text they repeat, where their escapes do not.
 */
export function readableUrl(url: string): string {
  return url.replace(/(?:%[89a-f][0-9a-f])+/gi, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes;
    }
  });
}
