/**
 * The reader's settings in localStorage, under the same keys as the inline <head> script
 * (ThemeInit.astro) reads. Storage can be blocked (private modes, policies): then settings just
 * last for the page.
 */
export function storeSetting(key: 'theme' | 'text-size' | 'elder-mode', value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not stored: the setting still applies to this page.
  }
}
