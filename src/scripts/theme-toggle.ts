import { storeSetting } from './stored-setting.ts';

/**
 * The light/dark toggle. The page follows the system until the reader picks the other theme; the
 * choice is remembered, and forgotten again when it matches the system, so that a reader who
 * goes back to the system's theme follows it from then on.
 */
export function setUpThemeToggle(button: HTMLButtonElement): void {
  const root = document.documentElement;
  const system = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : system.matches);
  const show = () => button.setAttribute('aria-pressed', String(isDark()));
  button.addEventListener('click', () => {
    const dark = !isDark();
    if (dark === system.matches) delete root.dataset.theme;
    else root.dataset.theme = dark ? 'dark' : 'light';
    storeSetting('theme', root.dataset.theme);
    show();
  });
  system.addEventListener('change', show);
  show();
}
