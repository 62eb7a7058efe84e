import { describe, expect, it } from 'vitest';
import { quizHash, stableStringify } from '../../../src/build-time/quiz-hash';
import { quizSchema, type Quiz } from '../../../src/schemas/quiz';

const quiz: Quiz = quizSchema.parse({
  id: 'exemple',
  title: 'Exemple',
  questions: [
    {
      id: 'q1',
      kind: 'single',
      prompt: 'Quelle étape vient en premier ?',
      explanation: 'La veille.',
      options: [
        { id: 'a', text: 'Veille', correct: true, feedback: 'Oui.' },
        { id: 'b', text: 'Action', feedback: 'Non.' },
      ],
    },
  ],
});

const edit = (change: (q: Quiz) => void): Quiz => {
  const copy = structuredClone(quiz);
  change(copy);
  return copy;
};

describe('stableStringify', () => {
  it('does not depend on key order', () => {
    expect(stableStringify({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(stableStringify({ a: [1, { c: 3, d: 2 }], b: 1 }));
    expect(stableStringify({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe('quizHash', () => {
  it('gives a known quiz its known fingerprint', () => {
    // Every result a learner keeps carries this fingerprint: a change to the hash function, or to
    // what it covers, turns all of them into « earlier version » results. It must fail here first.
    expect(quizHash(quiz)).toBe('1blbeo56hh');
  });

  it('is stable for the same content', () => {
    expect(quizHash(quiz)).toBe(quizHash(structuredClone(quiz)));
    expect(quizHash(quiz)).toMatch(/^[0-9a-z]+$/);
  });

  it('changes when what decides a score changes', () => {
    const h = quizHash(quiz);
    expect(quizHash(edit((q) => (q.passMark = 60)))).not.toBe(h);
    expect(quizHash(edit((q) => (q.mode = 'evaluation')))).not.toBe(h);
    expect(quizHash(edit((q) => q.questions[0] && (q.questions[0].prompt = 'Autre question ?')))).not.toBe(h);
    expect(
      quizHash(
        edit((q) => {
          const first = q.questions[0];
          if (first?.kind === 'single') first.options.reverse();
        }),
      ),
    ).not.toBe(h);
    expect(
      quizHash(
        edit((q) => {
          const first = q.questions[0];
          if (first?.kind === 'single' && first.options[1]) first.options[1].correct = true;
        }),
      ),
    ).not.toBe(h);
  });

  it('ignores the title, description, feedback and explanations', () => {
    const h = quizHash(quiz);
    expect(quizHash(edit((q) => (q.title = 'Nouveau titre')))).toBe(h);
    expect(quizHash(edit((q) => (q.description = 'Une description.')))).toBe(h);
    expect(quizHash(edit((q) => q.questions[0] && (q.questions[0].explanation = 'Mieux dit.')))).toBe(h);
    expect(
      quizHash(
        edit((q) => {
          const first = q.questions[0];
          if (first?.kind === 'single' && first.options[0]) first.options[0].feedback = 'Tout à fait.';
        }),
      ),
    ).toBe(h);
  });
});
