/**
 * Offers a new edition of the course, loaded by offline-start.ts on pages a worker controls: when a
 * new edition's worker is installed and waits, shows the banner of OfflineStatus.astro (« Une
 * nouvelle version du module est disponible »), except while a quiz attempt is under way (it looks
 * again whenever the learner acts, and hides it then). « Mettre à jour » posts SKIP_WAITING to the
 * waiting worker and reloads once when it takes over. Where the page has no banner (the projected
 * deck), nothing is shown. Progress and plans (localStorage) are not touched.
 */
import { mayOfferUpdate } from '../../lib/offline/offline-update';

/** A quiz with a chosen answer and no result yet, or with the focus inside: an attempt under way. */
const QUIZ_IN_PROGRESS = '.quiz:focus-within, .quiz:has(input:checked):not(:has([id$="-result"]))';

/** Shows the banner while allowed (hidden during a quiz attempt) and applies the update on its button. */
function offerUpdate(registration: ServiceWorkerRegistration): void {
  const banner = document.querySelector<HTMLElement>('[data-offline-update]');
  const button = banner?.querySelector<HTMLButtonElement>('button');
  // Once per page: a second edition found while the first waits is applied by the same button.
  if (!banner || !button || banner.dataset.offered === 'oui') return;
  banner.dataset.offered = 'oui';
  const sw = navigator.serviceWorker;
  const tryShow = () => {
    const show = mayOfferUpdate({
      waiting: registration.waiting !== null,
      controlled: sw.controller !== null,
      quizInProgress: document.querySelector(QUIZ_IN_PROGRESS) !== null,
    });
    banner.hidden = !show;
    return show;
  };
  button.addEventListener('click', () => {
    const waiting = registration.waiting;
    if (!waiting) return;
    button.disabled = true;
    sw.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  tryShow();
  // A quiz attempt may start or end at any time: look again whenever the learner acts or moves.
  const again = () => setTimeout(tryShow, 0);
  for (const type of ['focusin', 'focusout', 'click', 'change']) document.addEventListener(type, again);
}

/** Offers the waiting edition now, or the next one once it is installed. */
export function watchUpdates(registration: ServiceWorkerRegistration): void {
  if (registration.waiting) offerUpdate(registration);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offerUpdate(registration);
    });
  });
}
