/**
 * Runs a change that reflows the text (a text size, 长者模式) keeping the paragraph at the top of
 * the screen where it was; otherwise the reader would land somewhere else in the report.
 */
export function keepReadingPlace(change: () => void): void {
  const anchor = [...document.querySelectorAll('.para, h1, h2, h3')].find(
    (element) => element.getBoundingClientRect().bottom > 0,
  );
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (anchor && before !== undefined && scrollY > 0) {
    scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
  }
}
