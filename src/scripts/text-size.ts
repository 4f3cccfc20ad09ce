import { keepReadingPlace } from './reading-place.ts';
import { storeSetting } from './stored-setting.ts';

/** The steps of html[data-size] that global.css defines, 0 being the default. */
const SMALLEST = -1;
const LARGEST = 3;

/**
 * The smaller/larger text buttons, keeping the reader's place. 长者模式 has the largest size and
 * hides them (elder.css).
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
      keepReadingPlace(() => {
        if (size === 0) delete root.dataset.size;
        else root.dataset.size = String(size);
      });
      storeSetting('text-size', root.dataset.size);
      show();
    });
  }
  show();
}
