/**
 * The presenter view's elapsed-time timer, as pure functions over a small value: time is passed
 * in, so it can be tested without waiting and never drifts with the rendering rate.
 */

/** A timer: the time already counted, and since when it has been running (null when paused). */
export interface Timer {
  /** Milliseconds counted before the current run. */
  banked: number;
  /** Clock time (ms) the current run started, or null while paused. */
  since: number | null;
}

/** A timer that starts counting at `now`. */
export function startTimer(now: number): Timer {
  return { banked: 0, since: now };
}

/** Milliseconds counted so far. */
export function elapsed(timer: Timer, now: number): number {
  return timer.banked + (timer.since === null ? 0 : Math.max(0, now - timer.since));
}

/** Whether the timer is counting. */
export function isRunning(timer: Timer): boolean {
  return timer.since !== null;
}

/** Pauses a running timer, or resumes a paused one. */
export function toggleTimer(timer: Timer, now: number): Timer {
  return timer.since === null ? { banked: timer.banked, since: now } : { banked: elapsed(timer, now), since: null };
}

/** Back to zero, keeping the timer running or paused as it was. */
export function resetTimer(timer: Timer, now: number): Timer {
  return { banked: 0, since: timer.since === null ? null : now };
}

/** Longest time a stored timer may have counted (a day): beyond, it is not this talk's. */
const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

/** The timer as text, to keep across a reload of the presenter view. */
export function encodeTimer(timer: Timer): string {
  return JSON.stringify({ banked: timer.banked, since: timer.since });
}

/**
 * A timer read back from storage, or null when the text is not one (bad JSON, wrong fields, a
 * start in the future or over a day ago): then the view starts a fresh timer. Distrusted, as
 * every stored value is.
 */
export function decodeTimer(raw: string | null | undefined, now: number): Timer | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const { banked, since } = data as Record<string, unknown>;
  if (typeof banked !== 'number' || !Number.isFinite(banked) || banked < 0 || banked > MAX_TIMER_MS) return null;
  if (since === null) return { banked, since: null };
  if (typeof since !== 'number' || !Number.isFinite(since) || since > now || now - since + banked > MAX_TIMER_MS)
    return null;
  return { banked, since };
}

/** « 0:07:05 »: hours, minutes and seconds, the way a stopwatch shows them. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Where a talk of `lengthMs` stands after `elapsedMs`: the time left, or by how much it is over. */
export function countdown(elapsedMs: number, lengthMs: number): { ms: number; over: boolean } {
  const left = lengthMs - elapsedMs;
  // The last second counts as left until it has passed, as a stopwatch counting down shows it.
  return left > -1000 ? { ms: Math.max(0, left), over: false } : { ms: -left, over: true };
}

/**
 * The countdown as shown: « 0:12:05 » left, or « +0:02:15 » over, the sign saying it besides the
 * colour. Seconds left round up (a talk with 0.4 s left still shows 0:00:01).
 */
export function formatCountdown(elapsedMs: number, lengthMs: number): string {
  const { ms, over } = countdown(elapsedMs, lengthMs);
  return over ? `+${formatElapsed(ms)}` : formatElapsed(Math.ceil(ms / 1000) * 1000);
}

/** The longest talk length accepted, in minutes (a full day of training). */
export const MAX_TALK_MINUTES = 600;

/**
 * Reads a talk length typed by the trainer, in minutes: « 45 », « 45 min », « 1:30 », « 1 h 30 »,
 * « 1h ». Null when it is not a length from 1 minute to MAX_TALK_MINUTES.
 */
export function parseTalkLength(text: string): number | null {
  const input = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let minutes: number | undefined;
  const plain = /^(\d{1,3})(?: ?min(?:utes?)?)?$/.exec(input);
  const clock = /^(\d{1,2}) ?(?::|h) ?(\d{1,2})?(?: ?min)?$/.exec(input);
  if (plain?.[1]) minutes = Number(plain[1]);
  else if (clock?.[1]) {
    const rest = clock[2] === undefined ? 0 : Number(clock[2]);
    if (rest < 60) minutes = Number(clock[1]) * 60 + rest;
  }
  return minutes !== undefined && minutes >= 1 && minutes <= MAX_TALK_MINUTES ? minutes : null;
}
