// The stores, over @nanostores/persistent's test engine: actions, versioned keys, distrust of
// what is stored, export and import. Stores are imported after the engine is installed, as the
// browser does with localStorage.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';

useTestStorageEngine();
const progress = await import('../../../src/stores/progress');
const transfer = await import('../../../src/stores/progress-transfer');
const learner = await import('../../../src/stores/learner');
const storage = await import('../../../src/stores/storage');
const plan = await import('../../../src/stores/plan');
const { $lessons, $quizResults, markVisited, markCompleted, recordAttempt, resetProgress, LESSONS_KEY, QUIZZES_KEY } =
  progress;

const day1 = new Date('2026-11-26T10:00:00.000Z');
const day2 = new Date('2026-11-27T10:00:00.000Z');
const pass = { points: 4, max: 5, percent: 80, passed: true };
const fail = { points: 2, max: 5, percent: 40, passed: false };

// Keep the stores mounted, as an island would, so storage events reach them.
beforeAll(() => {
  $lessons.listen(() => {});
  $quizResults.listen(() => {});
  learner.$learnerName.listen(() => {});
});
beforeEach(() => {
  resetProgress();
  learner.setLearnerName('');
  cleanTestStorage();
});

describe('lesson actions', () => {
  it('marks a lesson visited once, under a versioned key', () => {
    markVisited('etape-1-veille', day1);
    markVisited('etape-1-veille', day2);
    expect($lessons.get()).toEqual({ 'etape-1-veille': { visitedAt: day1.toISOString() } });
    expect(LESSONS_KEY).toMatch(/:v\d+$/);
    expect(JSON.parse(getTestStorage()[LESSONS_KEY] ?? '')).toEqual($lessons.get());
  });

  it('marks a lesson completed, keeping the first visit and the first completion', () => {
    markVisited('a', day1);
    markCompleted('a', day2);
    markCompleted('a', new Date('2030-01-01'));
    expect($lessons.get().a).toEqual({ visitedAt: day1.toISOString(), completedAt: day2.toISOString() });
    markCompleted('b', day2);
    expect($lessons.get().b).toEqual({ visitedAt: day2.toISOString(), completedAt: day2.toISOString() });
  });
});

describe('recordAttempt', () => {
  it('keeps attempts and the best score per quiz version', () => {
    recordAttempt('q', 'h1', fail, day1);
    recordAttempt('q', 'h1', pass, day2);
    recordAttempt('q', 'h1', fail, day2);
    expect($quizResults.get().q).toMatchObject({
      hash: 'h1',
      attempts: 3,
      best: 4,
      last: 2,
      passed: true,
      passedAt: day2.toISOString(),
    });
    expect(QUIZZES_KEY).toMatch(/:v\d+$/);
    recordAttempt('q', 'h2', fail, day2);
    expect($quizResults.get().q).toMatchObject({ hash: 'h2', attempts: 1, best: 2, passed: false });
  });
});

describe('stored data is distrusted', () => {
  it.each(['{"oops":', '[]', '"texte"', '{"a":{"visitedAt":"jamais"}}', 'null'])('reads %s as empty', (raw) => {
    setTestStorageKey(LESSONS_KEY, raw);
    setTestStorageKey(QUIZZES_KEY, raw);
    expect($lessons.get()).toEqual({});
    expect($quizResults.get()).toEqual({});
  });

  it('follows a change made in another tab', () => {
    setTestStorageKey(LESSONS_KEY, JSON.stringify({ autre: { visitedAt: day1.toISOString() } }));
    expect($lessons.get()).toEqual({ autre: { visitedAt: day1.toISOString() } });
    setTestStorageKey(LESSONS_KEY, undefined);
    expect($lessons.get()).toEqual({});
  });
});

describe('resetProgress', () => {
  it('forgets lessons and quizzes but keeps the name', () => {
    markVisited('a', day1);
    recordAttempt('q', 'h', pass, day1);
    learner.setLearnerName('Marie');
    resetProgress();
    expect($lessons.get()).toEqual({});
    expect($quizResults.get()).toEqual({});
    expect(learner.$learnerName.get()).toBe('Marie');
  });
});

describe('export and import', () => {
  it('restores exactly what was exported', () => {
    markVisited('a', day1);
    markCompleted('a', day2);
    recordAttempt('q', 'h', pass, day1);
    learner.setLearnerName('  Marie  Tremblay ');
    const file = transfer.exportProgress(day2);
    const before = { lessons: $lessons.get(), quizzes: $quizResults.get() };
    resetProgress();
    learner.setLearnerName('');
    expect(transfer.importProgress(file)).toEqual({ ok: true, lessons: 1, quizzes: 1 });
    expect({ lessons: $lessons.get(), quizzes: $quizResults.get() }).toEqual(before);
    expect(learner.$learnerName.get()).toBe('Marie Tremblay');
  });

  it('changes nothing when the file is wrong or damaged', () => {
    markVisited('a', day1);
    const before = $lessons.get();
    const good = JSON.parse(transfer.exportProgress(day2)) as Record<string, unknown>;
    for (const text of ['pas du JSON', '{}', JSON.stringify({ ...good, lessons: { a: { visitedAt: 3 } } })]) {
      const outcome = transfer.importProgress(text);
      expect(outcome.ok).toBe(false);
      expect($lessons.get()).toBe(before);
    }
  });
});

describe('import: merge, replace, undo', () => {
  const fileWith = (build: () => void) => {
    resetProgress();
    plan.clearPlan();
    build();
    const file = transfer.exportProgress(day2);
    resetProgress();
    plan.clearPlan();
    return file;
  };
  const snapshotOf = (file: string) => {
    const result = transfer.readProgressFile(file);
    if (!result.ok) throw new Error(result.problem);
    return result.snapshot;
  };

  it('« merge » keeps a passed final evaluation and the plan here, and adds what only the file has', () => {
    const file = fileWith(() => {
      markVisited('b', day1);
      recordAttempt('evaluation-finale', 'h', fail, day1);
      plan.setPlanField('veille.routine.1.qui', 'Julien');
      plan.setPlanField('message.message.1.ton', 'Rassurant');
    });
    markVisited('a', day1);
    recordAttempt('evaluation-finale', 'h', pass, day2);
    plan.setPlanField('veille.routine.1.qui', 'Amélie');
    const { outcome } = transfer.applyProgress(snapshotOf(file), 'merge');
    expect(outcome).toEqual({ ok: true, lessons: 2, quizzes: 1 });
    expect($quizResults.get()['evaluation-finale']?.passedAt).toBeTruthy();
    expect(plan.$plan.get()).toEqual({ 'veille.routine.1.qui': 'Amélie', 'message.message.1.ton': 'Rassurant' });
  });

  it('« replace » puts the file in place, and undo gives back exactly what was there', () => {
    const file = fileWith(() => markVisited('b', day1));
    markVisited('a', day1);
    recordAttempt('evaluation-finale', 'h', pass, day2);
    plan.setPlanField('veille.routine.1.qui', 'Amélie');
    const kept = transfer.keptProgress();
    const { outcome, before } = transfer.applyProgress(snapshotOf(file), 'replace');
    expect(outcome.ok).toBe(true);
    expect(Object.keys($lessons.get())).toEqual(['b']);
    expect($quizResults.get()).toEqual({});
    expect(transfer.restoreProgress(before)).toBe(true);
    expect(transfer.keptProgress()).toEqual(kept);
  });
});

describe('guardedEngine', () => {
  const throwing = {
    getItem: () => {
      throw new DOMException('refusé', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('plein', 'QuotaExceededError');
    },
    removeItem: () => {
      throw new DOMException('refusé', 'SecurityError');
    },
  } as unknown as Storage;

  it('keeps a refused write in memory for the visit, and says storage is unavailable', () => {
    storage.$storageAvailable.set(true);
    const engine = guarded(throwing);
    expect('k' in engine).toBe(false);
    engine.k = 'valeur';
    expect(engine.k).toBe('valeur');
    expect('k' in engine).toBe(true);
    expect(storage.$storageAvailable.get()).toBe(false);
    delete engine.k;
    expect(engine.k).toBeUndefined();
  });

  it('works in memory when there is no storage at all', () => {
    const engine = guarded(undefined);
    engine.k = 'v';
    expect(engine.k).toBe('v');
  });

  function guarded(s: Storage | undefined): Record<string, string | undefined> {
    return storage.guardedEngine(s);
  }
});
