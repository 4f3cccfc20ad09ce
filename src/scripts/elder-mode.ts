import { keepReadingPlace } from './reading-place.ts';
import { storeSetting } from './stored-setting.ts';

/**
 * The 长者模式 switch: large print for readers who need it (src/styles/elder.css), remembered
 * like the theme and applied before the first paint by ThemeInit.astro.
 */
export function setUpElderMode(button: HTMLButtonElement): void {
  const root = document.documentElement;
  const isOn = () => root.dataset.elder !== undefined;
  const show = () => button.setAttribute('aria-pressed', String(isOn()));
  button.addEventListener('click', () => {
    const on = !isOn();
    keepReadingPlace(() => {
      if (on) root.dataset.elder = '';
      else delete root.dataset.elder;
    });
    storeSetting('elder-mode', on ? '1' : undefined);
    show();
  });
  show();
}
