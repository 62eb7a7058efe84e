/**
 * <home-progress> (HomeProgress.astro): the learner's progress on the home page. The page as built
 * is a first visit's (« Commencer le module », no status); once idle, this element loads the
 * drawing (src/client/home-progress-draw.ts, with the stores) only when there is something to
 * draw: progress kept in this browser, or storage refused (the page then says that progress will
 * not be kept). A first visit loads neither. If the course is started meanwhile in another tab (a
 * « storage » event) or in this one before coming back here (a page restored from the back-forward
 * cache), the drawing loads then; in the SCORM package it always loads. Marks itself `data-drawn`
 * once it has looked (and drawn, when there was something to draw).
 */
import { readKept, writableArea } from '../lib/storage/browser-storage';
import { storageKey } from '../lib/storage/storage-keys';

/**
 * Whether the page as built may not be the learner's: progress kept, or none can be. In the SCORM
 * package, always: the LMS adapter fills the stores from the LMS after the page has loaded.
 */
const somethingToDraw = () =>
  __SCORM_PACKAGE__ || !writableArea('local') || !!readKept('lessons') || !!readKept('quizzes');

class HomeProgress extends HTMLElement {
  #drawing = false;

  connectedCallback() {
    const drawn = () => {
      this.dataset.drawn = '';
    };
    const check = () => {
      if (this.#drawing) return;
      if (!somethingToDraw()) return drawn();
      this.#drawing = true;
      import('./home-progress-draw').then(
        ({ drawProgress }) => {
          drawProgress(this);
          drawn();
        },
        () => {
          // Its code did not load (offline before the cache was filled): the page stays as built,
          // and the next change tries again.
          this.#drawing = false;
          this.dataset.drawn = 'failed';
        },
      );
    };
    const keys = [storageKey('lessons'), storageKey('quizzes')];
    addEventListener('storage', (event) => {
      if (event.key !== null && keys.includes(event.key)) check();
    });
    addEventListener('pageshow', (event) => {
      if (event.persisted) check();
    });
    // Idle: the status is a help, not the content; the lesson list is readable before it.
    if ('requestIdleCallback' in window) requestIdleCallback(check, { timeout: 2000 });
    else setTimeout(check, 200);
  }
}
customElements.define('home-progress', HomeProgress);
