/**
 * The header's search dialog (markup in SearchDialog.astro): a button opens a modal <dialog>
 * holding the search panel. Ctrl+K (⌘K) or « / » (when not typing in a field) opens it from any
 * page; Esc closes it and focus goes back where it was. showModal() makes the rest of the page
 * inert, so focus stays inside. Pagefind and the search code load only when the dialog first
 * opens (see search-panel.ts).
 */
import { isTyping } from '../typing';

/** <search-dialog>: wires the open and close buttons, the backdrop and the shortcuts. */
class SearchDialog extends HTMLElement {
  connectedCallback() {
    const open = this.querySelector<HTMLButtonElement>('[data-open]');
    const close = this.querySelector<HTMLButtonElement>('[data-close]');
    const dialog = this.querySelector('dialog');
    const panel = this.querySelector<HTMLElement & { activate?: () => void }>('search-panel');
    if (!open || !close || !dialog || !panel) return;
    if (/Mac|iPhone|iPad/.test(navigator.userAgent)) {
      const kbd = this.querySelector('[data-kbd]');
      if (kbd) kbd.textContent = this.dataset['shortcutMac'] ?? '';
    }

    let returnTo: HTMLElement = open;
    let leaving = false;

    const show = () => {
      if (dialog.open) return;
      const active = document.activeElement;
      returnTo = active instanceof HTMLElement && active !== document.body ? active : open;
      leaving = false;
      dialog.showModal();
      panel.activate?.();
      panel.querySelector('input')?.focus();
    };

    open.addEventListener('click', show);
    close.addEventListener('click', () => dialog.close());
    // A click on the backdrop lands on the <dialog> itself (the frame fills the box).
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
      // Following a result: close first, so a link to a section of this very page can scroll
      // there, and do not pull focus back to the header.
      if (event.target instanceof Element && event.target.closest('a[href]')) {
        leaving = true;
        dialog.close();
      }
    });
    dialog.addEventListener('close', () => {
      if (!leaving) returnTo.focus();
    });

    document.addEventListener('keydown', (event) => {
      if (event.defaultPrevented) return;
      const modified = event.ctrlKey || event.metaKey || event.altKey;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (dialog.open) dialog.close();
        else show();
      } else if (event.key === '/' && !modified && !dialog.open && !isTyping(event.target)) {
        event.preventDefault();
        // On the results page, « / » goes to its own field rather than opening a second search.
        const field = document.querySelector<HTMLInputElement>('search-panel[data-mode="page"] input[name="q"]');
        if (field) field.focus();
        else show();
      }
    });
  }
}
customElements.define('search-dialog', SearchDialog);
