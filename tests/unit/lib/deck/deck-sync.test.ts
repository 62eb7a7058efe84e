import { afterEach, describe, expect, it } from 'vitest';
import {
  compareStamps,
  createSync,
  parseMessage,
  pickTransport,
  randomId,
  storageTransport,
  broadcastTransport,
  type StorageEventLike,
  type Sync,
  type SyncMessage,
  type Transport,
} from '../../../../src/lib/deck/deck-sync';

/** Windows of one browser, joined by an in-memory bus that (unlike BroadcastChannel) echoes to the sender. */
function bus() {
  const handlers = new Set<(raw: unknown) => void>();
  const sent: SyncMessage<unknown>[] = [];
  const transport = (): Transport => {
    let mine: ((raw: unknown) => void) | undefined;
    return {
      send: (m) => {
        sent.push(m);
        // Delivered as a structured clone, to every window including the sender.
        for (const h of [...handlers]) h(structuredClone(m));
      },
      listen: (h) => {
        mine = h;
        handlers.add(h);
      },
      close: () => {
        if (mine) handlers.delete(mine);
      },
    };
  };
  return { transport, sent };
}

const decode = (raw: unknown) => (typeof raw === 'number' ? raw : null);

function window_(transport: Transport, id: string, initial = 0, openedAt = 1000) {
  const remote: number[] = [];
  const sync = createSync<number>({ transport, id, initial, decode, onRemote: (s) => remote.push(s), openedAt });
  return { sync, remote };
}

/**
 * Windows whose messages are held until `flush`, as when two windows open at the same moment and
 * each sends before hearing the other; `flush` can deliver them in either order.
 */
function slowBus() {
  const handlers = new Map<string, (raw: unknown) => void>();
  let queue: Array<{ to: string; m: SyncMessage<unknown> }> = [];
  const transport = (name: string): Transport => ({
    send: (m) => {
      for (const to of handlers.keys()) if (to !== name) queue.push({ to, m: structuredClone(m) });
    },
    listen: (h) => void handlers.set(name, h),
    close: () => void handlers.delete(name),
  });
  /** Delivers what is queued (and what that sends in turn), oldest first or newest first. */
  const flush = (order: 'sent' | 'reversed') => {
    for (let round = 0; round < 10 && queue.length > 0; round++) {
      const batch = order === 'sent' ? queue : [...queue].reverse();
      queue = [];
      for (const { to, m } of batch) handlers.get(to)?.(m);
    }
  };
  return { transport, flush };
}

const stamp = { n: 1, since: 5, by: 'a' };

describe('parseMessage', () => {
  it('accepts hello and state messages, as objects or JSON', () => {
    expect(parseMessage({ kind: 'hello', from: 'a' })).toEqual({ kind: 'hello', from: 'a' });
    expect(
      parseMessage('{"kind":"state","from":"b","state":{"slide":2},"stamp":{"n":1,"since":5,"by":"a"},"n":4}'),
    ).toEqual({
      kind: 'state',
      from: 'b',
      state: { slide: 2 },
      stamp,
    });
    expect(parseMessage({ kind: 'state', from: 'b', state: 1, stamp, to: 'c' })).toEqual({
      kind: 'state',
      from: 'b',
      state: 1,
      stamp,
      to: 'c',
    });
  });
  it('rejects everything else without throwing', () => {
    for (const raw of [
      null,
      undefined,
      3,
      '{oops',
      '"hello"',
      {},
      { kind: 'hello' },
      { kind: 'hello', from: '' },
      { kind: 'state', from: 'a', stamp },
      { kind: 'state', from: 'a', state: 1 },
      { kind: 'state', from: 'a', state: 1, stamp: { n: -1, since: 5, by: 'a' } },
      { kind: 'state', from: 'a', state: 1, stamp: { n: 1, since: 'x', by: 'a' } },
      { kind: 'state', from: 'a', state: 1, stamp: { n: 1, since: 5, by: '' } },
      { kind: 'drive', from: 'a' },
    ]) {
      expect(parseMessage(raw)).toBeNull();
    }
  });
});

describe('createSync', () => {
  it('moves the other window, both ways, and ignores its own echo', () => {
    const b = bus();
    const deck = window_(b.transport(), 'deck');
    const presenter = window_(b.transport(), 'presenter');
    deck.sync.set(3);
    expect(presenter.sync.get()).toBe(3);
    expect(presenter.remote).toEqual([3]);
    expect(deck.remote).toEqual([]);
    presenter.sync.set(5);
    expect(deck.sync.get()).toBe(5);
    expect(deck.remote).toEqual([5]);
    expect(presenter.remote).toEqual([3]);
  });

  it('lets a window opened later join at the current state (hello → state)', () => {
    const b = bus();
    const deck = window_(b.transport(), 'deck');
    deck.sync.set(7);
    const late = window_(b.transport(), 'late', 0);
    expect(late.sync.get()).toBe(0);
    late.sync.start();
    expect(late.sync.get()).toBe(7);
    expect(late.remote).toEqual([7]);
    // Answering a hello does not move the window that answers.
    expect(deck.remote).toEqual([]);
    expect(b.sent.map((m) => `${m.kind}:${m.from}`)).toEqual(['state:deck', 'hello:late', 'state:deck']);
  });

  it('answers a hello to the newcomer only: windows already in step do not apply each other’s answers', () => {
    const b = bus();
    const deck = window_(b.transport(), 'deck');
    const presenter = window_(b.transport(), 'presenter');
    deck.sync.set(2);
    const late = window_(b.transport(), 'late');
    late.sync.start();
    expect(late.sync.get()).toBe(2);
    // Both answers carry the same stamp: the second changes nothing.
    expect(late.remote).toEqual([2]);
    expect(deck.remote).toEqual([]);
    expect(presenter.remote).toEqual([2]);
    expect(b.sent.filter((m) => m.kind === 'state' && m.to === 'late')).toHaveLength(2);
  });

  it('keeps its own state when nobody answers the hello', () => {
    const b = bus();
    const alone = window_(b.transport(), 'alone', 4);
    alone.sync.start();
    expect(alone.sync.get()).toBe(4);
    expect(alone.remote).toEqual([]);
  });

  it('ignores malformed messages and states its decoder rejects', () => {
    const handlers: Array<(raw: unknown) => void> = [];
    const transport: Transport = { send: () => undefined, listen: (h) => handlers.push(h), close: () => undefined };
    const w = window_(transport, 'w', 1);
    for (const raw of [
      'garbage',
      { kind: 'state', from: 'x', state: 'not a number', stamp },
      { kind: 'state', from: 'w', state: 9, stamp },
      { kind: 'state', from: 'x', state: 9 },
    ])
      handlers[0]?.(raw);
    expect(w.sync.get()).toBe(1);
    handlers[0]?.({ kind: 'state', from: 'x', state: 2, stamp });
    expect(w.sync.get()).toBe(2);
    // An older state (a message overtaken by a later one) is ignored.
    handlers[0]?.({ kind: 'state', from: 'x', state: 3, stamp: { ...stamp, n: 0 } });
    expect(w.sync.get()).toBe(2);
  });

  it('stops sending and receiving once closed', () => {
    const b = bus();
    const a = window_(b.transport(), 'a');
    const c = window_(b.transport(), 'c');
    c.sync.close();
    a.sync.set(2);
    expect(c.sync.get()).toBe(0);
    c.sync.set(9);
    c.sync.start();
    expect(a.sync.get()).toBe(2);
  });
});

describe('createSync, windows opened or moved at the same moment', () => {
  // Each of these failed before states carried a stamp: the two windows swapped their slides.
  it.each(['sent', 'reversed'] as const)(
    'converges on the slide of the window opened first, messages delivered %s',
    (order) => {
      const b = slowBus();
      const deck = window_(b.transport('deck'), 'deck', 7, 1000);
      const presenter = window_(b.transport('presenter'), 'presenter', 2, 1001);
      deck.sync.start();
      presenter.sync.start();
      b.flush(order);
      expect(deck.sync.get()).toBe(7);
      expect(presenter.sync.get()).toBe(7);
      expect(deck.remote).toEqual([]);
    },
  );

  it.each(['sent', 'reversed'] as const)('converges when both windows open in the same millisecond (%s)', (order) => {
    const b = slowBus();
    const a = window_(b.transport('a'), 'a', 3, 1000);
    const z = window_(b.transport('z'), 'z', 9, 1000);
    z.sync.start();
    a.sync.start();
    b.flush(order);
    expect(a.sync.get()).toBe(z.sync.get());
  });

  it.each(['sent', 'reversed'] as const)('converges when both windows move at once (%s)', (order) => {
    const b = slowBus();
    const deck = window_(b.transport('deck'), 'deck', 0, 1000);
    const presenter = window_(b.transport('presenter'), 'presenter', 0, 2000);
    deck.sync.set(4);
    presenter.sync.set(5);
    b.flush(order);
    expect(deck.sync.get()).toBe(presenter.sync.get());
    // The latest change wins: a window that moved twice is followed.
    deck.sync.set(6);
    deck.sync.set(7);
    presenter.sync.set(1);
    b.flush(order);
    expect(presenter.sync.get()).toBe(7);
    expect(deck.sync.get()).toBe(7);
  });

  it('lets a presenter opened later join a deck that has not moved, without moving the deck', () => {
    const b = slowBus();
    const deck = window_(b.transport('deck'), 'deck', 6, 1000);
    deck.sync.start();
    b.flush('sent');
    const presenter = window_(b.transport('presenter'), 'presenter', 1, 5000);
    presenter.sync.start();
    b.flush('sent');
    expect(presenter.sync.get()).toBe(6);
    expect(deck.sync.get()).toBe(6);
    expect(deck.remote).toEqual([]);
  });

  it('orders stamps by changes, then by the window opened first, then by id', () => {
    expect(compareStamps({ n: 2, since: 9, by: 'b' }, { n: 1, since: 1, by: 'a' })).toBeGreaterThan(0);
    expect(compareStamps({ n: 1, since: 1, by: 'b' }, { n: 1, since: 2, by: 'a' })).toBeGreaterThan(0);
    expect(compareStamps({ n: 1, since: 1, by: 'a' }, { n: 1, since: 1, by: 'b' })).toBeGreaterThan(0);
    expect(compareStamps(stamp, { ...stamp })).toBe(0);
  });

  it('keeps working when the transport throws on send', () => {
    const transport: Transport = {
      send: () => {
        throw new Error('QuotaExceededError');
      },
      listen: () => undefined,
      close: () => undefined,
    };
    const w = window_(transport, 'w', 1);
    expect(() => w.sync.start()).not.toThrow();
    expect(() => w.sync.set(2)).not.toThrow();
    expect(w.sync.get()).toBe(2);
  });
});

describe('broadcastTransport (Node’s BroadcastChannel)', () => {
  const open: Sync<number>[] = [];
  afterEach(() => {
    for (const s of open.splice(0)) s.close();
  });
  it('syncs two windows and lets a third join', async () => {
    const name = `test-${randomId()}`;
    const make = (id: string, initial: number) => {
      const remote: number[] = [];
      const sync = createSync<number>({
        transport: broadcastTransport(new BroadcastChannel(name)),
        id,
        initial,
        decode,
        onRemote: (s) => remote.push(s),
      });
      open.push(sync);
      return { sync, remote };
    };
    const deck = make('deck', 0);
    const presenter = make('presenter', 0);
    deck.sync.set(4);
    await expect.poll(() => presenter.sync.get()).toBe(4);
    presenter.sync.set(6);
    await expect.poll(() => deck.sync.get()).toBe(6);
    const late = make('late', 0);
    late.sync.start();
    await expect.poll(() => late.sync.get()).toBe(6);
    expect(deck.remote).toEqual([6]);
  });
});

describe('storageTransport', () => {
  /** localStorage shared by windows: a write fires `storage` in every other window, not the writer. */
  function sharedStorage() {
    const values = new Map<string, string>();
    const windows: Array<{ listeners: Set<(e: StorageEventLike) => void> }> = [];
    const makeWindow = () => {
      const listeners = new Set<(e: StorageEventLike) => void>();
      const self = { listeners };
      windows.push(self);
      return {
        storage: {
          setItem(key: string, value: string) {
            const changed = values.get(key) !== value;
            values.set(key, value);
            if (changed)
              for (const w of windows) if (w !== self) for (const l of w.listeners) l({ key, newValue: value });
          },
        },
        target: {
          addEventListener: (_t: 'storage', l: (e: StorageEventLike) => void) => listeners.add(l),
          removeEventListener: (_t: 'storage', l: (e: StorageEventLike) => void) => listeners.delete(l),
        },
      };
    };
    return { makeWindow, values };
  }

  it('syncs through storage events, even when the same state is sent twice', () => {
    const shared = sharedStorage();
    const w1 = shared.makeWindow();
    const w2 = shared.makeWindow();
    const deck = window_(storageTransport('k', w1.storage, w1.target), 'deck');
    const presenter = window_(storageTransport('k', w2.storage, w2.target), 'presenter');
    deck.sync.set(2);
    presenter.sync.set(1);
    deck.sync.set(2);
    deck.sync.set(2);
    expect(presenter.remote).toEqual([2, 2, 2]);
    expect(deck.remote).toEqual([1]);
    const w3 = shared.makeWindow();
    const late = window_(storageTransport('k', w3.storage, w3.target), 'late');
    late.sync.start();
    expect(late.sync.get()).toBe(2);
  });

  it('catches a storage write that throws (storage full or blocked after the probe)', () => {
    const throwing = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const target = { addEventListener: () => undefined, removeEventListener: () => undefined };
    const t = storageTransport('k', throwing, target);
    expect(() => t.send({ kind: 'hello', from: 'x' })).not.toThrow();
  });

  it('ignores other keys and removed values, and stops listening when closed', () => {
    const shared = sharedStorage();
    const w1 = shared.makeWindow();
    const w2 = shared.makeWindow();
    const t = storageTransport('k', w2.storage, w2.target);
    const got: unknown[] = [];
    t.listen((raw) => got.push(raw));
    w1.storage.setItem('other', '{"kind":"hello","from":"x"}');
    expect(got).toEqual([]);
    storageTransport('k', w1.storage, w1.target).send({ kind: 'hello', from: 'x' });
    expect(got).toHaveLength(1);
    t.close();
    storageTransport('k', w1.storage, w1.target).send({ kind: 'hello', from: 'x' });
    expect(got).toHaveLength(1);
  });
});

describe('pickTransport', () => {
  const target = { addEventListener: () => undefined, removeEventListener: () => undefined };
  const storage = () => {
    const m = new Map<string, string>();
    return { setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
  };
  it('prefers BroadcastChannel, then localStorage, then nothing', () => {
    expect(pickTransport('n', { BroadcastChannel, localStorage: storage(), target }).kind).toBe('broadcast');
    const s = storage();
    expect(pickTransport('n', { localStorage: s, target }).kind).toBe('storage');
    expect(s.m.size).toBe(0);
    expect(pickTransport('n', {}).kind).toBe('none');
  });
  it('falls back when BroadcastChannel throws or storage is blocked', () => {
    class Broken {
      constructor() {
        throw new Error('refused');
      }
    }
    const blocked = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(pickTransport('n', { BroadcastChannel: Broken as never, localStorage: storage(), target }).kind).toBe(
      'storage',
    );
    const none = pickTransport('n', { BroadcastChannel: Broken as never, localStorage: blocked, target });
    expect(none.kind).toBe('none');
    expect(() => none.transport.send({ kind: 'hello', from: 'a' })).not.toThrow();
  });
});

describe('randomId', () => {
  it('differs between windows', () => {
    expect(randomId(() => 0.1)).not.toBe(randomId(() => 0.2));
  });
});
