/**
 * Injected on every page of the static site by src/integrations/offline.ts (never in the SCORM
 * package): once the page has loaded and the browser is idle (2 s at most), registers the service
 * worker where it may (mayRegister), and fills the footer's « Disponible hors ligne » once the
 * worker is active (so its precache is complete). On a page an existing worker controls (a return
 * visit, served from the cache), it loads offline-update.ts, which watches for a new edition. Kept
 * tiny: it is in every page's JavaScript budget.
 */
import { mayRegister, OFFLINE_INFO_FILE, offlineLabel, SW_FILE } from '../../lib/offline/offline';

function start(): void {
  const base = import.meta.env.BASE_URL;
  const sw = navigator.serviceWorker;
  if (!sw || !mayRegister(isSecureContext, !!document.querySelector('meta[name="msst-room"]'))) return;
  sw.register(base + SW_FILE, { scope: base }).then((registration) => {
    const status = document.querySelector<HTMLElement>('[data-offline-status]');
    if (status)
      void sw.ready
        .then(() => fetch(base + OFFLINE_INFO_FILE))
        .then((response) => response.json())
        .then(offlineLabel, () => undefined)
        .then((label) => {
          status.textContent = (status.dataset.ready ?? '').replace('{}', label ?? '').replace(' ()', '');
          status.hidden = false;
        });
    if (sw.controller) void import('./offline-update').then((m) => m.watchUpdates(registration));
  }, Boolean);
}

// Idle, or 2 s after load at the latest: a page kept busy never starves the registration.
addEventListener(
  'load',
  () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start)),
  { once: true },
);
