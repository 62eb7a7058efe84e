// The reading action of the progress records (src/stores/reading.ts): the place in the lesson
// noted each time, « lue » kept from the first time, and a quiz passed afterwards keeps both.
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';

useTestStorageEngine();
const { $lessons, markCompleted, markVisited, resetProgress } = await import('../../../src/stores/progress');
const { markPlace } = await import('../../../src/stores/reading');

const day1 = new Date('2026-11-26T10:00:00.000Z');
const day2 = new Date('2026-11-27T10:00:00.000Z');
const iso1 = day1.toISOString();
const iso2 = day2.toISOString();

beforeEach(() => {
  resetProgress();
  cleanTestStorage();
});

describe('markPlace', () => {
  it('notes the place in the lesson each time, and forgets the section at the top', () => {
    markPlace('a', 'intro', false, day1);
    expect($lessons.get().a).toEqual({ visitedAt: iso1, seenAt: iso1, section: 'intro' });
    markPlace('a', undefined, false, day2);
    expect($lessons.get().a).toEqual({ visitedAt: iso1, seenAt: iso2 });
  });

  it('marks a lesson read once, keeping the first time', () => {
    markVisited('a', day1);
    markPlace('a', 'fin', true, day1);
    markPlace('a', 'milieu', true, day2);
    expect($lessons.get().a).toEqual({ visitedAt: iso1, readAt: iso1, seenAt: iso2, section: 'milieu' });
    markPlace('b', undefined, true, day2);
    expect($lessons.get().b).toEqual({ visitedAt: iso2, readAt: iso2, seenAt: iso2 });
  });

  it('writes nothing when a pause finds the reader where the page view already noted them', () => {
    markVisited('c', day1);
    markPlace('c', 'section-2', false, day1);
    const events: unknown[] = [];
    const stop = $lessons.listen((v) => events.push(v));
    markPlace('c', 'section-2', false, day2);
    stop();
    expect(events).toEqual([]);
    expect($lessons.get().c?.seenAt).toBe(iso1);
  });

  it('keeps the reading when the lesson is then completed', () => {
    markVisited('a', day1);
    markPlace('a', 'fin', true, day1);
    markCompleted('a', day2);
    expect($lessons.get().a).toEqual({
      visitedAt: iso1,
      readAt: iso1,
      seenAt: iso1,
      section: 'fin',
      completedAt: iso2,
    });
  });
});
