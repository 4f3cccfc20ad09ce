/**
 * Marks the table-of-contents entry of the part of the text being read (aria-current), and keeps
 * it in view when the contents scroll on their own. Reading works without it.
 */
export function setUpScrollSpy(toc: HTMLElement): void {
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  let current: HTMLAnchorElement | undefined;

  const update = () => {
    // The entry whose target has passed the upper quarter of the screen; at the very end of the
    // page, the last one whose target is on screen (it may never reach that line).
    const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    const line = atEnd ? innerHeight : innerHeight / 4;
    let index = 0;
    targets.forEach((target, i) => {
      if (target && target.getBoundingClientRect().top <= line) index = i;
    });
    const link = links[index];
    if (!link || link === current) return;
    current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'location');
    current = link;
    if (toc.scrollHeight > toc.clientHeight) {
      const top = link.offsetTop - toc.offsetTop;
      if (top < toc.scrollTop || top > toc.scrollTop + toc.clientHeight - link.offsetHeight) {
        toc.scrollTop = top - toc.clientHeight / 3;
      }
    }
  };

  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  // The first reading waits until the next frame has been laid out (a task queued from inside
  // the frame runs after it): read now, or in the frame's callback, the positions would force
  // the page's layout inside the script's task, one long task on a slow phone instead of two.
  requestAnimationFrame(() => setTimeout(update));
}
