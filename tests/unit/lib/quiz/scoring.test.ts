import { describe, expect, it } from 'vitest';
import {
  emptyAnswer,
  formatPoints,
  isAnswered,
  isRightMatch,
  matchOptions,
  percentOf,
  questionSeed,
  scoreQuestion,
  totalScore,
} from '../../../../src/lib/quiz/scoring';
import type { Answer } from '../../../../src/lib/quiz/answer';
import type { Question } from '../../../../src/schemas/quiz';

const base = { prompt: 'Question ?', explanation: 'Parce que.' };
const option = (id: string, correct = false) => ({ id, text: id.toUpperCase(), correct, feedback: '…' });

const single: Question = { ...base, id: 's', kind: 'single', options: [option('a', true), option('b'), option('c')] };
const multiple: Question = {
  ...base,
  id: 'm',
  kind: 'multiple',
  options: [option('a', true), option('b', true), option('c'), option('d')],
};
const trueFalse: Question = {
  ...base,
  id: 't',
  kind: 'true-false',
  answer: false,
  feedback: { whenTrue: 'n', whenFalse: 'o' },
};
const ordering: Question = {
  ...base,
  id: 'o',
  kind: 'ordering',
  items: ['v', 'o', 'm', 'a', 'e'].map((id) => ({ id, text: id })),
};
const matching: Question = {
  ...base,
  id: 'p',
  kind: 'matching',
  pairs: [
    { id: 'fb', left: 'Facebook', right: 'Population' },
    { id: 'yt', left: 'YouTube', right: 'Population' },
    { id: 'li', left: 'LinkedIn', right: 'Professionnels' },
    { id: 'tw', left: 'Twitter', right: 'Influenceurs' },
  ],
};

describe('scoreQuestion', () => {
  it('single choice: 1 for the right choice, 0 for a wrong one or none', () => {
    expect(scoreQuestion(single, { kind: 'single', choice: 'a' })).toBe(1);
    expect(scoreQuestion(single, { kind: 'single', choice: 'b' })).toBe(0);
    expect(scoreQuestion(single, { kind: 'single', choice: null })).toBe(0);
    expect(scoreQuestion(single, { kind: 'single', choice: 'inconnu' })).toBe(0);
  });

  it('true/false: 1 when the answer matches, 0 otherwise or unanswered', () => {
    expect(scoreQuestion(trueFalse, { kind: 'true-false', value: false })).toBe(1);
    expect(scoreQuestion(trueFalse, { kind: 'true-false', value: true })).toBe(0);
    expect(scoreQuestion(trueFalse, { kind: 'true-false', value: null })).toBe(0);
  });

  it('multiple choice: (right − wrong) ÷ right, never below 0', () => {
    const m = (choices: string[]) => scoreQuestion(multiple, { kind: 'multiple', choices });
    expect(m(['a', 'b'])).toBe(1);
    expect(m(['b', 'a'])).toBe(1);
    expect(m(['a'])).toBe(0.5);
    expect(m(['a', 'b', 'c'])).toBe(0.5);
    expect(m(['a', 'c'])).toBe(0);
    expect(m(['a', 'b', 'c', 'd'])).toBe(0);
    expect(m(['c', 'd'])).toBe(0);
    expect(m([])).toBe(0);
    expect(m(['a', 'a', 'zzz'])).toBe(0.5);
  });

  it('ordering: (longest run in order − 1) ÷ (n − 1)', () => {
    const o = (order: string[]) => scoreQuestion(ordering, { kind: 'ordering', order });
    expect(o(['v', 'o', 'm', 'a', 'e'])).toBe(1);
    expect(o(['e', 'a', 'm', 'o', 'v'])).toBe(0);
    // One item out of place (the last put first): the other four are still in order.
    expect(o(['e', 'v', 'o', 'm', 'a'])).toBe(0.75);
    // Two neighbours swapped: four items in order.
    expect(o(['o', 'v', 'm', 'a', 'e'])).toBe(0.75);
    expect(o(['o', 'v', 'a', 'm', 'e'])).toBe(0.5);
  });

  it('ordering: an answer that is not a permutation of the items earns 0', () => {
    const o = (order: string[]) => scoreQuestion(ordering, { kind: 'ordering', order });
    expect(o(['v', 'o', 'm', 'a'])).toBe(0);
    expect(o(['v', 'o', 'm', 'a', 'a'])).toBe(0);
    expect(o(['v', 'o', 'm', 'a', 'x'])).toBe(0);
    expect(o([])).toBe(0);
  });

  it('ordering with two items: all or nothing', () => {
    const two: Question = {
      ...base,
      id: 'd',
      kind: 'ordering',
      items: [
        { id: 'x', text: 'X' },
        { id: 'y', text: 'Y' },
      ],
    };
    expect(scoreQuestion(two, { kind: 'ordering', order: ['x', 'y'] })).toBe(1);
    expect(scoreQuestion(two, { kind: 'ordering', order: ['y', 'x'] })).toBe(0);
  });

  it('matching: the share of items given the right partner; an unanswered item is wrong', () => {
    const p = (picks: Record<string, string>) => scoreQuestion(matching, { kind: 'matching', picks });
    expect(p({ fb: 'fb', yt: 'yt', li: 'li', tw: 'tw' })).toBe(1);
    expect(p({ fb: 'fb', yt: 'yt', li: 'tw', tw: 'li' })).toBe(0.5);
    expect(p({ fb: 'fb' })).toBe(0.25);
    expect(p({})).toBe(0);
    expect(p({ fb: 'inconnu', yt: 'yt', li: 'li', tw: 'tw' })).toBe(0.75);
  });

  it('matching: two items sharing a partner accept either pair’s option', () => {
    expect(scoreQuestion(matching, { kind: 'matching', picks: { fb: 'yt', yt: 'fb', li: 'li', tw: 'tw' } })).toBe(1);
    expect(isRightMatch(matching as Extract<Question, { kind: 'matching' }>, 'yt', 'fb')).toBe(true);
    expect(isRightMatch(matching as Extract<Question, { kind: 'matching' }>, 'yt', 'li')).toBe(false);
    expect(isRightMatch(matching as Extract<Question, { kind: 'matching' }>, 'yt', undefined)).toBe(false);
  });

  it('an answer of another kind, or no answer, earns 0', () => {
    const wrongKind: Answer = { kind: 'single', choice: 'a' };
    for (const q of [multiple, trueFalse, ordering, matching]) expect(scoreQuestion(q, wrongKind)).toBe(0);
    expect(scoreQuestion(single, undefined)).toBe(0);
  });
});

describe('isAnswered', () => {
  it('asks for a choice, a box, a value, and every item matched', () => {
    expect(isAnswered(single, { kind: 'single', choice: null })).toBe(false);
    expect(isAnswered(single, { kind: 'single', choice: 'b' })).toBe(true);
    expect(isAnswered(multiple, { kind: 'multiple', choices: [] })).toBe(false);
    expect(isAnswered(multiple, { kind: 'multiple', choices: ['c'] })).toBe(true);
    expect(isAnswered(trueFalse, { kind: 'true-false', value: null })).toBe(false);
    expect(isAnswered(trueFalse, { kind: 'true-false', value: true })).toBe(true);
    expect(isAnswered(ordering, emptyAnswer(ordering, 'x'))).toBe(true);
    expect(isAnswered(matching, { kind: 'matching', picks: { fb: 'fb', yt: 'yt', li: 'li' } })).toBe(false);
    expect(isAnswered(matching, { kind: 'matching', picks: { fb: 'fb', yt: 'yt', li: 'li', tw: '' } })).toBe(false);
    expect(isAnswered(matching, { kind: 'matching', picks: { fb: 'fb', yt: 'yt', li: 'li', tw: 'li' } })).toBe(true);
    expect(isAnswered(single, undefined)).toBe(false);
    expect(isAnswered(single, { kind: 'multiple', choices: ['a'] })).toBe(false);
  });
});

describe('emptyAnswer and matchOptions', () => {
  it('starts with nothing chosen', () => {
    expect(emptyAnswer(single, 's')).toEqual({ kind: 'single', choice: null });
    expect(emptyAnswer(multiple, 's')).toEqual({ kind: 'multiple', choices: [] });
    expect(emptyAnswer(trueFalse, 's')).toEqual({ kind: 'true-false', value: null });
    expect(emptyAnswer(matching, 's')).toEqual({ kind: 'matching', picks: {} });
  });

  it('shuffles ordering items the same way for the same seed, never solved', () => {
    const seed = questionSeed('quiz', 'o', 0);
    const a = emptyAnswer(ordering, seed);
    expect(a).toEqual(emptyAnswer(ordering, seed));
    if (a.kind !== 'ordering') throw new Error('kind');
    expect([...a.order].sort()).toEqual(['a', 'e', 'm', 'o', 'v']);
    expect(scoreQuestion(ordering, a)).toBeLessThan(1);
  });

  it('offers each right-hand text once, shuffled by the seed', () => {
    const m = matching as Extract<Question, { kind: 'matching' }>;
    const options = matchOptions(m, 'seed');
    expect(options.map((o) => o.text).sort()).toEqual(['Influenceurs', 'Population', 'Professionnels']);
    expect(matchOptions(m, 'seed')).toEqual(options);
  });
});

describe('totalScore', () => {
  it('adds credits, rounds the percent down and passes on the exact ratio', () => {
    expect(totalScore([1, 1, 1, 1, 0], 80)).toEqual({ points: 4, max: 5, percent: 80, passed: true });
    expect(totalScore([1, 1, 1, 0.75, 0.2], 80)).toEqual({ points: 3.95, max: 5, percent: 79, passed: false });
    expect(totalScore([1, 1, 1, 1, 1, 1, 1, 0, 0, 0], 70).passed).toBe(true);
    expect(totalScore([0.5, 0.5, 0.5], 50)).toMatchObject({ percent: 50, passed: true });
    expect(totalScore([], 0)).toEqual({ points: 0, max: 0, percent: 0, passed: false });
  });

  it('clamps credits outside 0…1', () => {
    expect(totalScore([2, -1], 50)).toMatchObject({ points: 1, percent: 50 });
  });

  it('has a pass mark of 0 pass anything', () => {
    expect(totalScore([0, 0], 0).passed).toBe(true);
  });
});

describe('percentOf and formatPoints', () => {
  it('rounds the percent down, absorbing float noise', () => {
    expect(percentOf(7, 10)).toBe(70);
    expect(percentOf(2, 3)).toBe(66);
    expect(percentOf(1, 0)).toBe(0);
  });
  it('writes whole points earned, partial credit rounded down, absorbing float noise', () => {
    expect(formatPoints(4)).toBe('4');
    expect(formatPoints(3.5)).toBe('3');
    expect(formatPoints(14.9)).toBe('14');
    expect(formatPoints(0.7 * 3 * 10)).toBe('21');
  });
});
