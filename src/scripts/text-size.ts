import { storeSetting } from './stored-setting.ts';

/** The steps of html[data-size] that global.css defines, 0 being the default. */
const SMALLEST = -1;
const LARGEST = 3;

/**
 * The smaller/larger text buttons. The text reflows, so the paragraph at the top of the screen is
 * kept where it was; otherwise the reader would land somewhere else in the report.
 */
export function setUpTextSize(buttons: HTMLButtonElement[]): void {
  const root = document.documentElement;
  const current = () => Number(root.dataset.size ?? 0);
  const show = () => {
    for (const button of buttons) {
      const next = current() + Number(button.dataset.textSize);
      // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
      button.setAttribute('aria-disabled', String(next < SMALLEST || next > LARGEST));
    }
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const size = current() + Number(button.dataset.textSize);
      if (size < SMALLEST || size > LARGEST) return;
      const anchor = [...document.querySelectorAll('.para, h1, h2, h3')].find(
        (element) => element.getBoundingClientRect().bottom > 0,
      );
      const before = anchor?.getBoundingClientRect().top;
      if (size === 0) delete root.dataset.size;
      else root.dataset.size = String(size);
      storeSetting('text-size', root.dataset.size);
      if (anchor && before !== undefined && scrollY > 0) {
        scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
      }
      show();
    });
  }
  show();
}
