/**
 * Browser-side helpers shared by the deck and the presenter view: finding slides, fitting a slide's
 * text to its frame, preview copies, and opening the channel between windows. The decisions
 * (where to go, what to share) are in src/lib/deck/deck-nav.ts and src/lib/deck/deck-sync.ts.
 */
import { decodeDeckState, type DeckState } from '../../lib/deck/deck-nav';
import { createSync, pickTransport, randomId, type Sync } from '../../lib/deck/deck-sync';
import { deckChannel } from '../../lib/storage/storage-keys';
import { storageArea } from '../../lib/storage/browser-storage';
import { isTyping } from '../typing';

/** Every slide of the deck's track, in order. */
export function collectSlides(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-deck-track] [data-slide]')];
}

/** Whether a slide is a poll question (its answer can be revealed). */
export function isPoll(slide: HTMLElement | undefined): boolean {
  return slide?.hasAttribute('data-poll') ?? false;
}

/** The slide's title, as the overview and announcements say it. */
export function slideTitle(slide: HTMLElement | undefined): string {
  return slide?.dataset.slideTitle ?? '';
}

/**
 * Shrinks a displayed slide's type until its content fits its 16:9 frame (down to 55 %), so a
 * long slide stays whole on the projector instead of being cut.
 */
export function fitSlide(slide: HTMLElement | undefined): void {
  const content = slide?.querySelector<HTMLElement>('.content');
  if (!content || content.clientHeight === 0) return;
  let fit = 1;
  content.style.setProperty('--fit', '1');
  while (content.scrollHeight > content.clientHeight + 1 && fit > 0.55) {
    fit = Math.round((fit - 0.05) * 100) / 100;
    content.style.setProperty('--fit', String(fit));
  }
}

/**
 * A copy of a slide for a preview (overview, presenter view): no ids, no notes, not current, no
 * button, and nothing in it reachable with Tab (a figure's scrollable table, a link): a preview is
 * a picture.
 */
export function previewOf(slide: HTMLElement): HTMLElement {
  const copy = slide.cloneNode(true) as HTMLElement;
  copy.removeAttribute('data-current');
  copy.removeAttribute('inert');
  for (const el of copy.querySelectorAll('[data-notes]')) el.remove();
  for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
  // A preview is no control, and the overview's thumbnails are buttons themselves, which may not
  // hold another: a slide's tool buttons (« Commencer », « Reprendre cette décision »…) are left
  // out, and any other button (a simulation's choices, which are content) leaves only its text.
  for (const button of copy.querySelectorAll('button')) {
    if (button.classList.contains('tool')) button.remove();
    else button.replaceWith(...button.childNodes);
  }
  for (const el of copy.querySelectorAll('[tabindex], a[href], input, select, textarea, summary')) {
    el.setAttribute('tabindex', '-1');
  }
  return copy;
}

/** The shared state of one deck across this browser's windows, and how it travels. */
export function openSync(
  deckId: string,
  count: number,
  initial: DeckState,
  onRemote: (state: DeckState) => void,
): { sync: Sync<DeckState>; kind: 'broadcast' | 'storage' | 'none' } {
  // Blocked storage: pickTransport falls back to no transport.
  const storage = storageArea('local');
  const { kind, transport } = pickTransport(deckChannel(deckId), {
    BroadcastChannel: typeof BroadcastChannel === 'function' ? BroadcastChannel : undefined,
    localStorage: storage,
    target: window,
  });
  const sync = createSync<DeckState>({
    transport,
    id: randomId(),
    initial,
    decode: (raw) => decodeDeckState(raw, count),
    onRemote,
  });
  return { sync, kind };
}

/**
 * Shows a slide's number in the URL: a new history entry (`push`) or in place. Browsers limit how
 * often a page may call history (Safari throws after 100 calls in 10 s, Chromium after a few
 * hundred): a refused call leaves the URL behind, never the slide itself.
 */
export function showInUrl(hash: string, push: boolean): void {
  try {
    if (push) history.pushState(null, '', hash);
    else history.replaceState(history.state, '', hash);
  } catch {
    // The URL catches up with the next move the browser accepts.
  }
}

/** Says something to screen readers through a polite live region. */
export function announce(region: Element | null, text: string): void {
  if (!region) return;
  // Clearing first makes a repeated message (same slide title twice) be read again.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = text;
  }, 30);
}

/** Whether a key press belongs to a form field or an activated control rather than to the deck. */
export function keyIsForTarget(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return false;
  if (isTyping(target)) return true;
  return (event.key === ' ' || event.key === 'Enter') && target.closest('button, a[href], summary') !== null;
}

/** Enters or leaves full screen; false when the browser refuses. */
export async function toggleFullscreen(): Promise<boolean> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
    return true;
  } catch {
    return false;
  }
}
