/**
 * The presenter view's preferences, kept in this browser: the notes' text size and, per deck, the
 * talk length its countdown counts down from. Stored values are distrusted (decoded field by field,
 * bounded) and storage that throws (private mode, full, blocked) only means they are not kept.
 */
import { presenterPrefsKey } from '../storage/storage-keys';
import { MAX_TALK_MINUTES } from './presenter-timer';

/** The storage key of the presenter's preferences, per deployment (src/lib/storage/storage-keys.ts). */
export const PRESENTER_PREFS_KEY = presenterPrefsKey();

/** The smallest and largest steps of the notes' text size (0 is the default size). */
export const NOTES_STEPS = { min: -3, max: 5 } as const;

/** What the presenter view remembers. */
export interface PresenterPrefs {
  /** Notes text size, in steps from the default (NOTES_STEPS). */
  notesStep: number;
  /** Talk length in minutes, per deck id. */
  talkMinutes: Record<string, number>;
}

/** The preferences before the trainer changed any. */
export function defaultPrefs(): PresenterPrefs {
  return { notesStep: 0, talkMinutes: {} };
}

/** Reads stored preferences; anything malformed falls back to the default, field by field. */
export function decodePrefs(raw: string | null): PresenterPrefs {
  const prefs = defaultPrefs();
  if (raw === null || raw.length > 10_000) return prefs;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return prefs;
  }
  if (typeof value !== 'object' || value === null) return prefs;
  const v = value as Record<string, unknown>;
  if (Number.isInteger(v.notesStep)) prefs.notesStep = clampStep(v.notesStep as number);
  if (typeof v.talkMinutes === 'object' && v.talkMinutes !== null && !Array.isArray(v.talkMinutes)) {
    for (const [deck, minutes] of Object.entries(v.talkMinutes as Record<string, unknown>).slice(0, 100)) {
      if (
        deck.length <= 100 &&
        Number.isInteger(minutes) &&
        (minutes as number) >= 1 &&
        (minutes as number) <= MAX_TALK_MINUTES
      )
        prefs.talkMinutes[deck] = minutes as number;
    }
  }
  return prefs;
}

/** Keeps a notes size step inside NOTES_STEPS. */
export function clampStep(step: number): number {
  return Math.min(NOTES_STEPS.max, Math.max(NOTES_STEPS.min, Math.trunc(step)));
}

/** The factor the notes' default text size is multiplied by at a step (1 at step 0). */
export function notesScale(step: number): number {
  return Math.round((1 + clampStep(step) * 0.125) * 1000) / 1000;
}

/** The parts of localStorage the preferences use. */
export interface PrefsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The stored preferences, or the default when storage is missing or throws. */
export function loadPrefs(storage: PrefsStorage | undefined): PresenterPrefs {
  try {
    return decodePrefs(storage?.getItem(PRESENTER_PREFS_KEY) ?? null);
  } catch {
    return defaultPrefs();
  }
}

/** Stores the preferences; false when storage is missing or refuses (they last for this visit). */
export function savePrefs(storage: PrefsStorage | undefined, prefs: PresenterPrefs): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PRESENTER_PREFS_KEY, JSON.stringify(prefs));
    return true;
  } catch {
    return false;
  }
}
