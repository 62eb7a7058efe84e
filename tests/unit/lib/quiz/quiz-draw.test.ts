import { describe, expect, it } from 'vitest';
import {
  attemptSeed,
  balancedOrderSeed,
  choiceOrder,
  drawQuestions,
  rightFirstShare,
} from '../../../../src/lib/quiz/quiz-draw';
import type { Question } from '../../../../src/schemas/quiz';

const question = (id: string, lesson: string): Question => ({
  id,
  lesson,
  kind: 'true-false',
  prompt: `Énoncé ${id}`,
  explanation: 'Explication.',
  answer: true,
  feedback: { whenTrue: 'Oui.', whenFalse: 'Non.' },
});
const lessons = ['a', 'b', 'c', 'd', 'e'];
// 5 lessons; lesson « e » has a single question, the others 4 to 7.
const bank = lessons.flatMap((l, i) =>
  Array.from({ length: l === 'e' ? 1 : 4 + i }, (_, k) => question(`${l}${k}`, l)),
);

describe('drawQuestions', () => {
  it('shows every question in the written order when the quiz is not a bank', () => {
    expect(drawQuestions({ questions: bank }, 'x').map((q) => q.id)).toEqual(bank.map((q) => q.id));
  });

  it('draws the asked number, never twice the same, covering every lesson', () => {
    for (let round = 0; round < 50; round++) {
      const drawn = drawQuestions({ draw: 12, questions: bank }, attemptSeed('final', round));
      expect(drawn).toHaveLength(12);
      expect(new Set(drawn.map((q) => q.id)).size).toBe(12);
      expect(new Set(drawn.map((q) => q.lesson))).toEqual(new Set(lessons));
    }
  });

  it('balances lessons: two lessons that still had questions differ by one at most', () => {
    for (let round = 0; round < 50; round++) {
      const drawn = drawQuestions({ draw: 13, questions: bank }, attemptSeed('final', round));
      const counts = lessons.filter((l) => l !== 'e').map((l) => drawn.filter((q) => q.lesson === l).length);
      expect(Math.max(...counts) - Math.min(...counts), `tentative ${round}`).toBeLessThanOrEqual(1);
      expect(drawn.filter((q) => q.lesson === 'e')).toHaveLength(1);
    }
  });

  it('is decided by the seed: the same seed gives the same draw, other seeds other sets and orders', () => {
    const seed = attemptSeed('final', 3);
    expect(drawQuestions({ draw: 10, questions: bank }, seed)).toEqual(
      drawQuestions({ draw: 10, questions: bank }, seed),
    );
    const sets = new Set(
      Array.from({ length: 20 }, (_, r) =>
        drawQuestions({ draw: 10, questions: bank }, attemptSeed('final', r))
          .map((q) => q.id)
          .sort()
          .join(),
      ),
    );
    expect(sets.size).toBeGreaterThan(15);
  });

  it('shuffles the whole bank when it draws every question', () => {
    const drawn = drawQuestions({ draw: bank.length, questions: bank }, 's');
    expect([...drawn].map((q) => q.id).sort()).toEqual(bank.map((q) => q.id).sort());
  });
});

describe('choiceOrder', () => {
  const q = {
    id: 'q',
    kind: 'single' as const,
    prompt: 'Quoi?',
    explanation: 'Parce que.',
    options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, correct: id === 'a', feedback: '.' })),
  };

  it('keeps every option, and the same seed gives the same order', () => {
    const order = choiceOrder(q, 'quiz#0');
    expect(order.map((o) => o.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(choiceOrder(q, 'quiz#0')).toEqual(order);
  });

  it('puts the right answer in each position about as often', () => {
    const positions = [0, 0, 0, 0];
    for (let r = 0; r < 400; r++) {
      const at = choiceOrder(q, attemptSeed('quiz', r)).findIndex((o) => o.correct);
      positions[at] = (positions[at] ?? 0) + 1;
    }
    for (const n of positions) expect(n).toBeGreaterThan(60);
  });
});

describe('balancedOrderSeed', () => {
  const choice = (id: string): Question => ({
    id,
    kind: 'single',
    prompt: id,
    explanation: '.',
    options: ['a', 'b', 'c'].map((o) => ({ id: o, text: o, correct: o === 'a', feedback: '.' })),
  });
  const questions = ['q1', 'q2', 'q3'].map(choice);

  it('keeps the right option first in at most 40 % of the choice questions, for every attempt', () => {
    for (let r = 0; r < 100; r++) {
      const seed = balancedOrderSeed(questions, attemptSeed('court', r));
      expect(rightFirstShare(questions, seed)).toBeLessThanOrEqual(0.4);
    }
  });

  it('keeps the seed itself when it is already balanced, and is deterministic', () => {
    const seed = Array.from({ length: 50 }, (_, n) => attemptSeed('court', n)).find(
      (s) => rightFirstShare(questions, s) <= 0.4,
    );
    if (seed === undefined) throw new Error('aucune graine équilibrée parmi 50');
    const chosen = balancedOrderSeed(questions, seed);
    expect(balancedOrderSeed(questions, seed)).toBe(chosen);
    expect(chosen).toBe(seed);
    expect(rightFirstShare([], seed)).toBe(0);
  });

  it('still varies the orders from attempt to attempt', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, r) => {
        const seed = balancedOrderSeed(questions, attemptSeed('court', r));
        return questions
          .map((q) =>
            q.kind === 'single'
              ? choiceOrder(q, seed)
                  .map((o) => o.id)
                  .join('')
              : '',
          )
          .join();
      }),
    );
    expect(orders.size).toBeGreaterThan(10);
  });
});
