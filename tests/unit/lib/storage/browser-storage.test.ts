// The guarded storage module: every call answers where the browser's storage is missing, refuses
// to be reached (SecurityError), refuses a write (QuotaExceededError) or holds damaged JSON.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  readItem,
  readJson,
  readKept,
  storageArea,
  writableArea,
  writeItem,
} from '../../../../src/lib/storage/browser-storage';
import { STORED_NAMES, storageKey } from '../../../../src/lib/storage/storage-keys';

/** A Map-backed Storage stand-in; `refuse` makes every call throw as a full or blocked one does. */
function memoryStorage(initial: Record<string, string> = {}, refuse?: 'write' | 'all'): Storage {
  const data = new Map(Object.entries(initial));
  const deny = (name: string) => {
    throw new DOMException('refusé', name);
  };
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    clear: () => data.clear(),
    getItem: (k: string) => (refuse === 'all' ? deny('SecurityError') : (data.get(k) ?? null)),
    setItem: (k: string, v: string) => void (refuse ? deny('QuotaExceededError') : data.set(k, v)),
    removeItem: (k: string) => void (refuse ? deny('SecurityError') : data.delete(k)),
  };
}

/** Makes reaching `name` on the global object throw, as a sandboxed frame or blocked cookies do. */
function blockArea(name: 'localStorage' | 'sessionStorage') {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      throw new DOMException('Accès refusé', 'SecurityError');
    },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    if (Object.getOwnPropertyDescriptor(globalThis, name)?.get) delete (globalThis as Record<string, unknown>)[name];
  }
});

describe('browser storage, guarded', () => {
  it('reads, writes and removes in the area asked for, and in that one only', () => {
    const local = memoryStorage();
    const session = memoryStorage();
    vi.stubGlobal('localStorage', local);
    vi.stubGlobal('sessionStorage', session);
    expect(storageArea('local')).toBe(local);
    expect(writeItem('local', 'k', 'v')).toBe(true);
    expect(readItem('local', 'k')).toBe('v');
    expect(readItem('session', 'k')).toBeUndefined();
    expect(writeItem('session', 'k', 'w')).toBe(true);
    expect(session.getItem('k')).toBe('w');
    expect(writeItem('local', 'k', undefined)).toBe(true);
    expect(local.getItem('k')).toBeNull();
    expect(session.getItem('k')).toBe('w');
  });

  it('answers undefined and false where there is no storage (the server, an old browser)', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(storageArea('local')).toBeUndefined();
    expect(readItem('local', 'k')).toBeUndefined();
    expect(readJson('local', 'k')).toBeUndefined();
    expect(writeItem('local', 'k', 'v')).toBe(false);
  });

  it('never throws where reaching storage throws (SecurityError)', () => {
    blockArea('sessionStorage');
    expect(() => globalThis.sessionStorage).toThrow();
    expect(storageArea('session')).toBeUndefined();
    expect(readItem('session', 'k')).toBeUndefined();
    expect(writeItem('session', 'k', 'v')).toBe(false);
    expect(writeItem('session', 'k', undefined)).toBe(false);
  });

  it('says false where a write is refused (storage full), and keeps what was there', () => {
    vi.stubGlobal('localStorage', memoryStorage({ k: 'avant' }, 'write'));
    expect(writeItem('local', 'k', 'après')).toBe(false);
    expect(readItem('local', 'k')).toBe('avant');
  });

  it('answers undefined where every read is refused', () => {
    vi.stubGlobal('localStorage', memoryStorage({ k: 'v' }, 'all'));
    expect(readItem('local', 'k')).toBeUndefined();
  });

  it('reads JSON without trusting it: damaged or missing is undefined', () => {
    vi.stubGlobal('sessionStorage', memoryStorage({ good: '{"a":[1,2]}', bad: '{"a":', empty: '' }));
    expect(readJson('session', 'good')).toEqual({ a: [1, 2] });
    expect(readJson('session', 'bad')).toBeUndefined();
    expect(readJson('session', 'empty')).toBeUndefined();
    expect(readJson('session', 'absent')).toBeUndefined();
  });

  it('gives the area only when it takes a write, and leaves no probe behind', () => {
    const local = memoryStorage({ kept: 'x' });
    vi.stubGlobal('localStorage', local);
    expect(writableArea('local')).toBe(local);
    expect(local.length).toBe(1);
    vi.stubGlobal('localStorage', memoryStorage({}, 'write'));
    expect(writableArea('local')).toBeUndefined();
    vi.stubGlobal('localStorage', undefined);
    expect(writableArea('local')).toBeUndefined();
    blockArea('localStorage');
    expect(writableArea('local')).toBeUndefined();
  });

  it('reads a course value under its key, else under its name from before per-deployment keys', () => {
    vi.stubGlobal('localStorage', memoryStorage({ [STORED_NAMES.plan]: 'ancien' }));
    expect(readKept('plan')).toBe('ancien');
    expect(readKept('lessons')).toBeUndefined();
    vi.stubGlobal('localStorage', memoryStorage({ [STORED_NAMES.plan]: 'ancien', [storageKey('plan')]: 'actuel' }));
    expect(readKept('plan')).toBe('actuel');
    blockArea('localStorage');
    expect(readKept('plan')).toBeUndefined();
  });
});
