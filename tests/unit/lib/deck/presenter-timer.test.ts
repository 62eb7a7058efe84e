import { describe, expect, it } from 'vitest';
import {
  countdown,
  decodeTimer,
  elapsed,
  encodeTimer,
  formatCountdown,
  parseTalkLength,
  formatElapsed,
  isRunning,
  resetTimer,
  startTimer,
  toggleTimer,
} from '../../../../src/lib/deck/presenter-timer';

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

describe('countdown', () => {
  const min = 60_000;
  it('shows the time left, rounded up to the second', () => {
    expect(formatCountdown(0, 45 * min)).toBe('0:45:00');
    expect(formatCountdown(10 * min + 400, 45 * min)).toBe('0:35:00');
    expect(formatCountdown(45 * min - 400, 45 * min)).toBe('0:00:01');
    expect(countdown(45 * min, 45 * min)).toEqual({ ms: 0, over: false });
  });
  it('says when the talk is over, and by how much, with a sign', () => {
    expect(countdown(46 * min, 45 * min)).toEqual({ ms: min, over: true });
    expect(formatCountdown(47 * min + 15_000, 45 * min)).toBe('+0:02:15');
    expect(formatCountdown(45 * min + 999, 45 * min)).toBe('0:00:00');
    expect(formatCountdown(105 * min, 45 * min)).toBe('+1:00:00');
  });
});

describe('parseTalkLength', () => {
  it('reads minutes, hours and minutes, with or without units', () => {
    expect(parseTalkLength('45')).toBe(45);
    expect(parseTalkLength(' 45 min ')).toBe(45);
    expect(parseTalkLength('45 minutes')).toBe(45);
    expect(parseTalkLength('1:30')).toBe(90);
    expect(parseTalkLength('1 h 30')).toBe(90);
    expect(parseTalkLength('2h')).toBe(120);
    expect(parseTalkLength('1h05')).toBe(65);
  });
  it('refuses what is not a length from 1 minute to 10 hours', () => {
    for (const bad of ['', '0', 'abc', '-5', '4,5', '1:75', '601', '11 h', '1e3']) {
      expect(parseTalkLength(bad), bad).toBeNull();
    }
  });

  it('keeps a timer across a reload of the view, and distrusts what it reads back', () => {
    const running = toggleTimer(toggleTimer(startTimer(1_000), 61_000), 100_000);
    const back = decodeTimer(encodeTimer(running), 160_000);
    expect(back).toEqual(running);
    // The time spent while the view reloaded counts: the talk went on.
    expect(elapsed(back ?? startTimer(0), 160_000)).toBe(120_000);
    const paused = toggleTimer(startTimer(0), 30_000);
    expect(decodeTimer(encodeTimer(paused), 999_999)).toEqual({ banked: 30_000, since: null });
    for (const bad of [
      null,
      '',
      'nope',
      '[]',
      '{"banked":-1,"since":null}',
      '{"banked":"5","since":null}',
      '{"banked":0,"since":200000}',
      '{"banked":0,"since":"1"}',
      '{"banked":0}',
      `{"banked":0,"since":${160_000 - 25 * 3600 * 1000}}`,
    ])
      expect(decodeTimer(bad, 160_000), String(bad)).toBeNull();
  });
});
