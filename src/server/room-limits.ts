/**
 * Every limit of the room server in one table (LIMITS), with what each protects, and the counters
 * that enforce them: a token bucket per connection and fixed windows per client address. Time is
 * read from a monotonic clock (performance.now), so moving the system clock back or forth neither
 * blocks nor frees anyone. docs/room-mode.md lists the same table for people running a room.
 */
import { performance } from 'node:perf_hooks';

/** The limits of one room server (all overridable in tests and the benchmark). */
export interface RoomLimits {
  /** Messages a connection may send in a burst, then per second: one phone cannot flood the loop. */
  rate: { burst: number; perSecond: number };
  /** Refused messages after which a connection is closed: a flood stops costing anything. */
  refusalsBeforeClose: number;
  /** Sessions alive at once on the server: bounds memory and the file whatever presenters do. */
  maxSessions: number;
  /** Sessions alive at once created from one address: one presenter cannot take every slot. */
  sessionsPerAddress: number;
  /** Questions per session (a whole deck has a few dozen polls): bounds one session's memory. */
  questionsPerSession: number;
  /** Distinct participants per session: fresh ids cannot inflate counts or memory without end. */
  participantsPerSession: number;
  /** Answers stored per session (participants × questions): bounds one session's file and memory. */
  answersPerSession: number;
  /** Questions from the room one participant may send per session: one phone cannot bury the others. */
  asksPerParticipant: number;
  /** Questions from the room per session: bounds the presenter's list, the phones' list and the file. */
  asksPerSession: number;
  /** Joins (join or watch that succeed) per address per minute: fresh-id vote stuffing. */
  joinsPerMinute: number;
  /** Unknown codes tried per address per minute: code enumeration (short bursts). */
  failedCodesPerMinute: number;
  /** Unknown codes tried per address per hour: code enumeration (sustained). */
  failedCodesPerHour: number;
  /** Open connections per address: one client cannot hold every file descriptor. */
  connectionsPerAddress: number;
  /** Open connections on the server: a bound on descriptors and buffers whatever the addresses. */
  maxConnections: number;
  /** Time a new connection has to join, watch, create or resume before it is closed. */
  joinDeadlineMs: number;
  /** Ping interval: a socket that misses one pong is closed (dead phones, idle sockets). */
  pingIntervalMs: number;
  /** Largest WebSocket frame or message the library buffers before cutting the connection. */
  maxPayloadBytes: number;
  /** Largest size of the SQLite file: a full disk is answered, never reached by one room. */
  maxDatabaseBytes: number;
}

/** The limits of `npm run salle`: a room of 2,000 phones, behind one address or many. */
export const LIMITS: Readonly<RoomLimits> = {
  rate: { burst: 10, perSecond: 5 },
  refusalsBeforeClose: 200,
  maxSessions: 200,
  sessionsPerAddress: 20,
  questionsPerSession: 300,
  participantsPerSession: 2_000,
  answersPerSession: 100_000,
  asksPerParticipant: 5,
  asksPerSession: 500,
  joinsPerMinute: 1_200,
  failedCodesPerMinute: 10,
  failedCodesPerHour: 60,
  connectionsPerAddress: 1_100,
  maxConnections: 5_000,
  joinDeadlineMs: 15_000,
  pingIntervalMs: 30_000,
  maxPayloadBytes: 16 * 1024,
  maxDatabaseBytes: 512 * 1024 * 1024,
};

/**
 * The limits of a hosted room server (a machine of its own, behind a reverse proxy that passes
 * X-Forwarded-For, so each phone and each presenter has its own address): a congress plenary of
 * 19,000 phones in one session, or 1,000 rooms at once, each from its own presenter. Per-address
 * limits stay those of LIMITS. `maxConnections` stays under what one process may open on the
 * development machine (`ulimit -n` 20,000, hard limit), less the server's own files: 1,000 rooms
 * of 20 phones need 21,000 sockets with their presenters, so that shape needs a larger limit (or a
 * second process); docs/performance.md has the measures.
 */
export const HOSTED_LIMITS: Readonly<RoomLimits> = {
  ...LIMITS,
  maxSessions: 2_000,
  participantsPerSession: 20_000,
  // 20,000 phones × 20 polls: about 40 MB of answers in memory at most, one session.
  answersPerSession: 400_000,
  maxConnections: 19_900,
};

/** The table with some values replaced. */
export function withLimits(overrides: Partial<RoomLimits> = {}): RoomLimits {
  return { ...LIMITS, ...overrides };
}

/** A clock in ms that never goes back (not the wall clock). */
export type MonotonicClock = () => number;

/** performance.now(): ms since the process started, unaffected by changes of the system clock. */
export const monotonic: MonotonicClock = () => performance.now();

/** A token bucket: `burst` messages at once, then `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private refilled: number;
  private readonly rate: { burst: number; perSecond: number };
  private readonly clock: MonotonicClock;

  constructor(rate: { burst: number; perSecond: number }, clock: MonotonicClock = monotonic) {
    this.rate = rate;
    this.clock = clock;
    this.tokens = rate.burst;
    this.refilled = clock();
  }

  /** Takes one token; false when the bucket is empty. */
  take(): boolean {
    const t = this.clock();
    // A clock read that went back (it should not) refills nothing rather than everything.
    const elapsed = Math.max(0, t - this.refilled);
    this.tokens = Math.min(this.rate.burst, this.tokens + (elapsed / 1000) * this.rate.perSecond);
    this.refilled = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Counts events per key in fixed windows (one minute, one hour…), forgetting old windows. */
class WindowCounter {
  private readonly counts = new Map<string, { start: number; count: number }>();
  private readonly windowMs: number;
  private readonly max: number;
  private readonly clock: MonotonicClock;

  constructor(windowMs: number, max: number, clock: MonotonicClock = monotonic) {
    this.windowMs = windowMs;
    this.max = max;
    this.clock = clock;
  }

  private entry(key: string): { start: number; count: number } {
    const t = this.clock();
    let entry = this.counts.get(key);
    if (!entry || t - entry.start >= this.windowMs) {
      entry = { start: t, count: 0 };
      this.counts.set(key, entry);
    }
    return entry;
  }

  /** Whether `key` is still under the limit in the current window (counts nothing). */
  allows(key: string): boolean {
    return this.entry(key).count < this.max;
  }

  /** Counts one event for `key`; false when it was already at the limit. */
  hit(key: string): boolean {
    const entry = this.entry(key);
    if (entry.count >= this.max) return false;
    entry.count++;
    return true;
  }

  /** Forgets the windows that are over (called from time to time, so the map stays small). */
  prune(): void {
    const t = this.clock();
    for (const [key, entry] of this.counts) if (t - entry.start >= this.windowMs) this.counts.delete(key);
  }
}

/** The per-address counters of one server: joins, failed codes, open connections. */
export class AddressLimiter {
  private readonly joins: WindowCounter;
  private readonly failedMinute: WindowCounter;
  private readonly failedHour: WindowCounter;
  private readonly open = new Map<string, number>();
  private total = 0;
  private readonly limits: RoomLimits;

  constructor(limits: RoomLimits, clock: MonotonicClock = monotonic) {
    this.limits = limits;
    this.joins = new WindowCounter(60_000, limits.joinsPerMinute, clock);
    this.failedMinute = new WindowCounter(60_000, limits.failedCodesPerMinute, clock);
    this.failedHour = new WindowCounter(3_600_000, limits.failedCodesPerHour, clock);
  }

  /** Counts a new connection from `address`; false (nothing counted) when over a limit. */
  connect(address: string): boolean {
    const n = this.open.get(address) ?? 0;
    if (n >= this.limits.connectionsPerAddress || this.total >= this.limits.maxConnections) return false;
    this.open.set(address, n + 1);
    this.total++;
    return true;
  }

  /** Counts a connection from `address` that closed. */
  disconnect(address: string): void {
    const n = (this.open.get(address) ?? 0) - 1;
    if (n > 0) this.open.set(address, n);
    else this.open.delete(address);
    this.total = Math.max(0, this.total - 1);
  }

  /** Whether `address` may try a code now (it has not used up its failed attempts). */
  mayTryCode(address: string): boolean {
    return this.failedMinute.allows(address) && this.failedHour.allows(address);
  }

  /** Counts an unknown code tried from `address`. */
  failedCode(address: string): void {
    this.failedMinute.hit(address);
    this.failedHour.hit(address);
  }

  /** Counts a join from `address`; false when it is over its joins per minute. */
  join(address: string): boolean {
    return this.joins.hit(address);
  }

  /** Forgets windows that are over. */
  prune(): void {
    this.joins.prune();
    this.failedMinute.prune();
    this.failedHour.prune();
  }
}
