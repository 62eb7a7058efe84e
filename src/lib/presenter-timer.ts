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

/** « 0:07:05 »: hours, minutes and seconds, the way a stopwatch shows them. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
