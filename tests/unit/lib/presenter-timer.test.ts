import { describe, expect, it } from 'vitest';
import {
  elapsed,
  formatElapsed,
  isRunning,
  resetTimer,
  startTimer,
  toggleTimer,
} from '../../../src/lib/presenter-timer';

describe('presenter timer', () => {
  it('counts while running, holds while paused, resumes', () => {
    let t = startTimer(1_000);
    expect(elapsed(t, 61_000)).toBe(60_000);
    t = toggleTimer(t, 61_000);
    expect(isRunning(t)).toBe(false);
    expect(elapsed(t, 500_000)).toBe(60_000);
    t = toggleTimer(t, 500_000);
    expect(isRunning(t)).toBe(true);
    expect(elapsed(t, 505_000)).toBe(65_000);
  });
  it('resets to zero, keeping its running state', () => {
    const running = resetTimer(startTimer(0), 10_000);
    expect(elapsed(running, 12_000)).toBe(2_000);
    const paused = resetTimer(toggleTimer(startTimer(0), 5_000), 9_000);
    expect(isRunning(paused)).toBe(false);
    expect(elapsed(paused, 20_000)).toBe(0);
  });
  it('never goes backwards when the clock does', () => {
    expect(elapsed(startTimer(10_000), 5_000)).toBe(0);
  });
  it('formats like a stopwatch', () => {
    expect(formatElapsed(0)).toBe('0:00:00');
    expect(formatElapsed(425_999)).toBe('0:07:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('0:00:00');
  });
});
