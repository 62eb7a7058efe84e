import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioSchema, type Scenario } from '../../../../src/schemas/scenario';
import { lessonsPath, shortcutsPath } from '../../../fixtures/scenario-paths';
import {
  applyEffects,
  choose,
  currentDecision,
  endingOf,
  replay,
  reviewPath,
  startPath,
  targetOf,
  type PathState,
} from '../../../../src/lib/scenario/scenario-path';

const load = (file: string): Scenario => scenarioSchema.parse(parse(readFileSync(file, 'utf8')));
const tiny = load('tests/fixtures/scenario-lint/gauge-range.yaml');
const soiree = load('content/scenarios/soiree-cisss.yaml');

/** Every finished path of a scenario, by brute force through the reducer. */
function allPaths(s: Scenario): PathState[] {
  const out: PathState[] = [];
  const walk = (state: PathState) => {
    const node = currentDecision(s, state);
    if (!node) return void out.push(state);
    for (const c of node.choices) walk(choose(s, state, c.id));
  };
  walk(startPath(s));
  return out;
}

describe('scenario path reducer', () => {
  it('starts at the first situation with each gauge at its start value', () => {
    expect(startPath(tiny)).toEqual({ node: 'a', gauges: { confiance: 50 }, steps: [] });
  });

  it('moves the gauges, records the step and follows the choice', () => {
    const s1 = choose(tiny, startPath(tiny), 'x');
    expect(s1).toEqual({
      node: 'b',
      gauges: { confiance: 80 },
      steps: [{ node: 'a', choice: 'x', gauges: { confiance: 80 } }],
    });
    // The gauge is held within its range (the lint forbids such a path; the reducer stays safe).
    const s2 = choose(tiny, s1, 'x');
    expect(s2.gauges.confiance).toBe(100);
    expect(endingOf(tiny, s2)?.id).toBe('fin');
  });

  it('leaves the state unchanged for an unknown choice or at an ending', () => {
    const start = startPath(tiny);
    expect(choose(tiny, start, 'zz')).toBe(start);
    const end = replay(tiny, ['y']);
    expect(endingOf(tiny, end)?.id).toBe('fin');
    expect(choose(tiny, end, 'x')).toBe(end);
  });

  it('replays a list of choice ids to the same state, and stops at the first that does not apply', () => {
    const byHand = choose(tiny, choose(tiny, startPath(tiny), 'x'), 'y');
    expect(replay(tiny, ['x', 'y'])).toEqual(byHand);
    expect(replay(tiny, ['x', 'nope', 'y'])).toEqual(choose(tiny, startPath(tiny), 'x'));
  });

  it('takes the first route whose conditions hold, else the last', () => {
    const next = [{ when: { confiance: { min: 60 } }, to: 'haut' }, { to: 'bas' }];
    expect(targetOf({ next }, { confiance: 60 })).toBe('haut');
    expect(targetOf({ next }, { confiance: 59 })).toBe('bas');
    expect(applyEffects(tiny, { confiance: 95 }, { confiance: 10, autre: 3 })).toEqual({ confiance: 100 });
  });

  it('reviews a finished path decision by decision', () => {
    const review = reviewPath(tiny, replay(tiny, ['x', 'y']));
    expect(review.map((r) => [r.node.id, r.choice.id])).toEqual([
      ['a', 'x'],
      ['b', 'y'],
    ]);
  });
});

describe('« Une soirée sur la page du CISSS »', () => {
  const paths = allPaths(soiree);
  const endings = new Set(paths.map((p) => endingOf(soiree, p)?.id));

  it('asks 10 to 12 decisions on every path, and every path ends', () => {
    const lengths = new Set(paths.map((p) => p.steps.length));
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(12);
    expect(endings.has(undefined)).toBe(false);
  });

  it('reaches every one of its (at least three) endings', () => {
    const declared = soiree.nodes.filter((n) => n.kind === 'end').map((n) => n.id);
    expect(declared.length).toBeGreaterThanOrEqual(3);
    expect([...endings].sort()).toEqual([...declared].sort());
  });

  it('never ends « fin-tenu » after two of the errors that expose someone', () => {
    // Leaving an employee's number online, hiding or only privately answering distress (twice at
    // most: the distress and the friend), texting a capture of health details, answering a
    // journalist oneself or not alerting: the evening did not « hold » with two of them.
    const exposing = new Set([
      'defendre',
      'masquer-detresse',
      'prive-seulement',
      'prive-amie',
      'transferer',
      'repondre-soi',
      'ignorer-journaliste',
    ]);
    const held = paths.filter((p) => endingOf(soiree, p)?.id === 'fin-tenu');
    expect(held.length).toBeGreaterThan(0);
    const worst = Math.max(...held.map((p) => p.steps.filter((s) => exposing.has(s.choice)).length));
    expect(worst).toBe(1);
  });

  it('ends well when the learner follows the lessons, and in a crisis on the shortcuts', () => {
    expect(endingOf(soiree, replay(soiree, lessonsPath))?.id).toBe('fin-tenu');
    const crisis = replay(soiree, shortcutsPath);
    expect(crisis.steps).toHaveLength(12);
    expect(endingOf(soiree, crisis)?.id).toBe('fin-crise');
  });
});
