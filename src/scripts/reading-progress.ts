/**
 * The reading progress bar for browsers without CSS scroll-driven animations (global.css drives it
 * where they exist). Only a transform changes: nothing is laid out again.
 */
export function setUpReadingProgress(bar: HTMLElement): void {
  if (CSS.supports('animation-timeline: scroll()')) return;
  let queued = false;
  const update = () => {
    queued = false;
    const scrollable = document.documentElement.scrollHeight - innerHeight;
    bar.style.transform = `scaleX(${scrollable > 0 ? Math.min(1, scrollY / scrollable) : 0})`;
  };
  addEventListener(
    'scroll',
    () => {
      if (!queued) requestAnimationFrame(update);
      queued = true;
    },
    { passive: true },
  );
  update();
}
