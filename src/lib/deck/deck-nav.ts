/**
 * Pure navigation logic of a slide deck: slide indices, the URL hash, keys, swipes, the overview
 * grid, and the state the projector and presenter windows share. No DOM here; the deck's and the
 * presenter's scripts turn events into these calls and render the result.
 */

/** Something the trainer can ask of the deck, from a key, a button, a swipe or the other window. */
export type DeckAction =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'overview'
  | 'goto'
  | 'blackout'
  | 'presenter'
  | 'help'
  | 'reveal';

/** What the projector and the presenter windows share: where they are and what is shown. */
export interface DeckState {
  /** Current slide, 0-based. */
  slide: number;
  /** 0-based indices of the poll slides whose answer has been revealed, ascending. */
  revealed: number[];
  /** Whether the projector shows a black screen instead of the slide. */
  blackout: boolean;
}

/** The state of a deck that has just opened at a given slide. */
export function initialState(slide = 0): DeckState {
  return { slide, revealed: [], blackout: false };
}

/** Keeps a slide index inside a deck of `count` slides (0 when the deck is empty). */
export function clamp(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

/** The index `delta` slides away from `index`, stopping at either end (no wrap-around). */
export function step(index: number, delta: number, count: number): number {
  return clamp(index + delta, count);
}

/**
 * The 0-based slide a URL hash points to (« #12 » is slide 12, 1-based, so index 11), clamped to
 * the deck; undefined when the hash is empty or not a slide number, so the caller keeps its slide.
 */
export function parseHash(hash: string, count: number): number | undefined {
  const match = /^#?(\d{1,6})$/.exec(hash.trim());
  if (!match?.[1]) return undefined;
  return clamp(Number(match[1]) - 1, count);
}

/** The URL hash of a 0-based slide index: 1-based, as people count slides (« #12 »). */
export function formatHash(index: number): string {
  return `#${Math.max(0, Math.trunc(index)) + 1}`;
}

/** The parts of a keyboard event the key map looks at. */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** What the window is doing when the key comes, where it changes a key's meaning. */
export interface KeyContext {
  /** Full screen is active: Esc keeps its browser meaning (leave full screen). */
  fullscreen?: boolean;
}

const KEYS: Readonly<Record<string, DeckAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  o: 'overview',
  // As in reveal.js, Esc opens the overview (and closes it, as a dialog closes on Esc).
  Escape: 'overview',
  g: 'goto',
  b: 'blackout',
  // Many clicker remotes send « . » for their blackout button.
  '.': 'blackout',
  p: 'presenter',
  '?': 'help',
  r: 'reveal',
};

/**
 * The action a key asks for, or null. Keys held with Ctrl, Alt or Meta are left to the browser
 * (Ctrl+P prints, Alt+← goes back), so the deck never steals a browser shortcut; so is Esc in
 * full screen, where it leaves full screen.
 */
export function keyToAction(input: KeyInput, context: KeyContext = {}): DeckAction | null {
  if (input.ctrlKey || input.altKey || input.metaKey) return null;
  if (input.key === 'Escape' && context.fullscreen) return null;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  return KEYS[key] ?? null;
}

/**
 * Every key the deck answers to, grouped by action, in the order the help overlay lists them.
 * Marked pure so that the deck's browser bundle, which imports this module for its functions,
 * leaves the table out: only the help overlay, rendered on the server, reads it.
 */
export const keyBindings: ReadonlyArray<{ action: DeckAction; keys: string[] }> = /* @__PURE__ */ (() => {
  const order: DeckAction[] = [
    'next',
    'prev',
    'first',
    'last',
    'reveal',
    'overview',
    'goto',
    'blackout',
    'fullscreen',
    'presenter',
    'help',
  ];
  return order.map((action) => ({ action, keys: Object.keys(KEYS).filter((k) => KEYS[k] === action) }));
})();

/**
 * The action of a swipe on a touch screen, from its horizontal and vertical travel in pixels:
 * a mostly horizontal swipe longer than `threshold` moves, leftwards to the next slide.
 */
export function swipeToAction(dx: number, dy: number, threshold = 50): 'next' | 'prev' | null {
  if (Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return dx < 0 ? 'next' : 'prev';
}

/** Share of the deck already shown, from 0 on the first slide to 1 on the last. */
export function progress(index: number, count: number): number {
  return count <= 1 ? 1 : clamp(index, count) / (count - 1);
}

/** Moves to a slide; moving always lifts the blackout, so the room sees where the trainer went. */
export function goTo(state: DeckState, index: number, count: number): DeckState {
  return { ...state, slide: clamp(index, count), blackout: false };
}

/**
 * The state after a shared action (moving, blackout, revealing a poll answer). `isPoll` says
 * whether a slide is a poll slide: revealing anywhere else changes nothing. Actions that only
 * concern one window (fullscreen, overview, help, presenter) return the state unchanged.
 */
export function reduce(
  state: DeckState,
  action: DeckAction,
  count: number,
  isPoll: (index: number) => boolean,
): DeckState {
  switch (action) {
    case 'next':
      return goTo(state, state.slide + 1, count);
    case 'prev':
      return goTo(state, state.slide - 1, count);
    case 'first':
      return goTo(state, 0, count);
    case 'last':
      return goTo(state, count - 1, count);
    case 'blackout':
      return { ...state, blackout: !state.blackout };
    case 'reveal': {
      if (!isPoll(state.slide)) return state;
      const shown = state.revealed.includes(state.slide);
      const revealed = shown ? state.revealed.filter((i) => i !== state.slide) : [...state.revealed, state.slide];
      return { ...state, revealed: revealed.sort((a, b) => a - b) };
    }
    default:
      return state;
  }
}

/** Whether two states show the same thing (so a window can skip a needless re-render or message). */
export function sameState(a: DeckState, b: DeckState): boolean {
  return a.slide === b.slide && a.blackout === b.blackout && a.revealed.join() === b.revealed.join();
}

/**
 * Reads a state that came from another window, distrusting it: anything malformed gives null,
 * and a slide number beyond this deck is clamped (the other window may run another build).
 */
export function decodeDeckState(raw: unknown, count: number): DeckState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.slide !== 'number' || !Number.isInteger(r.slide)) return null;
  if (typeof r.blackout !== 'boolean') return null;
  if (!Array.isArray(r.revealed)) return null;
  const revealed = r.revealed.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < count);
  return { slide: clamp(r.slide, count), revealed: [...new Set(revealed)].sort((a, b) => a - b), blackout: r.blackout };
}
