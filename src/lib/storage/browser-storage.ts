/**
 * The one way the course reads and writes the browser's storage outside the persistent stores
 * (which go through src/stores/storage.ts, built on this module). Storage can throw at every step:
 * reaching `localStorage` in a sandboxed frame or with cookies blocked (SecurityError), writing
 * when it is full (QuotaExceededError), and on the server there is none. Every function here
 * answers instead of throwing: what could not be read is undefined, what could not be written
 * returns false, and the caller decides what the visit does without it. Key names come from
 * src/lib/storage/storage-keys.ts.
 */

import { STORED_NAMES, storageKey, type KeyName } from './storage-keys';

/** localStorage (kept across visits) or sessionStorage (this window, until it is closed). */
export type StorageArea = 'local' | 'session';

// Written short on purpose: the site's chunk carries this module to every page.

/** The browser's storage area, or undefined where there is none or reaching it throws. */
export function storageArea(area: StorageArea): Storage | undefined {
  try {
    return (area === 'local' ? localStorage : sessionStorage) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The string stored under `key`, or undefined where nothing is stored or storage refuses. */
export function readItem(area: StorageArea, key: string): string | undefined {
  try {
    return storageArea(area)?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stores `value` under `key`, or removes the key when `value` is undefined. False where storage
 * is missing or refuses (blocked, full): the value then lasts only as long as the caller keeps it.
 */
export function writeItem(area: StorageArea, key: string, value?: string): boolean {
  try {
    const storage = storageArea(area);
    if (value === undefined) storage?.removeItem(key);
    else storage?.setItem(key, value);
    return !!storage;
  } catch {
    return false;
  }
}

/** The JSON value stored under `key`, or undefined where it is missing, damaged or unreadable. */
export function readJson(area: StorageArea, key: string): unknown {
  try {
    return JSON.parse(readItem(area, key) ?? '') as unknown;
  } catch {
    return undefined;
  }
}

const PROBE = 'msst:probe';

/**
 * The storage area when it takes a write (a probe, written then removed), else undefined: missing,
 * blocked or full. A page that finds none says that progress will not be kept.
 */
export function writableArea(area: StorageArea): Storage | undefined {
  return writeItem(area, PROBE, PROBE) && writeItem(area, PROBE) ? storageArea(area) : undefined;
}

/**
 * The course value `name` this browser keeps: under this deployment's key, else under its name
 * from before per-deployment keys (not yet moved: src/lib/storage/legacy-keys.ts, which the stores
 * run). Lets a page that only shows progress skip loading the stores when there is none.
 */
export function readKept(name: KeyName): string | undefined {
  return readItem('local', storageKey(name)) ?? readItem('local', STORED_NAMES[name]);
}
