import { describe, expect, it } from 'vitest';
import {
  deckChannel,
  STORED_NAMES,
  lmsSessionKey,
  roomKey,
  scopeOf,
  storageKey,
} from '../../../../src/lib/storage/storage-keys';
import { migrateLegacyKeys } from '../../../../src/lib/storage/legacy-keys';

/** A Map-backed Storage stand-in that can refuse writes. */
function memoryStorage(initial: Record<string, string> = {}, refuse = false) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (refuse) throw new DOMException('Stockage plein', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('storage keys per deployment', () => {
  it('normalizes a base path into a scope', () => {
    expect(scopeOf('/')).toBe('/');
    expect(scopeOf('')).toBe('/');
    expect(scopeOf('/medias-sociaux')).toBe('/medias-sociaux/');
    expect(scopeOf('/medias-sociaux/')).toBe('/medias-sociaux/');
    expect(scopeOf('medias-sociaux/')).toBe('/medias-sociaux/');
  });

  it('gives two copies of the course on one origin different keys and channels', () => {
    for (const name of Object.keys(STORED_NAMES) as (keyof typeof STORED_NAMES)[]) {
      expect(storageKey(name, '/a/')).not.toBe(storageKey(name, '/b/'));
      expect(storageKey(name, '/')).not.toBe(STORED_NAMES[name]);
    }
    expect(deckChannel('cours', '/a/')).not.toBe(deckChannel('cours', '/b/'));
    expect(roomKey('joined', '/a/')).not.toBe(roomKey('joined', '/b/'));
    expect(lmsSessionKey('/a/')).not.toBe(lmsSessionKey('/b/'));
  });

  it('spells keys the same way for the same deployment', () => {
    expect(storageKey('lessons', '/medias-sociaux/')).toBe('msst:/medias-sociaux/:progress:v1');
    expect(storageKey('lessons', '/medias-sociaux')).toBe('msst:/medias-sociaux/:progress:v1');
    expect(deckChannel('cours', '/')).toBe('msst:/:deck:v1:cours');
  });

  it('moves the keys from before into the first copy opened, once', () => {
    const storage = memoryStorage({ [STORED_NAMES.lessons]: '{"a":{}}', [STORED_NAMES.plan]: '{"x":"y"}' });
    expect(migrateLegacyKeys(storage, '/a/')).toEqual(['lessons', 'plan']);
    expect(storage.getItem(storageKey('lessons', '/a/'))).toBe('{"a":{}}');
    expect(storage.getItem(storageKey('plan', '/a/'))).toBe('{"x":"y"}');
    expect(storage.getItem(STORED_NAMES.lessons)).toBeNull();
    // The second copy finds nothing left to take.
    expect(migrateLegacyKeys(storage, '/b/')).toEqual([]);
    expect(storage.getItem(storageKey('lessons', '/b/'))).toBeNull();
  });

  it('never overwrites what a copy already has', () => {
    const storage = memoryStorage({ [STORED_NAMES.quizzes]: '{"old":1}', [storageKey('quizzes', '/')]: '{"new":1}' });
    expect(migrateLegacyKeys(storage, '/')).toEqual([]);
    expect(storage.getItem(storageKey('quizzes', '/'))).toBe('{"new":1}');
    // The old value stays for another copy of the course.
    expect(storage.getItem(STORED_NAMES.quizzes)).toBe('{"old":1}');
  });

  it('never throws, and keeps the old value, when storage refuses', () => {
    const storage = memoryStorage({ [STORED_NAMES.learnerName]: '"Marie"' }, true);
    expect(() => migrateLegacyKeys(storage, '/')).not.toThrow();
    expect(storage.getItem(STORED_NAMES.learnerName)).toBe('"Marie"');
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(migrateLegacyKeys(throwing, '/')).toEqual([]);
  });
});
