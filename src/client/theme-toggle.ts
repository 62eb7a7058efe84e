/**
 * The light/dark button of the site chrome (markup in src/components/ThemeToggle.astro): switches
 * the theme and remembers the choice. A tiny custom element, no framework. The saved choice is
 * applied before first paint by ThemeInit.astro; where storage is blocked, the choice lasts the
 * visit.
 */
import { readItem, writeItem } from '../lib/storage/browser-storage';
import { THEME_KEY, effectiveTheme, parseTheme } from '../lib/storage/theme';

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const label = this.querySelector('.label');
    if (!button || !label) return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const root = document.documentElement;
    const render = () => {
      const dark = root.dataset.theme === 'dark' || (!root.dataset.theme && media.matches);
      button.setAttribute('aria-pressed', String(dark));
      label.textContent = dark ? (this.dataset.toLight ?? '') : (this.dataset.toDark ?? '');
    };
    button.addEventListener('click', () => {
      const next =
        effectiveTheme(parseTheme(readItem('local', THEME_KEY)), media.matches) === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      writeItem('local', THEME_KEY, next);
      render();
    });
    media.addEventListener('change', render);
    render();
  }
}
customElements.define('theme-toggle', ThemeToggle);
