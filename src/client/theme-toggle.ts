/**
 * The light/dark button of the site chrome (markup in src/components/ThemeToggle.astro): switches
 * the theme and remembers the choice. A tiny custom element, no framework. The saved choice is
 * applied before first paint by ThemeInit.astro; where storage is blocked, the choice lasts the
 * visit. It reaches localStorage itself, as ThemeInit does, rather than through
 * src/lib/storage/browser-storage.ts: that module lives in the shared « site » chunk, and importing
 * it would turn this script, inlined in every page, into a request of its own.
 */
import { THEME_KEY, effectiveTheme, parseTheme } from '../lib/storage/theme';

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const label = this.querySelector('.label');
    if (!button || !label) return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const root = document.documentElement;
    // What the page shows: the choice ThemeInit or a click applied, else the system's theme. A click
    // switches what is shown, even when another tab has since stored a different choice.
    const shown = () => effectiveTheme(parseTheme(root.dataset.theme), media.matches);
    const render = () => {
      const dark = shown() === 'dark';
      button.setAttribute('aria-pressed', String(dark));
      label.textContent = dark ? (this.dataset.toLight ?? '') : (this.dataset.toDark ?? '');
    };
    button.addEventListener('click', () => {
      const next = shown() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Storage blocked: the choice still applies for this visit.
      }
      render();
    });
    media.addEventListener('change', render);
    render();
  }
}
customElements.define('theme-toggle', ThemeToggle);
