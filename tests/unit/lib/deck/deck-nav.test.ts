import { describe, expect, it } from 'vitest';
import {
  clamp,
  decodeDeckState,
  formatHash,
  initialState,
  keyBindings,
  keyToAction,
  parseHash,
  progress,
  reduce,
  sameState,
  step,
  swipeToAction,
  type DeckState,
} from '../../../../src/lib/deck/deck-nav';

describe('clamp and step', () => {
  it('keeps an index inside the deck', () => {
    expect(clamp(-3, 10)).toBe(0);
    expect(clamp(4, 10)).toBe(4);
    expect(clamp(42, 10)).toBe(9);
    expect(clamp(2.7, 10)).toBe(2);
    expect(clamp(Number.NaN, 10)).toBe(0);
    expect(clamp(5, 0)).toBe(0);
  });
  it('moves without wrapping around', () => {
    expect(step(0, -1, 5)).toBe(0);
    expect(step(3, 1, 5)).toBe(4);
    expect(step(4, 1, 5)).toBe(4);
  });
});

describe('hash', () => {
  it('reads a 1-based slide number and gives a 0-based index, clamped', () => {
    expect(parseHash('#1', 48)).toBe(0);
    expect(parseHash('#12', 48)).toBe(11);
    expect(parseHash('12', 48)).toBe(11);
    expect(parseHash('#999', 48)).toBe(47);
    expect(parseHash('#0', 48)).toBe(0);
  });
  it('ignores what is not a slide number', () => {
    for (const h of ['', '#', '#abc', '#-2', '#1.5', '#12a', '#lessentiel'])
      expect(parseHash(h, 48), h).toBeUndefined();
  });
  it('writes the 1-based number, and round-trips', () => {
    expect(formatHash(0)).toBe('#1');
    expect(formatHash(11)).toBe('#12');
    for (let i = 0; i < 20; i++) expect(parseHash(formatHash(i), 20)).toBe(i);
  });
});

describe('keyToAction', () => {
  it('maps clicker and keyboard keys', () => {
    const cases: Array<[string, string | null]> = [
      ['ArrowRight', 'next'],
      ['ArrowDown', 'next'],
      [' ', 'next'],
      ['PageDown', 'next'],
      ['ArrowLeft', 'prev'],
      ['ArrowUp', 'prev'],
      ['PageUp', 'prev'],
      ['Home', 'first'],
      ['End', 'last'],
      ['f', 'fullscreen'],
      ['F', 'fullscreen'],
      ['o', 'overview'],
      ['Escape', 'overview'],
      ['g', 'goto'],
      ['b', 'blackout'],
      ['.', 'blackout'],
      ['p', 'presenter'],
      ['?', 'help'],
      ['r', 'reveal'],
      ['Enter', null],
      ['x', null],
      ['Tab', null],
    ];
    for (const [key, action] of cases) expect(keyToAction({ key }), key).toBe(action);
  });
  it('leaves browser shortcuts alone', () => {
    expect(keyToAction({ key: 'p', ctrlKey: true })).toBeNull();
    expect(keyToAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(keyToAction({ key: 'f', metaKey: true })).toBeNull();
  });
  it('leaves Esc to the browser in full screen, where it leaves full screen', () => {
    expect(keyToAction({ key: 'Escape' }, { fullscreen: true })).toBeNull();
    expect(keyToAction({ key: 'Escape' }, { fullscreen: false })).toBe('overview');
    expect(keyToAction({ key: 'o' }, { fullscreen: true })).toBe('overview');
  });
  it('lists every binding once, for the help overlay', () => {
    const all = keyBindings.flatMap((b) => b.keys);
    expect(new Set(all).size).toBe(all.length);
    for (const { action, keys } of keyBindings) for (const key of keys) expect(keyToAction({ key })).toBe(action);
    expect(keyBindings.find((b) => b.action === 'next')?.keys).toEqual(['ArrowRight', 'ArrowDown', ' ', 'PageDown']);
  });
});

describe('swipeToAction', () => {
  it('moves on a long horizontal swipe only', () => {
    expect(swipeToAction(-120, 10)).toBe('next');
    expect(swipeToAction(120, -5)).toBe('prev');
    expect(swipeToAction(-30, 0)).toBeNull();
    expect(swipeToAction(-80, 100)).toBeNull();
  });
});

describe('progress', () => {
  it('goes from 0 to 1', () => {
    expect(progress(0, 5)).toBe(0);
    expect(progress(2, 5)).toBe(0.5);
    expect(progress(4, 5)).toBe(1);
    expect(progress(0, 1)).toBe(1);
  });
});

describe('reduce', () => {
  const polls = new Set([3]);
  const isPoll = (i: number) => polls.has(i);
  const at = (slide: number, extra: Partial<DeckState> = {}): DeckState => ({ ...initialState(slide), ...extra });

  it('moves and stops at the ends', () => {
    expect(reduce(at(0), 'next', 5, isPoll).slide).toBe(1);
    expect(reduce(at(4), 'next', 5, isPoll).slide).toBe(4);
    expect(reduce(at(0), 'prev', 5, isPoll).slide).toBe(0);
    expect(reduce(at(2), 'first', 5, isPoll).slide).toBe(0);
    expect(reduce(at(2), 'last', 5, isPoll).slide).toBe(4);
  });
  it('toggles the blackout, and lifts it when moving', () => {
    const black = reduce(at(2), 'blackout', 5, isPoll);
    expect(black.blackout).toBe(true);
    expect(reduce(black, 'blackout', 5, isPoll).blackout).toBe(false);
    expect(reduce(black, 'next', 5, isPoll)).toEqual(at(3));
  });
  it('reveals and hides a poll answer, on poll slides only, and remembers it', () => {
    const shown = reduce(at(3, { revealed: [7] }), 'reveal', 10, isPoll);
    expect(shown.revealed).toEqual([3, 7]);
    const away = reduce(shown, 'next', 10, isPoll);
    expect(away.revealed).toEqual([3, 7]);
    expect(reduce(shown, 'reveal', 10, isPoll).revealed).toEqual([7]);
    expect(reduce(at(2), 'reveal', 10, isPoll)).toEqual(at(2));
  });
  it('leaves one-window actions to the window', () => {
    for (const a of ['fullscreen', 'overview', 'help', 'presenter'] as const)
      expect(reduce(at(1), a, 5, isPoll)).toEqual(at(1));
  });
  it('compares states', () => {
    expect(sameState(at(1, { revealed: [3] }), at(1, { revealed: [3] }))).toBe(true);
    expect(sameState(at(1), at(2))).toBe(false);
    expect(sameState(at(1), at(1, { blackout: true }))).toBe(false);
    expect(sameState(at(1), at(1, { revealed: [3] }))).toBe(false);
  });
});

describe('decodeDeckState', () => {
  it('accepts a well-formed state, clamping and cleaning it to this deck', () => {
    expect(decodeDeckState({ slide: 3, revealed: [2], blackout: false }, 10)).toEqual({
      slide: 3,
      revealed: [2],
      blackout: false,
    });
    expect(decodeDeckState({ slide: 99, revealed: [5, 5, 1, 40, -1, 'x'], blackout: true }, 10)).toEqual({
      slide: 9,
      revealed: [1, 5],
      blackout: true,
    });
  });
  it('rejects anything else', () => {
    for (const raw of [
      null,
      'x',
      3,
      {},
      { slide: '3', revealed: [], blackout: false },
      { slide: 1.5, revealed: [], blackout: false },
      { slide: 1, revealed: 'no', blackout: false },
      { slide: 1, revealed: [] },
    ]) {
      expect(decodeDeckState(raw, 10)).toBeNull();
    }
  });
});
