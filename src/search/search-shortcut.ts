// `/` and Ctrl+K (⌘K) focus the search box from anywhere: the header's, or the search page's own.
// Runs on every page, so it stays tiny and imports nothing.
document.addEventListener('keydown', (event) => {
  const input = document.querySelector<HTMLInputElement>('input[type="search"][name="q"]');
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const modifier = event.ctrlKey || event.metaKey;
  // Shift is allowed for `/`: some keyboard layouts need it to type one.
  const isShortcut =
    (modifier && !event.shiftKey && event.key.toLowerCase() === 'k') || (event.key === '/' && !modifier && !typing);
  if (!input || event.isComposing || event.altKey || !isShortcut) return;
  event.preventDefault();
  input.focus();
  input.select();
});
