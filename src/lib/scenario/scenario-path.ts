/**
 * The path through a branching simulation, as a pure reducer: `choose(scenario, state, choiceId)`
 * gives the next state. The learner's player drives it with clicks; a room vote can drive it the
 * same way (the majority's choice id), and `replay` rebuilds a state from the choice ids alone, so
 * a path is stored, sent or exported as a list of ids.
 */
import type { DecisionNode, Gauge, Scenario, ScenarioChoice } from '../../schemas/scenario';

/**
 * The part of a scenario a path needs: its graph, without the texts. A whole Scenario is one; the
 * deck's slide carries only this, as its texts are already in the slide's HTML.
 */
export interface ScenarioGraph {
  start: string;
  gauges: ReadonlyArray<Pick<Gauge, 'id' | 'min' | 'max' | 'start'>>;
  nodes: ReadonlyArray<
    | { id: string; kind: 'decision'; choices: ReadonlyArray<Pick<ScenarioChoice, 'id' | 'next' | 'effects'>> }
    | { id: string; kind: 'end' }
  >;
}
/** A graph's decision nodes, as its own type gives them (a whole DecisionNode for a Scenario). */
type DecisionOf<G extends ScenarioGraph> = Extract<G['nodes'][number], { kind: 'decision' }>;
/** A graph's end nodes. */
type EndOf<G extends ScenarioGraph> = Extract<G['nodes'][number], { kind: 'end' }>;

/** Gauge values by gauge id. */
export type GaugeValues = Record<string, number>;

/** One decision taken: where, which choice, and the gauges right after it. */
export interface PathStep {
  node: string;
  choice: string;
  gauges: GaugeValues;
}

/** Where a path stands: the current node, the gauges, and every decision so far. */
export interface PathState {
  node: string;
  gauges: GaugeValues;
  steps: PathStep[];
}

/** The node with this id; undefined when there is none (a stored path from an older version). */
export function nodeById<G extends ScenarioGraph>(scenario: G, id: string): G['nodes'][number] | undefined {
  return scenario.nodes.find((n) => n.id === id);
}

/** A value held within a gauge's range. */
function clampGauge(gauge: Pick<Gauge, 'min' | 'max'>, value: number): number {
  return Math.min(gauge.max, Math.max(gauge.min, value));
}

/** The state at the start: the first situation, each gauge at its start value, no step. */
export function startPath(scenario: ScenarioGraph): PathState {
  return {
    node: scenario.start,
    gauges: Object.fromEntries(scenario.gauges.map((g) => [g.id, clampGauge(g, g.start)])),
    steps: [],
  };
}

/** The gauges after a choice's effects, each held within its range (gauges not named stay). */
export function applyEffects(
  scenario: ScenarioGraph,
  gauges: GaugeValues,
  effects: Record<string, number>,
): GaugeValues {
  const out: GaugeValues = { ...gauges };
  for (const g of scenario.gauges) {
    const delta = effects[g.id];
    if (delta !== undefined) out[g.id] = clampGauge(g, (out[g.id] ?? g.start) + delta);
  }
  return out;
}

/** Whether every condition of `when` holds for these gauges. */
function conditionsHold(
  when: Record<string, { min?: number | undefined; max?: number | undefined }>,
  gauges: GaugeValues,
): boolean {
  return Object.entries(when).every(([gauge, b]) => {
    const v = gauges[gauge];
    if (v === undefined) return false;
    return (b.min === undefined || v >= b.min) && (b.max === undefined || v <= b.max);
  });
}

/** The node a choice leads to, given the gauges once its effects are applied. */
export function targetOf(choice: Pick<ScenarioChoice, 'next'>, gauges: GaugeValues): string {
  if (typeof choice.next === 'string') return choice.next;
  const route = choice.next.find((r) => !r.when || conditionsHold(r.when, gauges)) ?? choice.next.at(-1);
  return route?.to ?? '';
}

/** The current node when it is a decision; undefined at an ending or on an unknown node. */
export function currentDecision<G extends ScenarioGraph>(scenario: G, state: PathState): DecisionOf<G> | undefined {
  const node = nodeById(scenario, state.node);
  return node?.kind === 'decision' ? (node as DecisionOf<G>) : undefined;
}

/** The ending reached; undefined while decisions remain. */
export function endingOf<G extends ScenarioGraph>(scenario: G, state: PathState): EndOf<G> | undefined {
  const node = nodeById(scenario, state.node);
  return node?.kind === 'end' ? (node as EndOf<G>) : undefined;
}

/**
 * The state after taking `choiceId` at the current situation. An unknown choice, or a choice at an
 * ending, leaves the state as it is (a late or repeated vote changes nothing).
 */
export function choose(scenario: ScenarioGraph, state: PathState, choiceId: string): PathState {
  const node = currentDecision(scenario, state);
  const choice = node?.choices.find((c) => c.id === choiceId);
  if (!node || !choice) return state;
  const gauges = applyEffects(scenario, state.gauges, choice.effects);
  return {
    node: targetOf(choice, gauges),
    gauges,
    steps: [...state.steps, { node: node.id, choice: choice.id, gauges }],
  };
}

/** The state reached by taking these choices from the start; stops at the first that does not apply. */
export function replay(scenario: ScenarioGraph, choices: readonly string[]): PathState {
  let state = startPath(scenario);
  for (const id of choices) {
    const next = choose(scenario, state, id);
    if (next === state) break;
    state = next;
  }
  return state;
}

/** One decision of a finished path, with its situation and choice looked up (for the debrief). */
export interface PathReviewItem {
  node: DecisionNode;
  choice: ScenarioChoice;
  gauges: GaugeValues;
}

/** The path's decisions with their situations and choices, in order (for the end's debrief). */
export function reviewPath(scenario: Scenario, state: PathState): PathReviewItem[] {
  return state.steps.flatMap((step) => {
    const node = nodeById(scenario, step.node);
    const choice = node?.kind === 'decision' ? node.choices.find((c) => c.id === step.choice) : undefined;
    return node?.kind === 'decision' && choice ? [{ node, choice, gauges: step.gauges }] : [];
  });
}
