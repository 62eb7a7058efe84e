// The reading actions of the progress store: « lue » once, the place in the lesson noted each
// time, and a quiz passed afterwards keeps both.
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';

useTestStorageEngine();
const { $lessons, markCompleted, markPlace, markRead, markVisited, resetProgress } =
  await import('../../../src/stores/progress');

const day1 = new Date('2026-11-26T10:00:00.000Z');
const day2 = new Date('2026-11-27T10:00:00.000Z');

beforeEach(() => {
  resetProgress();
  cleanTestStorage();
});

describe('reading actions', () => {
  it('marks a lesson read once, keeping the first time', () => {
    markVisited('a', day1);
    markRead('a', day1);
    markRead('a', day2);
    expect($lessons.get().a).toEqual({ visitedAt: day1.toISOString(), readAt: day1.toISOString() });
    markRead('b', day2);
    expect($lessons.get().b).toEqual({ visitedAt: day2.toISOString(), readAt: day2.toISOString() });
  });

  it('notes the place in the lesson each time, and forgets the section at the top', () => {
    markPlace('a', 'intro', day1);
    expect($lessons.get().a).toEqual({ visitedAt: day1.toISOString(), seenAt: day1.toISOString(), section: 'intro' });
    markPlace('a', undefined, day2);
    expect($lessons.get().a).toEqual({ visitedAt: day1.toISOString(), seenAt: day2.toISOString() });
  });

  it('keeps the reading when the lesson is then completed', () => {
    markVisited('a', day1);
    markRead('a', day1);
    markPlace('a', 'fin', day1);
    markCompleted('a', day2);
    expect($lessons.get().a).toEqual({
      visitedAt: day1.toISOString(),
      readAt: day1.toISOString(),
      seenAt: day1.toISOString(),
      section: 'fin',
      completedAt: day2.toISOString(),
    });
  });
});
