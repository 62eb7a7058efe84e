/**
 * What the presenter view and the projected deck keep in the browser in room mode: the session's
 * secret (this window only, sessionStorage) and its code (localStorage, so the projection in
 * another window follows it). Storage that is blocked or damaged is never trusted nor thrown on
 * (src/lib/storage/browser-storage.ts): the room still works in this window until it is reloaded.
 */
import { readItem, readJson, writeItem } from '../../lib/storage/browser-storage';
import { roomKey } from '../../lib/storage/storage-keys';

/** sessionStorage key of the presenter window's session. */
const SECRET_KEY = roomKey('presenter');
/** localStorage key of a deck's current session code. */
export const codeKey = (deck: string) => roomKey(`code:${deck}`);

/** The presenter window's session (code and secret), read without trusting the stored JSON. */
export function readSecret(): { code: string; secret: string } | undefined {
  const data = readJson('session', SECRET_KEY);
  if (data && typeof data === 'object' && 'code' in data && 'secret' in data) {
    const { code, secret } = data;
    if (typeof code === 'string' && typeof secret === 'string') return { code, secret };
  }
  return undefined;
}

/** Keeps the session this window created (its secret for this window, its code for the deck). */
export function keepSession(deck: string, session: { code: string; secret: string }): void {
  writeItem('session', SECRET_KEY, JSON.stringify(session));
  writeItem('local', codeKey(deck), session.code);
}

/** Forgets this window's session secret (the session ended or was refused). */
export function forgetSecret(): void {
  writeItem('session', SECRET_KEY, undefined);
}

/** The code of the session a deck last had, from localStorage (the projected deck follows it). */
export function readCode(deck: string): string | undefined {
  return readItem('local', codeKey(deck));
}
