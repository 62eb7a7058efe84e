import { describe, expect, it } from 'vitest';
import {
  clampStep,
  decodePrefs,
  defaultPrefs,
  loadPrefs,
  notesScale,
  NOTES_STEPS,
  PRESENTER_PREFS_KEY,
  savePrefs,
} from '../../../../src/lib/deck/deck-prefs';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}
const throwing = {
  getItem: (): string | null => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('presenter preferences', () => {
  it('round-trips through storage', () => {
    const s = memory();
    const prefs = { notesStep: 2, talkMinutes: { tout: 45, 'etape-1-veille': 10 } };
    expect(savePrefs(s, prefs)).toBe(true);
    expect(s.m.has(PRESENTER_PREFS_KEY)).toBe(true);
    expect(loadPrefs(s)).toEqual(prefs);
  });

  it('falls back to the default, field by field, on malformed values', () => {
    expect(decodePrefs(null)).toEqual(defaultPrefs());
    expect(decodePrefs('{oops')).toEqual(defaultPrefs());
    expect(decodePrefs('"x"')).toEqual(defaultPrefs());
    expect(decodePrefs('{"notesStep":99,"talkMinutes":{"tout":45,"a":0,"b":"9","c":1.5,"d":9999}}')).toEqual({
      notesStep: NOTES_STEPS.max,
      talkMinutes: { tout: 45 },
    });
    expect(decodePrefs('{"notesStep":"big","talkMinutes":[1]}')).toEqual({ notesStep: 0, talkMinutes: {} });
    expect(decodePrefs('x'.repeat(20_000))).toEqual(defaultPrefs());
  });

  it('never throws when storage is missing or throws', () => {
    expect(loadPrefs(undefined)).toEqual(defaultPrefs());
    expect(loadPrefs(throwing)).toEqual(defaultPrefs());
    expect(savePrefs(undefined, defaultPrefs())).toBe(false);
    expect(savePrefs(throwing, defaultPrefs())).toBe(false);
  });

  it('bounds the notes size and scales it by eighths', () => {
    expect(clampStep(-10)).toBe(NOTES_STEPS.min);
    expect(clampStep(10)).toBe(NOTES_STEPS.max);
    expect(notesScale(0)).toBe(1);
    expect(notesScale(2)).toBe(1.25);
    expect(notesScale(-2)).toBe(0.75);
  });
});
