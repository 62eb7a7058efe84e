/**
 * `client:interaction`: an island that hydrates on the learner's first interaction with it (a
 * focus, a pointer press, a key, a touch, a click or a change inside it), not when it scrolls into
 * view. A lesson's quiz is server-rendered as a working form (native radio buttons, checkboxes and
 * lists), so a reader who only reads never loads Preact and the quiz island (about 10 KB gzip);
 * one who starts answering loads them at once. A click alone starts it too: a screen reader in
 * browse mode can activate a control without focusing it first.
 *
 * Nothing done before the island is ready is lost: a choice in the form is read back by the island
 * when it hydrates (src/islands/quiz/read-form.ts), and a button pressed meanwhile (« Vérifier »,
 * « Monter ») is pressed again once it has hydrated, one at a time and in the same order, each
 * after the island has drawn the one before. A press older than STALE_MS is dropped rather than
 * replayed out of context (on a very slow network the learner presses again). If the island's
 * code does not load (offline before the cache was filled: Astro logs it and leaves the island as
 * it was), the island is marked `data-load-failed` and the next interaction tries again; if it
 * fails while rendering, it is marked `data-hydration-failed` and left as the server drew it.
 *
 * Its value, when there is one, is an object: `data` names the file that holds the island's data
 * (a lesson quiz's questions, a simulation's graph: island-data.ts), fetched beside its code (if the
 * file cannot be had, the island is marked `data-load-failed` as when its code does not load);
 * `view` hydrates the island as soon as it comes into view, the first interaction being the latest
 * (a quiz that draws its questions must not redraw them under the learner's first click).
 *
 * Astro inlines this file, with what it imports, into each page that uses it (registered by
 * src/integrations/client-directives.ts).
 */
import type { ClientDirective } from 'astro';
import { addIslandData } from './island-data';

/** What counts as starting to use the island. */
const STARTS = ['focusin', 'pointerdown', 'keydown', 'touchstart', 'change'] as const;
/** What the directive's value may say (see above). */
interface Options {
  data?: string;
  view?: boolean;
}

/** A press older than this when the island is ready is not replayed. */
const STALE_MS = 10_000;

/** Lets the island draw what the last action changed (Preact renders after a microtask). */
const settle = () => new Promise((done) => setTimeout(done));

const interaction: ClientDirective = (load, options, el) => {
  const { data, view } = (options.value || {}) as Options;
  let state: 'waiting' | 'loading' | 'replaying' | 'done' = 'waiting';
  const pressed: { button: HTMLButtonElement; at: number }[] = [];
  let replayed: HTMLButtonElement | undefined;

  const stop = () => {
    state = 'done';
    pressed.length = 0;
    for (const type of STARTS) el.removeEventListener(type, start, true);
    el.removeEventListener('click', onClick, true);
  };

  const loadFailed = () => {
    // The next interaction tries again. The page may show what stands in for the island meanwhile
    // (the simulation's script: scenario.css).
    el.setAttribute('data-load-failed', '');
    state = 'waiting';
    pressed.length = 0;
  };

  const start = async () => {
    if (state !== 'waiting') return;
    state = 'loading';
    try {
      await addIslandData(el, data);
    } catch {
      loadFailed();
      return;
    }
    try {
      const hydrate = await load();
      await hydrate();
    } catch {
      // The island failed while rendering: leave the server's markup, never hydrate it twice, and
      // say so to the page (the simulation's script comes back: scenario.css).
      el.setAttribute('data-hydration-failed', '');
      stop();
      return;
    }
    if (el.hasAttribute('ssr')) {
      // Its code did not load.
      loadFailed();
      return;
    }
    el.removeAttribute('data-load-failed');
    state = 'replaying';
    for (let next = pressed.shift(); next; next = pressed.shift()) {
      await settle();
      const { button, at } = next;
      if (performance.now() - at > STALE_MS || !button.isConnected || button.disabled) continue;
      replayed = button;
      button.click();
      replayed = undefined;
    }
    stop();
  };

  const onClick = (event: Event) => {
    if (state === 'done' || event.target === replayed) return;
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && el.contains(button)) {
      // While earlier presses are replayed, a new one waits its turn behind them.
      if (state === 'replaying') event.stopImmediatePropagation();
      pressed.push({ button, at: performance.now() });
    }
    void start();
  };

  el.addEventListener('click', onClick, true);
  for (const type of STARTS) el.addEventListener(type, start, { capture: true, passive: true });
  if (view) {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void start();
    });
    // The island is `display: contents`: what comes into view is its children.
    for (const child of el.children) observer.observe(child);
  }
};

export default interaction;
