/**
 * Scoring of quiz answers: every question is worth one point, and some kinds give part of it for a
 * partly right answer (see scoreQuestion). Pure functions over validated quiz data.
 */
import type { Question } from '../../schemas/quiz';
import { seededShuffle } from '../shuffle';
import { exactPercent, percentOf } from './percent';
import type { Answer } from './answer';

/** A quiz's total: points out of max, percent (rounded down) and whether the pass mark is reached. */
export interface QuizScore {
  points: number;
  max: number;
  percent: number;
  passed: boolean;
}

/** One choice offered in a matching question's list: the right-hand text and the pair it comes from. */
export interface MatchOption {
  value: string;
  text: string;
}

/** Seed of a question's shuffled order, stable between the server render and hydration. */
export function questionSeed(quizId: string, questionId: string, round: number): string {
  return `${quizId}/${questionId}/${round}`;
}

/** The answer a question starts with: nothing chosen, and ordering items shuffled by `seed`. */
export function emptyAnswer(question: Question, seed: string): Answer {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', choice: null };
    case 'multiple':
      return { kind: 'multiple', choices: [] };
    case 'true-false':
      return { kind: 'true-false', value: null };
    case 'ordering':
      return { kind: 'ordering', order: seededShuffle(question.items, seed).map((i) => i.id) };
    case 'matching':
      return { kind: 'matching', picks: {} };
  }
}

/**
 * The right-hand texts of a matching question, shuffled by `seed`, each text once (two pairs may
 * share a partner, ex. two platforms for the same audience).
 */
export function matchOptions(question: Extract<Question, { kind: 'matching' }>, seed: string): MatchOption[] {
  const seen = new Set<string>();
  const options: MatchOption[] = [];
  for (const p of question.pairs) {
    const text = p.right ?? '';
    if (seen.has(text)) continue;
    seen.add(text);
    options.push({ value: p.id, text });
  }
  return seededShuffle(options, seed);
}

/** Whether the learner chose `picked` (a pair id) for the left-hand item of pair `pairId`, rightly. */
export function isRightMatch(
  question: Extract<Question, { kind: 'matching' }>,
  pairId: string,
  picked: string | undefined,
): boolean {
  const pair = question.pairs.find((p) => p.id === pairId);
  const chosen = question.pairs.find((p) => p.id === picked);
  return pair !== undefined && chosen !== undefined && chosen.right === pair.right;
}

/** Whether the answer is complete enough to be checked (every select chosen, at least one box…). */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (!answer || answer.kind !== question.kind) return false;
  switch (answer.kind) {
    case 'single':
      return answer.choice !== null;
    case 'multiple':
      return answer.choices.length > 0;
    case 'true-false':
      return answer.value !== null;
    case 'ordering':
      return answer.order.length > 0;
    case 'matching':
      return question.kind === 'matching' && question.pairs.every((p) => Boolean(answer.picks[p.id]));
  }
}

/** Length of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasingRun(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

/**
 * The credit, from 0 to 1, that an answer earns. How each kind is scored:
 * - single choice and true/false: 1 for the right answer, 0 otherwise;
 * - multiple choice: (right boxes ticked − wrong boxes ticked) ÷ number of right boxes, never below
 *   0 — so ticking everything does not pay, and 1 only for exactly the right set;
 * - ordering: items that are already in the right order relative to one another — the longest
 *   such run, L, out of n items — give (L − 1) ÷ (n − 1): 1 when all is in order, 0 when reversed;
 *   one misplaced item out of five gives 3/4. An answer that is not a permutation of the items is 0;
 * - matching: the share of left-hand items given the right partner (an unanswered one is wrong).
 * An answer of another kind than the question earns 0.
 */
export function scoreQuestion(question: Question, answer: Answer | undefined): number {
  if (!answer || answer.kind !== question.kind) return 0;
  switch (question.kind) {
    case 'single':
      return answer.kind === 'single' && question.options.some((o) => o.correct && o.id === answer.choice) ? 1 : 0;
    case 'true-false':
      return answer.kind === 'true-false' && answer.value === question.answer ? 1 : 0;
    case 'multiple': {
      if (answer.kind !== 'multiple') return 0;
      const chosen = new Set(answer.choices);
      const right = question.options.filter((o) => o.correct);
      const hits = right.filter((o) => chosen.has(o.id)).length;
      const misses = question.options.filter((o) => !o.correct && chosen.has(o.id)).length;
      return right.length === 0 ? 0 : Math.max(0, (hits - misses) / right.length);
    }
    case 'ordering': {
      if (answer.kind !== 'ordering') return 0;
      const n = question.items.length;
      const position = new Map(question.items.map((item, i) => [item.id, i]));
      const positions = answer.order.map((id) => position.get(id));
      const isPermutation =
        positions.length === n && new Set(answer.order).size === n && positions.every((p) => p !== undefined);
      if (!isPermutation) return 0;
      if (n < 2) return 1;
      return (longestIncreasingRun(positions as number[]) - 1) / (n - 1);
    }
    case 'matching': {
      if (answer.kind !== 'matching' || question.pairs.length === 0) return 0;
      const right = question.pairs.filter((p) => isRightMatch(question, p.id, answer.picks[p.id])).length;
      return right / question.pairs.length;
    }
  }
}

/**
 * Totals question credits against the pass mark. The percent is rounded down and the pass decided
 * on the exact ratio, so 79.6 % shows as 79 % and does not pass an 80 % mark.
 */
export function totalScore(credits: readonly number[], passMark: number): QuizScore {
  const max = credits.length;
  const points = credits.reduce((sum, c) => sum + Math.min(1, Math.max(0, c)), 0);
  return { points, max, percent: percentOf(points, max), passed: max > 0 && exactPercent(points, max) >= passMark };
}

export { formatPoints } from '../format';
export { percentOf } from './percent';
