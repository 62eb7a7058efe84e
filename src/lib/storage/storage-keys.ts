/**
 * Every name under which the course keeps something in the browser (localStorage, sessionStorage,
 * BroadcastChannel), in one place. Each name carries the deployment's root path, so two copies of
 * the course on one origin — two sub-paths of a static host, or two SCORM packages in one LMS —
 * never share progress, the learner's name, the plan, a deck's channel or a room session.
 *
 * The root is the site's base path (BASE_URL): the build's BASE_PATH, or in a SCORM package the
 * package's folder, computed at run time (src/build-time/scorm-package.ts rewrites the base in scripts).
 * Names from before this scheme (« v1 » keys, one per origin) are moved once into the first copy
 * of the course that opens (src/lib/storage/legacy-keys.ts), then removed so that no second copy inherits
 * them.
 */

/**
 * The course's stored values, by what they hold: the registry every key is made from
 * (storageKey). Each entry is the value's unscoped name, which is also the key it had before
 * per-deployment keys, the one src/lib/storage/legacy-keys.ts moves from.
 */
export const STORED_NAMES = {
  /** Lesson records (visited, read, completed). */
  lessons: 'msst:progress:v1',
  /** Quiz records (attempts and best scores). */
  quizzes: 'msst:quiz-results:v1',
  /** The name typed for the certificate. */
  learnerName: 'msst:learner-name:v1',
  /** « Mon plan ». */
  plan: 'msst:plan:v1',
} as const;
// The light/dark choice (THEME_KEY, src/lib/storage/theme.ts) stays one per origin on purpose: it is a
// preference of the device, not the learner's data, and the script that applies it before first
// paint cannot know a SCORM package's folder. It lives beside the theme's code, which the theme
// toggle bundles into its inline script: importing it from here would cost every page a request.

/** What a stored value holds. */
export type KeyName = keyof typeof STORED_NAMES;

/** The base path as a scope: always starts and ends with « / » (« / » for the root). */
export function scopeOf(base: string): string {
  return `/${base}/`.replace(/\/{2,}/g, '/');
}

/** The current deployment's root path (the site's base, resolved at run time in a SCORM package). */
function currentBase(): string {
  return import.meta.env.BASE_URL;
}

/** Turns a « msst:… » name into this deployment's: « msst:/medias-sociaux/:progress:v1 ». */
export function scoped(name: string, base: string = currentBase()): string {
  return `msst:${scopeOf(base)}:${name.replace(/^msst:/, '')}`;
}

/** The storage key of one of the course's stored values, for this deployment. */
export function storageKey(name: KeyName, base: string = currentBase()): string {
  return scoped(STORED_NAMES[name], base);
}

/** The channel (and storage-event key) that keeps a deck and its presenter view together. */
export function deckChannel(deckId: string, base: string = currentBase()): string {
  return scoped(`msst:deck:v1:${deckId}`, base);
}

/** The presenter view's preferences (notes size, talk length per deck): src/lib/deck/deck-prefs.ts. */
export function presenterPrefsKey(base: string = currentBase()): string {
  return scoped('msst:presenter:v1', base);
}

/** The presenter view's timer of a deck, in sessionStorage so a reload of the view keeps it. */
export function presenterTimerKey(deckId: string, base: string = currentBase()): string {
  return scoped(`msst:presenter-timer:v1:${deckId}`, base);
}

/** A room-mode key (the phone's id, the presenter's secret, the code joined, a deck's room code). */
export function roomKey(name: string, base: string = currentBase()): string {
  return scoped(`msst:room:v1:${name}`, base);
}

/** The LMS adapter's key for when the LMS session started (sessionStorage). */
export function lmsSessionKey(base: string = currentBase()): string {
  return scoped('msst:lms-session-start', base);
}
