/**
 * What the presenter view and the projected deck keep in the browser in room mode: the session's
 * secret (this window only, sessionStorage) and its code (localStorage, so the projection in
 * another window follows it). Storage that is blocked or damaged is never trusted nor thrown on.
 */
import { roomKey } from '../lib/storage-keys';

/** sessionStorage key of the presenter window's session. */
export const SECRET_KEY = roomKey('presenter');
/** localStorage key of a deck's current session code. */
export const codeKey = (deck: string) => roomKey(`code:${deck}`);

/** The presenter window's session (code and secret), read without trusting the stored JSON. */
export function readSecret(): { code: string; secret: string } | undefined {
  try {
    const data: unknown = JSON.parse(sessionStorage.getItem(SECRET_KEY) ?? 'null');
    if (data && typeof data === 'object' && 'code' in data && 'secret' in data) {
      const { code, secret } = data;
      if (typeof code === 'string' && typeof secret === 'string') return { code, secret };
    }
  } catch {
    // Blocked or damaged storage: a new session is created.
  }
  return undefined;
}

/** Writes (or removes, with undefined) a value in local or session storage, ignoring a refusal. */
export function store(area: 'local' | 'session', key: string, value: string | undefined): void {
  try {
    const s = area === 'local' ? localStorage : sessionStorage;
    if (value === undefined) s.removeItem(key);
    else s.setItem(key, value);
  } catch {
    // Storage blocked: the room still works in this window until it is reloaded.
  }
}

/** The code of the session a deck last had, from localStorage (the projected deck follows it). */
export function readCode(deck: string): string | undefined {
  try {
    return localStorage.getItem(codeKey(deck)) ?? undefined;
  } catch {
    return undefined;
  }
}
