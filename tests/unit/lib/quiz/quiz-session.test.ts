import { describe, expect, it } from 'vitest';
import {
  finished,
  isSubmitted,
  practiceScore,
  reduceSession,
  sessionQuestions,
  startSession,
  type SessionQuiz,
  type SessionState,
} from '../../../../src/lib/quiz/quiz-session';
import type { Question } from '../../../../src/schemas/quiz';

const single: Question = {
  id: 'un',
  kind: 'single',
  prompt: 'Laquelle?',
  explanation: 'Parce que.',
  options: [
    { id: 'bon', text: 'Bon', correct: true, feedback: 'Oui.' },
    { id: 'mauvais', text: 'Mauvais', correct: false, feedback: 'Non.' },
  ],
};
const truth: Question = {
  id: 'deux',
  kind: 'true-false',
  prompt: 'Vrai?',
  explanation: 'Oui.',
  answer: true,
  feedback: { whenTrue: 'Oui.', whenFalse: 'Non.' },
};
const order: Question = {
  id: 'trois',
  kind: 'ordering',
  prompt: 'Dans l’ordre',
  explanation: 'Un, deux, trois.',
  items: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
    { id: 'c', text: 'C' },
  ],
};
const practice: SessionQuiz = { id: 'p', mode: 'practice', passMark: 80, questions: [single, truth, order] };
const evaluation: SessionQuiz = { ...practice, id: 'e', mode: 'evaluation' };

const run = (quiz: SessionQuiz, state: SessionState, ...actions: Parameters<typeof reduceSession>[2][]) =>
  actions.reduce((s, a) => reduceSession(quiz, s, a), state);
const right = [
  { type: 'answer', id: 'un', answer: { kind: 'single', choice: 'bon' } },
  { type: 'answer', id: 'deux', answer: { kind: 'true-false', value: true } },
  { type: 'answer', id: 'trois', answer: { kind: 'ordering', order: ['a', 'b', 'c'] } },
] as const;

describe('startSession', () => {
  it('starts with nothing answered but ordering items, shuffled', () => {
    const s = startSession(practice);
    expect(s.round).toBe(0);
    expect(s.questions).toEqual(['un', 'deux', 'trois']);
    expect(s.answers.un).toEqual({ kind: 'single', choice: null });
    expect(s.answers.trois?.kind === 'ordering' && s.answers.trois.order).not.toEqual(['a', 'b', 'c']);
    expect(s.result).toBeNull();
  });
});

describe('practice mode', () => {
  it('asks for an answer before checking, and forgets the hint once answered', () => {
    const asked = run(practice, startSession(practice), { type: 'check', id: 'un' });
    expect(asked.unanswered).toEqual(['un']);
    expect(asked.shown).toEqual({});
    const answered = run(practice, asked, right[0]);
    expect(answered.unanswered).toEqual([]);
  });

  it('shows the feedback of a check, hides it when the answer changes, and retry clears the answer', () => {
    let s = run(practice, startSession(practice), {
      type: 'answer',
      id: 'un',
      answer: { kind: 'single', choice: 'mauvais' },
    });
    s = run(practice, s, { type: 'check', id: 'un' });
    expect(s.shown).toEqual({ un: 0 });
    expect(s.first).toEqual({ un: 0 });
    const changed = run(practice, s, right[0]);
    expect(changed.shown).toEqual({});
    const retried = run(practice, s, { type: 'retry', id: 'un' });
    expect(retried.answers.un).toEqual({ kind: 'single', choice: null });
    expect(retried.shown).toEqual({});
    expect(retried.first).toEqual({ un: 0 });
  });

  it('counts the first check of each question, and finishes once every question is checked', () => {
    let s = run(practice, startSession(practice), {
      type: 'answer',
      id: 'un',
      answer: { kind: 'single', choice: 'mauvais' },
    });
    s = run(practice, s, { type: 'check', id: 'un' }, right[0], { type: 'check', id: 'un' });
    expect(s.shown).toEqual({ un: 1 });
    expect(s.first).toEqual({ un: 0 });
    const before = run(practice, s, right[1], { type: 'check', id: 'deux' }, right[2]);
    expect(before.result).toBeNull();
    const after = run(practice, before, { type: 'check', id: 'trois' });
    expect(after.result).toEqual({ points: 2, max: 3, percent: 66, passed: false });
    expect(finished(before, after)).toEqual(after.result);
    // A later check changes neither the result nor reports a new finish.
    const again = run(practice, after, { type: 'check', id: 'un' });
    expect(again.result).toBe(after.result);
    expect(finished(after, again)).toBeNull();
  });

  it('ignores submit, and answers of the wrong kind or to unknown questions', () => {
    const s = startSession(practice);
    expect(run(practice, s, { type: 'submit' })).toBe(s);
    expect(run(practice, s, { type: 'answer', id: 'un', answer: { kind: 'true-false', value: true } })).toBe(s);
    expect(run(practice, s, { type: 'answer', id: 'inconnue', answer: { kind: 'single', choice: 'bon' } })).toBe(s);
  });
});

describe('practiceScore', () => {
  it('is null until every question has a first check, then totals the first checks', () => {
    expect(practiceScore(['a', 'b'], { a: 1 }, 80)).toBeNull();
    expect(practiceScore(['a', 'b'], { a: 1, b: 0.5 }, 80)).toEqual({
      points: 1.5,
      max: 2,
      percent: 75,
      passed: false,
    });
    expect(practiceScore(['a', 'b'], { a: 1, b: 1 }, 80)?.passed).toBe(true);
  });
});

describe('evaluation mode', () => {
  it('names the missing questions on submit, then scores all at once and locks the answers', () => {
    const partial = run(evaluation, startSession(evaluation), right[0], { type: 'submit' });
    expect(partial.missing).toEqual([2]);
    expect(partial.result).toBeNull();
    const before = run(evaluation, partial, right[1]);
    const after = run(evaluation, before, { type: 'submit' });
    expect(after.missing).toEqual([]);
    expect(after.shown).toEqual({ un: 1, deux: 1, trois: expect.any(Number) });
    expect(after.result?.max).toBe(3);
    expect(isSubmitted(evaluation, after)).toBe(true);
    expect(finished(before, after)).toEqual(after.result);
    expect(run(evaluation, after, right[0])).toBe(after);
    expect(run(evaluation, after, { type: 'submit' })).toBe(after);
    expect(run(evaluation, after, { type: 'check', id: 'un' })).toBe(after);
  });

  it('restarts with a new round: fresh answers and no result', () => {
    const done = run(evaluation, startSession(evaluation), ...right, { type: 'submit' });
    const again = run(evaluation, done, { type: 'restart' });
    expect(again.round).toBe(1);
    expect(again.result).toBeNull();
    expect(again.answers.un).toEqual({ kind: 'single', choice: null });
    expect(run(evaluation, done, { type: 'restart', round: 7 }).round).toBe(7);
  });

  it('draws a new set from a bank on each round', () => {
    const bank: SessionQuiz = {
      id: 'banque',
      mode: 'evaluation',
      passMark: 80,
      draw: 2,
      questions: ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ ...truth, id, lesson: `l${i % 2}` })),
    };
    const sets = new Set(Array.from({ length: 10 }, (_, r) => [...startSession(bank, r).questions].sort().join()));
    expect(sets.size).toBeGreaterThan(3);
    const s = startSession(bank, 4);
    expect(
      sessionQuestions(bank, s)
        .map((q) => q.lesson)
        .sort(),
    ).toEqual(['l0', 'l1']);
  });
});

describe('toggle and match', () => {
  const multi: Question = {
    id: 'multi',
    kind: 'multiple',
    prompt: 'Lesquels?',
    explanation: 'Ceux-là.',
    options: ['a', 'b', 'c'].map((id) => ({ id, text: id, correct: id !== 'c', feedback: '.' })),
  };
  const pairs: Question = {
    id: 'paires',
    kind: 'matching',
    prompt: 'Associez',
    explanation: '.',
    pairs: [
      { id: 'x', left: 'X', right: '1' },
      { id: 'y', left: 'Y', right: '2' },
    ],
  };
  const quiz: SessionQuiz = { id: 'm', mode: 'practice', passMark: 80, questions: [multi, pairs] };

  it('applies two ticks in a row from the latest state, and a second tick unticks', () => {
    const s = run(
      quiz,
      startSession(quiz),
      { type: 'toggle', id: 'multi', option: 'a' },
      { type: 'toggle', id: 'multi', option: 'b' },
      { type: 'toggle', id: 'multi', option: 'a' },
    );
    expect(s.answers.multi).toEqual({ kind: 'multiple', choices: ['b'] });
  });

  it('keeps every pair matched one after the other', () => {
    const s = run(
      quiz,
      startSession(quiz),
      { type: 'match', id: 'paires', pair: 'x', partner: 'x' },
      { type: 'match', id: 'paires', pair: 'y', partner: 'x' },
    );
    expect(s.answers.paires).toEqual({ kind: 'matching', picks: { x: 'x', y: 'x' } });
    expect(run(quiz, s, { type: 'toggle', id: 'paires', option: 'x' })).toBe(s);
  });
});

describe('restore', () => {
  it('takes back answers given before hydration, for the questions shown and of the right kind', () => {
    const s = run(practice, startSession(practice), {
      type: 'restore',
      answers: {
        un: { kind: 'single', choice: 'bon' },
        deux: { kind: 'single', choice: 'x' },
        autre: { kind: 'true-false', value: true },
      },
    });
    expect(s.answers.un).toEqual({ kind: 'single', choice: 'bon' });
    expect(s.answers.deux).toEqual({ kind: 'true-false', value: null });
    expect(s.answers).not.toHaveProperty('autre');
  });
});
