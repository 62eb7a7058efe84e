/**
 * Where the stores keep their data: localStorage when the browser allows it, else memory for this
 * visit only, with $storageAvailable false so the pages can say that progress will not be kept.
 * This module installs the engine before any persistent store is created (they all come from
 * storedAtom below), and never lets a storage error reach a component.
 */
import { atom, type WritableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { migrateLegacyKeys } from '../lib/storage/legacy-keys';
import { readItem, writableArea } from '../lib/storage/browser-storage';

/** False when progress is kept in memory only (private mode, storage blocked or full). */
export const $storageAvailable = atom(true);

/**
 * An object that @nanostores/persistent reads and writes like localStorage. Each access goes
 * through try/catch: a write refused midway (quota full) is kept in memory for the visit instead.
 */
export function guardedEngine(storage: Storage | undefined): Record<string, string> {
  const memory = new Map<string, string>();
  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  return new Proxy({} as Record<string, string>, {
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    set: (_, key, value) => {
      if (typeof key !== 'string') return true;
      try {
        if (!storage) throw new Error('no storage');
        storage.setItem(key, String(value));
        memory.delete(key);
      } catch {
        memory.set(key, String(value));
        $storageAvailable.set(false);
      }
      return true;
    },
    deleteProperty: (_, key) => {
      if (typeof key !== 'string') return true;
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to undo: the value is gone from memory, and storage refused to be touched.
      }
      return true;
    },
  });
}

// On the server there is no window: stores keep their initial value and islands render empty.
if (typeof window !== 'undefined') {
  const storage = writableArea('local');
  if (!storage) $storageAvailable.set(false);
  // Values kept under the names from before per-deployment keys move here before any store reads.
  else migrateLegacyKeys(storage);
  const noEvents = { addEventListener() {}, removeEventListener() {} };
  // The window « storage » event is how another tab's change arrives: it keeps open tabs in sync.
  setPersistentEngine(guardedEngine(storage), storage ? windowPersistentEvents : noEvents);
}

/**
 * What storage holds under `key` right now, read past the store: another tab may have written it
 * a moment ago, before its « storage » event reached this one. Undefined when unreadable.
 */
export function readStored(key: string): string | undefined {
  // Through this module, so that keys from before per-deployment keys have moved before the read.
  return readItem('local', key);
}

/** A store persisted as JSON under `key`; `decode` must turn any string into a valid value. */
export function storedAtom<T>(key: string, initial: T, decode: (raw: string) => T): WritableAtom<T> {
  return persistentAtom<T>(key, initial, { encode: JSON.stringify, decode });
}
