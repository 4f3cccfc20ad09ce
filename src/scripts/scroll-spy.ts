/**
 * Marks the table-of-contents entry of the part of the text being read (aria-current), and keeps
 * it in view when the contents scroll on their own. Reading works without it.
 *
 * Positions come from IntersectionObservers, which report after the browser has laid out a frame
 * for its own needs; the spy never asks for a position itself. Asking (getBoundingClientRect on
 * every target, the contents' scrollHeight) forced a layout on load: the paragraphs that
 * content-visibility had just decided to show, and the closed phone menu with the contents in it,
 * one long task on a slow phone.
 */
export function setUpScrollSpy(toc: HTMLElement): void {
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  let current: HTMLAnchorElement | undefined;

  const update = () => {
    // The entry whose target has passed the upper quarter of the screen; at the very end of the
    // page, the last one whose target is on screen (it may never reach that line).
    const reached = atEnd.value ? onScreen : passed;
    let index = 0;
    targets.forEach((target, i) => {
      if (target && reached.has(target)) index = i;
    });
    const link = links[index];
    if (!link || link === current) return;
    current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'location');
    current = link;
    // Only where the contents are shown: inside the closed phone menu they are not laid out, and
    // measuring them would lay them out (browsers without checkVisibility() measure anyway).
    if (toc.checkVisibility?.() !== false && toc.scrollHeight > toc.clientHeight) {
      const top = link.offsetTop - toc.offsetTop;
      if (top < toc.scrollTop || top > toc.scrollTop + toc.clientHeight - link.offsetHeight) {
        toc.scrollTop = top - toc.clientHeight / 3;
      }
    }
  };

  const real = targets.filter((target) => target !== null);
  const passed = watchAbove(real, '-75%', update);
  const onScreen = watchAbove(real, '0px', update);
  const atEnd = watchEnd(update);
}

/**
 * An element's box "reaches" a line when its top is at or above it: the observer's root runs from
 * far above the screen down to the line (`bottom` from the bottom of the screen, as in CSS
 * margins), so that an element is in it exactly while it has reached the line. A root that
 * stopped at the top of the screen would miss a jump from below the line to above the screen.
 */
function watchAbove(elements: Element[], bottom: string, changed: () => void): Set<Element> {
  const reached = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) reached.add(entry.target);
        else reached.delete(entry.target);
      }
      changed();
    },
    { rootMargin: `${FAR} 0px ${bottom} 0px` },
  );
  for (const element of elements) observer.observe(element);
  return reached;
}

/** Whether the end of the page is on screen (to 2 px): the body wholly inside a root that ends there. */
function watchEnd(changed: () => void): { value: boolean } {
  const atEnd = { value: false };
  new IntersectionObserver(
    ([entry]) => {
      atEnd.value = entry!.intersectionRatio >= 1;
      changed();
    },
    { rootMargin: `${FAR} ${FAR} 2px ${FAR}`, threshold: 1 },
  ).observe(document.body);
  return atEnd;
}

/** Taller than any page: "everything above the screen". */
const FAR = '1000000px';
