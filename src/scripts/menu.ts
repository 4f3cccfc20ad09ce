/**
 * The phone menu is a <details> that works on its own; once a link inside it is followed (a
 * contents entry on the same page), it closes so that the menu does not stay open above the text.
 */
export function setUpMenu(menu: HTMLDetailsElement): void {
  menu.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) menu.open = false;
  });
}
