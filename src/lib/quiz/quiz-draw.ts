/**
 * What one attempt at a quiz shows: which questions (all of them, or a balanced draw from a
 * question bank) and in which order the options of each choice question appear. Everything
 * depends only on the quiz and the attempt number, so the server render and the hydrated island
 * agree, and each new attempt (« Recommencer ») gets a new draw and new orders.
 */
import type { Question, Quiz } from '../../schemas/quiz';
import { seededPermutation } from '../shuffle';

type Choice = Extract<Question, { kind: 'single' | 'multiple' }>;

/** Seed of everything attempt `round` of `quizId` shows. */
export function attemptSeed(quizId: string, round: number): string {
  return `${quizId}#${round}`;
}

/**
 * The questions of one attempt. A quiz without `draw` shows every question in its written order.
 * A question bank draws `draw` questions: first one per lesson tagged in the bank, then more in
 * turns over the lessons (so two lessons never differ by more than one question while both have
 * some left), never the same question twice, and the drawn set is shown in a seeded order.
 */
export function drawQuestions(quiz: Pick<Quiz, 'draw' | 'questions'>, seed: string): Question[] {
  const { draw, questions } = quiz;
  if (draw === undefined || draw >= questions.length) {
    return draw === undefined ? [...questions] : seededPermutation(questions, `${seed}/order`);
  }
  const lessons = [...new Set(questions.map((q) => q.lesson ?? ''))];
  const pools = new Map(
    lessons.map((lesson) => [
      lesson,
      seededPermutation(
        questions.filter((q) => (q.lesson ?? '') === lesson),
        `${seed}/${lesson}`,
      ),
    ]),
  );
  const turn = seededPermutation(lessons, `${seed}/lessons`);
  const picked: Question[] = [];
  while (picked.length < draw) {
    for (const lesson of turn) {
      const next = pools.get(lesson)?.shift();
      if (next && picked.length < draw) picked.push(next);
    }
  }
  return seededPermutation(picked, `${seed}/order`);
}

/** The options of a choice question in the order attempt `seed` shows them. */
export function choiceOrder(question: Choice, seed: string): Choice['options'] {
  return seededPermutation(question.options, `${seed}/${question.id}`);
}

/** Above this share of an attempt's choice questions, « pick the first option » would pay. */
const RIGHT_FIRST_MAX = 0.4;

/** The share of the choice questions whose first option, in the order of `seed`, is a right one. */
export function rightFirstShare(questions: readonly Question[], seed: string): number {
  const choices = questions.filter((q): q is Choice => q.kind === 'single' || q.kind === 'multiple');
  if (choices.length === 0) return 0;
  return choices.filter((q) => choiceOrder(q, seed)[0]?.correct).length / choices.length;
}

/**
 * The seed of an attempt's option orders: `seed` itself, or the first of its variants whose
 * orders put a right option first in at most RIGHT_FIRST_MAX of the choice questions. A plain
 * shuffle of a short quiz often puts most keys first; item writers balance key positions, and so
 * does this, the same way on the server and in the browser.
 */
export function balancedOrderSeed(questions: readonly Question[], seed: string): string {
  for (let k = 0; k < 64; k++) {
    const candidate = k === 0 ? seed : `${seed}~${k}`;
    if (rightFirstShare(questions, candidate) <= RIGHT_FIRST_MAX) return candidate;
  }
  return seed;
}
