import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioSchema, type Scenario } from '../../../../src/schemas/scenario';
import { lessonsPath } from '../../../fixtures/scenario-paths';
import {
  decodeDeckScenario,
  deckPath,
  graphOf,
  howFor,
  initialDeckScenario,
  majority,
  reduceDeckScenario,
  voteId,
  type DeckScenarioState,
} from '../../../../src/lib/scenario/scenario-deck';
import { endingOf } from '../../../../src/lib/scenario/scenario-path';

const soiree: Scenario = scenarioSchema.parse(parse(readFileSync('content/scenarios/soiree-cisss.yaml', 'utf8')));

/** Plays choices from the start as the deck does: next (intro), then decide and next for each. */
function play(choices: readonly string[]): DeckScenarioState {
  let state = reduceDeckScenario(soiree, initialDeckScenario(), { type: 'next' });
  for (const choice of choices) {
    state = reduceDeckScenario(soiree, state, { type: 'decide', choice, how: 'trainer' });
    state = reduceDeckScenario(soiree, state, { type: 'next' });
  }
  return state;
}

describe('a simulation played on a deck slide', () => {
  it('goes from the introduction to a situation, to its consequence, to the next situation', () => {
    const intro = initialDeckScenario();
    expect(intro.phase).toBe('intro');
    const first = reduceDeckScenario(soiree, intro, { type: 'next' });
    expect(first).toEqual({ steps: [], phase: 'situation' });
    expect(deckPath(soiree, first).node).toBe(soiree.start);
    const decided = reduceDeckScenario(soiree, first, {
      type: 'decide',
      choice: 'repondre',
      how: 'majority',
      votes: [3, 1, 0],
    });
    expect(decided).toEqual({
      steps: [{ choice: 'repondre', how: 'majority', votes: [3, 1, 0] }],
      phase: 'consequence',
    });
    const next = reduceDeckScenario(soiree, decided, { type: 'next' });
    expect(next.phase).toBe('situation');
    expect(deckPath(soiree, next).node).not.toBe(soiree.start);
  });

  it('uses the same object for an action that does nothing, so → can move to the next slide', () => {
    const situation = reduceDeckScenario(soiree, initialDeckScenario(), { type: 'next' });
    expect(reduceDeckScenario(soiree, situation, { type: 'next' })).toBe(situation);
    expect(reduceDeckScenario(soiree, situation, { type: 'decide', choice: 'nulle-part', how: 'trainer' })).toBe(
      situation,
    );
    const intro = initialDeckScenario();
    expect(reduceDeckScenario(soiree, intro, { type: 'decide', choice: 'repondre', how: 'trainer' })).toBe(intro);
    expect(reduceDeckScenario(soiree, intro, { type: 'undo' })).toBe(intro);
    expect(reduceDeckScenario(soiree, intro, { type: 'restart' })).toBe(intro);
  });

  it('reaches the same ending as the learner’s player for the same choices, and stops deciding there', () => {
    const end = play(lessonsPath);
    const path = deckPath(soiree, end);
    expect(endingOf(soiree, path)?.id).toBe('fin-tenu');
    expect(reduceDeckScenario(soiree, end, { type: 'decide', choice: 'repondre', how: 'trainer' })).toBe(end);
  });

  it('takes a decision back, then plays another branch; restart goes back to the introduction', () => {
    const decided = reduceDeckScenario(soiree, play([]), { type: 'decide', choice: 'repondre', how: 'trainer' });
    const undone = reduceDeckScenario(soiree, decided, { type: 'undo' });
    expect(undone).toEqual({ steps: [], phase: 'situation' });
    const other = reduceDeckScenario(soiree, undone, { type: 'decide', choice: 'supprimer', how: 'override' });
    expect(other.steps).toEqual([{ choice: 'supprimer', how: 'override' }]);
    expect(reduceDeckScenario(soiree, other, { type: 'restart' })).toEqual(initialDeckScenario());
  });

  it('finds the majority only when one option leads strictly', () => {
    expect(majority(undefined)).toBeUndefined();
    expect(majority([0, 0, 0])).toBeUndefined();
    expect(majority([2, 5, 1])).toBe(1);
    expect(majority([4, 1, 4])).toBeUndefined();
    expect(majority([0, 0, 1])).toBe(2);
    expect(howFor(1, [2, 5, 1])).toBe('majority');
    expect(howFor(0, [2, 5, 1])).toBe('override');
    expect(howFor(0, [4, 1, 4])).toBe('trainer');
    expect(howFor(0, undefined)).toBe('trainer');
  });

  it('reads another window’s state only when it plays on this graph', () => {
    const good = play(lessonsPath.slice(0, 3));
    expect(decodeDeckScenario(soiree, JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(
      decodeDeckScenario(soiree, { steps: [{ choice: 'inconnu', how: 'trainer' }], phase: 'situation' }),
    ).toBeNull();
    expect(decodeDeckScenario(soiree, { steps: [], phase: 'consequence' })).toBeNull();
    expect(decodeDeckScenario(soiree, { steps: [{ choice: 'repondre', how: 'trainer' }], phase: 'intro' })).toBeNull();
    expect(
      decodeDeckScenario(soiree, { steps: [{ choice: 'repondre', how: 'hasard' }], phase: 'situation' }),
    ).toBeNull();
    expect(decodeDeckScenario(soiree, 'n’importe quoi')).toBeNull();
    // Votes that are not counts are dropped, the step is kept.
    expect(
      decodeDeckScenario(soiree, {
        steps: [{ choice: 'repondre', how: 'majority', votes: ['x'] }],
        phase: 'situation',
      }),
    ).toEqual({ steps: [{ choice: 'repondre', how: 'majority' }], phase: 'situation' });
  });

  it('plays the same from the graph alone (what the slide carries) as from the whole scenario', () => {
    const graph = graphOf(soiree);
    expect(JSON.stringify(graph)).not.toContain('Réjean');
    const state = play(lessonsPath);
    expect(deckPath(graph, state)).toEqual(deckPath(soiree, state));
    expect(decodeDeckScenario(graph, JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('names each situation’s vote by scenario and node', () => {
    expect(voteId('soiree-cisss', 'allumette')).toBe('soiree-cisss--allumette');
  });
});
