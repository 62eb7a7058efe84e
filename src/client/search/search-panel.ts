/**
 * <search-panel> (markup in SearchPanel.astro): only this small element ships with every page;
 * the search code (search-controller.ts) is a separate chunk, fetched with Pagefind the first
 * time search is opened.
 */
/** Activates the search (the dialog calls activate(); the results page does at once). */
class SearchPanel extends HTMLElement {
  #started = false;

  connectedCallback() {
    if (this.dataset['mode'] === 'page') this.activate();
  }

  /** Loads the search code (once) and wires the form; safe to call many times. */
  activate() {
    if (this.#started || this.hasAttribute('data-dev')) return;
    this.#started = true;
    import('./search-controller').then(
      ({ startSearch }) => startSearch(this),
      () => {
        // The chunk itself failed to load (offline, moved files): say so where results appear.
        const status = this.querySelector('[data-status]');
        if (status) status.textContent = this.dataset['loadError'] ?? '';
      },
    );
  }
}
customElements.define('search-panel', SearchPanel);
