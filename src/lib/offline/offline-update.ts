/**
 * When a new edition of the course may be offered (the update banner of offline use, see
 * src/lib/offline/offline.ts). Pure; apart from offline.ts so that the registration code, on every page,
 * does not carry it.
 */

/** What the page is doing, as far as offering an update is concerned. */
export interface UpdateContext {
  /** A new edition's worker is installed and waiting. */
  waiting: boolean;
  /** The page is under the current worker's control (not a first visit). */
  controlled: boolean;
  /** A quiz attempt is under way on the page (answers chosen, not yet finished). */
  quizInProgress: boolean;
}

/**
 * Whether to show « Une nouvelle version du module est disponible » now: a worker waits, the page
 * runs an older edition, and no quiz attempt would be cut short by the reload.
 */
export function mayOfferUpdate(page: UpdateContext): boolean {
  return page.waiting && page.controlled && !page.quizInProgress;
}
