import { describe, expect, it } from 'vitest';
import { chosenIds, toggleChoice } from '../../../../src/lib/quiz/answer';

describe('an answer’s ticked options', () => {
  it('ticks a box that was not, unticks one that was, keeping the others in order', () => {
    expect(toggleChoice([], 'a')).toEqual(['a']);
    expect(toggleChoice(['a', 'c'], 'b')).toEqual(['a', 'c', 'b']);
    expect(toggleChoice(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('reads the options chosen in a single or multiple answer, none for another kind or no answer', () => {
    expect(chosenIds({ kind: 'single', choice: 'x' })).toEqual(['x']);
    expect(chosenIds({ kind: 'single', choice: null })).toEqual([]);
    expect(chosenIds({ kind: 'multiple', choices: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(chosenIds({ kind: 'ordering', order: ['a', 'b'] })).toEqual([]);
    expect(chosenIds(undefined)).toEqual([]);
  });
});
