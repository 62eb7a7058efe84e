/**
 * `client:interaction`: an island that hydrates on the learner's first interaction with it (a
 * focus, a pointer press, a key or a touch inside it), not when it scrolls into view. A lesson's
 * quiz is server-rendered as a working form (native radio buttons, checkboxes and lists), so a
 * reader who only reads never loads Preact and the quiz island (about 10 KB gzip); one who starts
 * answering loads them at once.
 *
 * Nothing done before the island is ready is lost: a choice in the form is read back by the island
 * when it hydrates (src/islands/quiz/read-form.ts), and a button pressed meanwhile (« Vérifier »,
 * « Monter ») is pressed again once it has hydrated, in the same order. If loading fails (offline
 * before the cache was filled), the next interaction tries again.
 *
 * Astro inlines this file into each page that uses it (registered by
 * src/integrations/client-directives.ts): it imports nothing.
 */
import type { ClientDirective } from 'astro';

/** What counts as starting to use the island. */
const STARTS = ['focusin', 'pointerdown', 'keydown', 'touchstart'] as const;

const interaction: ClientDirective = (load, _options, el) => {
  let state: 'waiting' | 'loading' | 'done' = 'waiting';
  const pressed: HTMLButtonElement[] = [];
  const remember = (event: Event) => {
    if (state === 'done') return;
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && pressed.at(-1) !== button) pressed.push(button);
  };
  const start = async () => {
    if (state !== 'waiting') return;
    state = 'loading';
    try {
      const hydrate = await load();
      await hydrate();
    } catch {
      state = 'waiting';
      pressed.length = 0;
      return;
    }
    state = 'done';
    for (const type of STARTS) el.removeEventListener(type, start, true);
    el.removeEventListener('click', remember, true);
    // The island's first renders (the form read back) settle before the presses are replayed.
    await new Promise((settled) => setTimeout(settled));
    for (const button of pressed) if (button.isConnected && !button.disabled) button.click();
  };
  el.addEventListener('click', remember, true);
  for (const type of STARTS) el.addEventListener(type, start, { capture: true, passive: true });
};

export default interaction;
