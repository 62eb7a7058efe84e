/**
 * Keys from before per-deployment keys (src/lib/storage/storage-keys.ts): moved once into the first copy of
 * the course that opens. Apart from the key names so that only the storage module loads it.
 */
import { STORED_NAMES, storageKey, type KeyName } from './storage-keys';

/** The part of Storage that migration uses. */
type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Moves each value kept under its name from before scoping into this deployment's key, and removes
 * the old key: the first copy of the course opened takes it, a later copy starts clean rather than
 * with another copy's data. A deployment that already has its own value leaves the old key for
 * another copy. Returns the names moved; never throws (storage may refuse any call).
 */
export function migrateLegacyKeys(storage: KeyValueStore, base: string = import.meta.env.BASE_URL): KeyName[] {
  const moved: KeyName[] = [];
  for (const name of Object.keys(STORED_NAMES) as KeyName[]) {
    try {
      const legacy = storage.getItem(STORED_NAMES[name]);
      if (legacy === null) continue;
      const key = storageKey(name, base);
      if (storage.getItem(key) !== null) continue;
      storage.setItem(key, legacy);
      storage.removeItem(STORED_NAMES[name]);
      moved.push(name);
    } catch {
      // Storage refused (blocked, full): the old value stays where it is, readable next time.
    }
  }
  return moved;
}
