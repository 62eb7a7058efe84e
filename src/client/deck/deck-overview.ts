/**
 * The projected deck's overview grid (the dialog drawn by Deck.astro): one button per slide with a
 * thumbnail, moved through with the arrow keys, Enter to go to a slide, Esc or O to close. Loaded
 * by deck-controller.ts the first time the overview opens; the grid is built then, once. What it
 * needs of the deck's own code comes with the call (Overview), so the chunk imports no other and
 * its loading asks for nothing else.
 */
import { gridMove } from '../../lib/deck/deck-grid';

/** What the overview needs from the deck: its dialog and grid, its slides, and what to do with a choice. */
export interface Overview {
  dialog: HTMLDialogElement;
  grid: HTMLOListElement;
  slides: readonly HTMLElement[];
  /** A slide's button text, from its number (1-based) and title (the deck's strings). */
  label: (n: number, title: string) => string;
  /** A slide's title (deck-dom.ts slideTitle). */
  title: (slide: HTMLElement) => string;
  /** A slide's copy for a thumbnail (deck-dom.ts previewOf). */
  preview: (slide: HTMLElement) => HTMLElement;
  /** Moves the deck to the slide chosen (0-based). */
  go: (index: number) => void;
}

/** Shows the overview's grid on slide `current` (0-based), built the first time, in its open dialog. */
export function openOverview(overview: Overview, current: number): void {
  const { grid } = overview;
  if (!grid.childElementCount) build(overview);
  const buttons = [...grid.querySelectorAll<HTMLButtonElement>('button')];
  buttons.forEach((b, i) => {
    b.tabIndex = i === current ? 0 : -1;
    if (i === current) b.setAttribute('aria-current', 'step');
    else b.removeAttribute('aria-current');
  });
  buttons[current]?.focus();
  buttons[current]?.scrollIntoView({ block: 'nearest' });
}

/** The grid's items, from copies of the slides, and its keys. */
function build({ dialog, grid, slides, label, title, preview, go }: Overview): void {
  slides.forEach((slide, i) => {
    const item = document.createElement('li');
    const thumb = document.createElement('div');
    thumb.className = 'thumb';
    thumb.setAttribute('aria-hidden', 'true');
    thumb.inert = true;
    thumb.append(preview(slide));
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.index = String(i);
    button.textContent = label(i + 1, title(slide));
    button.addEventListener('click', () => {
      dialog.close();
      go(i);
    });
    item.append(thumb, button);
    grid.append(item);
  });
  grid.addEventListener('keydown', (e) => onGridKey(e, grid));
  dialog.addEventListener('keydown', (e) => {
    if (e.key.toLowerCase() !== 'o' || e.ctrlKey || e.metaKey || e.altKey) return;
    // Handled here: the deck's own key handler must not reopen the overview just closed.
    e.preventDefault();
    dialog.close();
  });
}

/** Arrow keys, Home and End move the focus in the grid, by rows as the grid is laid out. */
function onGridKey(e: KeyboardEvent, grid: HTMLElement): void {
  const buttons = [...grid.querySelectorAll<HTMLButtonElement>('button')];
  const from = buttons.findIndex((b) => b === document.activeElement);
  if (from < 0) return;
  const top = buttons[0]?.getBoundingClientRect().top ?? 0;
  const columns = buttons.filter((b) => Math.abs(b.getBoundingClientRect().top - top) < 2).length;
  const to = gridMove(from, e.key, columns, buttons.length);
  if (to === from) return;
  e.preventDefault();
  buttons.forEach((b, i) => (b.tabIndex = i === to ? 0 : -1));
  buttons[to]?.focus();
  buttons[to]?.scrollIntoView({ block: 'nearest' });
}
