/**
 * Keeps a piece of state in step between windows of the same browser (the projected deck and the
 * presenter view), after Slidev's syncState: one generic sync over a pluggable transport, messages
 * that name their sender so a window ignores its own echo, and a hello → state handshake so a
 * window opened later joins where the others are.
 *
 * Every state travels with a stamp that orders all states, so windows converge whatever order
 * messages arrive in: a counter that each change raises (the latest change wins), then, between
 * states with the same counter, the one set by the window opened first (a window opened later
 * joins the others rather than moving them), then the sender's id. Two windows opened at the same
 * moment thus agree on one slide instead of swapping theirs.
 *
 * Transports reach only windows of the same browser profile and origin (BroadcastChannel, or
 * localStorage's `storage` event): nothing goes over the network, so nobody else can drive a deck.
 * Browser objects are passed in, never looked up here, so this module runs under Node's tests.
 */

/**
 * Orders the states: `n` counts changes, `since` is when the window that set the state opened
 * (ms), `by` its id. A state replaces another only if its stamp is later (see compareStamps).
 */
export interface Stamp {
  n: number;
  since: number;
  by: string;
}

/** Negative when `a` is older than `b`, positive when newer, 0 for the same stamp. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.n !== b.n) return a.n - b.n;
  // With as many changes, the window opened first wins: a later window joins it.
  if (a.since !== b.since) return b.since - a.since;
  return a.by < b.by ? 1 : a.by > b.by ? -1 : 0;
}

/**
 * A message between windows; `from` is the sender's id. A state that answers a hello names the
 * window it answers in `to`, so the windows already in step do not apply each other's answers.
 */
export type SyncMessage<S> =
  { kind: 'hello'; from: string } | { kind: 'state'; from: string; state: S; stamp: Stamp; to?: string };

/** How messages travel between windows. */
export interface Transport {
  /** Sends a message to every other window on the same channel. */
  send(message: SyncMessage<unknown>): void;
  /** Calls `handler` with each message another window sent (raw: it is checked by the receiver). */
  listen(handler: (raw: unknown) => void): void;
  /** Stops sending and receiving. */
  close(): void;
}

/** A state shared between windows. */
export interface Sync<S> {
  /** Announces this window and asks the others for their state (the handshake). */
  start(): void;
  /** The current state, whoever set it last. */
  get(): S;
  /** Sets the state here and sends it to the other windows. */
  set(state: S): void;
  /** Leaves the channel. */
  close(): void;
}

/** What a sync needs: a transport, an id for this window, and how to read others' states. */
export interface SyncOptions<S> {
  transport: Transport;
  /** This window's id, unique among the open windows (a random string does). */
  id: string;
  /** The state before any window said anything. */
  initial: S;
  /** Checks a state received from another window; null rejects it. */
  decode: (raw: unknown) => S | null;
  /** Called when another window changed the state (never for this window's own `set`). */
  onRemote: (state: S) => void;
  /** When this window opened (ms); its initial state loses to that of a window opened earlier. */
  openedAt?: number;
}

/** Reads a stamp, distrusting it: null unless every part is there and well-formed. */
function parseStamp(raw: unknown): Stamp | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Record<string, unknown>;
  if (!Number.isSafeInteger(s.n) || (s.n as number) < 0) return null;
  if (typeof s.since !== 'number' || !Number.isFinite(s.since)) return null;
  if (typeof s.by !== 'string' || s.by === '' || s.by.length > 100) return null;
  return { n: s.n as number, since: s.since, by: s.by };
}

/** Reads a raw message, distrusting it: anything that is not a well-formed message gives null. */
export function parseMessage(raw: unknown): SyncMessage<unknown> | null {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (typeof m.from !== 'string' || m.from === '') return null;
  if (m.kind === 'hello') return { kind: 'hello', from: m.from };
  const stamp = parseStamp(m.stamp);
  if (m.kind === 'state' && 'state' in m && stamp) {
    return typeof m.to === 'string'
      ? { kind: 'state', from: m.from, state: m.state, stamp, to: m.to }
      : { kind: 'state', from: m.from, state: m.state, stamp };
  }
  return null;
}

/** Creates a state shared with the other windows listening on the same transport. */
export function createSync<S>(options: SyncOptions<S>): Sync<S> {
  const { transport, id, decode, onRemote } = options;
  let state = options.initial;
  const openedAt = options.openedAt ?? Date.now();
  let stamp: Stamp = { n: 0, since: openedAt, by: id };
  let open = true;

  // A transport that fails (storage full or blocked after the probe) loses this message only:
  // this window goes on showing its own state, and the next message may get through.
  const send = (message: SyncMessage<S>) => {
    try {
      transport.send(message);
    } catch {
      // Nothing to do: the other windows catch up with the next change or handshake.
    }
  };

  transport.listen((raw) => {
    if (!open) return;
    const message = parseMessage(raw);
    // A window ignores its own echo: some transports (and several syncs in one page) deliver it.
    if (!message || message.from === id) return;
    if (message.kind === 'hello') {
      // Two windows opened at the same moment both answer: the stamps decide which state both keep.
      send({ kind: 'state', from: id, state, stamp, to: message.from });
      return;
    }
    if (message.to !== undefined && message.to !== id) return;
    if (compareStamps(message.stamp, stamp) <= 0) return;
    const next = decode(message.state);
    if (next === null) return;
    state = next;
    stamp = message.stamp;
    onRemote(next);
  });

  return {
    start() {
      if (open) send({ kind: 'hello', from: id });
    },
    get: () => state,
    set(next) {
      state = next;
      stamp = { n: stamp.n + 1, since: openedAt, by: id };
      if (open) send({ kind: 'state', from: id, state: next, stamp });
    },
    close() {
      open = false;
      transport.close();
    },
  };
}

/** The parts of BroadcastChannel a transport uses. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** A transport over BroadcastChannel: instant, and reaches every same-origin window of the browser. */
export function broadcastTransport(channel: ChannelLike): Transport {
  return {
    send: (message) => channel.postMessage(message),
    listen: (handler) => channel.addEventListener('message', (event) => handler(event.data)),
    close: () => channel.close(),
  };
}

/** The parts of localStorage and window a storage transport uses. */
export interface StorageLike {
  setItem(key: string, value: string): void;
}
/** A `storage` event, reduced to what the transport reads. */
export interface StorageEventLike {
  key: string | null;
  newValue: string | null;
}
/** Where `storage` events arrive (the window). */
export interface StorageEventTarget {
  addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
}

/**
 * A transport over localStorage, for browsers without BroadcastChannel: each message is written to
 * one key, and the other windows hear of it through the `storage` event. A counter makes every
 * write differ, since writing the same value twice fires no event.
 */
export function storageTransport(key: string, storage: StorageLike, target: StorageEventTarget): Transport {
  let count = 0;
  let listener: ((event: StorageEventLike) => void) | undefined;
  return {
    send(message) {
      count += 1;
      try {
        storage.setItem(key, JSON.stringify({ ...message, n: count, t: Date.now() }));
      } catch {
        // Storage full, or blocked since the probe: this message is lost, the page goes on.
      }
    },
    listen(handler) {
      listener = (event) => {
        if (event.key === key && event.newValue !== null) handler(event.newValue);
      };
      target.addEventListener('storage', listener);
    },
    close() {
      if (listener) target.removeEventListener('storage', listener);
    },
  };
}

/** A transport that reaches nobody, when the browser offers no way to talk to other windows. */
function silentTransport(): Transport {
  return { send: () => undefined, listen: () => undefined, close: () => undefined };
}

/** What the browser offers, as found by the caller (undefined when missing or blocked). */
export interface TransportEnvironment {
  BroadcastChannel?: (new (name: string) => ChannelLike) | undefined;
  localStorage?: (StorageLike & { removeItem(key: string): void }) | undefined;
  target?: StorageEventTarget | undefined;
}

/**
 * The best transport this browser offers for `name`: BroadcastChannel, else localStorage, else
 * none. `kind` says which, so the page can tell the trainer when windows cannot stay in step.
 */
export function pickTransport(
  name: string,
  env: TransportEnvironment,
): { kind: 'broadcast' | 'storage' | 'none'; transport: Transport } {
  if (env.BroadcastChannel) {
    try {
      return { kind: 'broadcast', transport: broadcastTransport(new env.BroadcastChannel(name)) };
    } catch {
      // Some embedded browsers expose the constructor but refuse to build a channel.
    }
  }
  if (env.localStorage && env.target) {
    try {
      // Blocked storage (private mode, policies) throws on write: probe before relying on it.
      env.localStorage.setItem(`${name}:probe`, '1');
      env.localStorage.removeItem(`${name}:probe`);
      return { kind: 'storage', transport: storageTransport(name, env.localStorage, env.target) };
    } catch {
      // Fall through to no transport.
    }
  }
  return { kind: 'none', transport: silentTransport() };
}

/** A random id for this window, unique enough among the few windows of one trainer. */
export function randomId(random: () => number = Math.random): string {
  return `${Date.now().toString(36)}-${Math.floor(random() * 0xffffffff).toString(36)}`;
}
