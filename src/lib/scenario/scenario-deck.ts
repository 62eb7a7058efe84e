/**
 * A branching simulation played on a slide of the deck, as pure logic: where the room is (the
 * introduction, a situation, or the consequence of the choice just taken), the choices taken and
 * how (the room's majority, the trainer's override of it, or the trainer's click when there was
 * no vote), and what the room's votes say. The deck's windows share this state (deck-sync), the
 * path itself comes from the learner's reducer (scenario-path), so a lesson and a room play the
 * same graph with the same gauges and endings.
 */
import type { DecisionHow } from '../room/room-messages';
import { currentDecision, replay, type PathState, type ScenarioGraph } from './scenario-path';

/** One decision the room took, with the votes it had (counts per option) when it was taken. */
export interface DeckStep {
  choice: string;
  how: DecisionHow;
  votes?: number[] | undefined;
}

/** What is on the slide: the introduction, the current situation, or the consequence of the last choice. */
export type DeckPhase = 'intro' | 'situation' | 'consequence';

/** The room's play of a scenario, shared by the projection and the presenter view. */
export interface DeckScenarioState {
  steps: DeckStep[];
  phase: DeckPhase;
}

/** What the trainer (or the room's vote) can do on the slide. */
export type DeckScenarioAction =
  | { type: 'decide'; choice: string; how: DecisionHow; votes?: number[] | undefined }
  /** Introduction → first situation; consequence → the situation (or ending) it leads to. */
  | { type: 'next' }
  /** Takes the last decision back (a slip of the mouse, or to try the other branch). */
  | { type: 'undo' }
  /** Plays again from the first situation. */
  | { type: 'restart' };

/** The state before anything was played: the introduction. */
export function initialDeckScenario(): DeckScenarioState {
  return { steps: [], phase: 'intro' };
}

/** The path the room's choices make through the graph (gauges, current node, steps). */
export function deckPath(scenario: ScenarioGraph, state: DeckScenarioState): PathState {
  return replay(
    scenario,
    state.steps.map((s) => s.choice),
  );
}

/**
 * The state after an action; the same object when the action does nothing there (a decision
 * outside a situation, « next » on a situation), so the caller knows whether it was used — the
 * deck's → key moves to the next slide when the simulation does not need it.
 */
export function reduceDeckScenario(
  scenario: ScenarioGraph,
  state: DeckScenarioState,
  action: DeckScenarioAction,
): DeckScenarioState {
  switch (action.type) {
    case 'decide': {
      if (state.phase !== 'situation') return state;
      const node = currentDecision(scenario, deckPath(scenario, state));
      if (!node?.choices.some((c) => c.id === action.choice)) return state;
      const step: DeckStep = { choice: action.choice, how: action.how };
      if (action.votes) step.votes = [...action.votes];
      return { steps: [...state.steps, step], phase: 'consequence' };
    }
    case 'next':
      return state.phase === 'situation' ? state : { ...state, phase: 'situation' };
    case 'undo':
      return state.steps.length === 0 ? state : { steps: state.steps.slice(0, -1), phase: 'situation' };
    case 'restart':
      return state.steps.length === 0 && state.phase === 'intro' ? state : initialDeckScenario();
  }
}

/**
 * The option most voted, when one option has strictly more votes than every other; undefined with
 * no vote or a tie (then the trainer decides, and the deck says so).
 */
export function majority(counts: readonly number[] | undefined): number | undefined {
  if (!counts) return undefined;
  let best: number | undefined;
  let tied = false;
  counts.forEach((n, i) => {
    const top = best === undefined ? 0 : (counts[best] ?? 0);
    if (n > top) {
      best = i;
      tied = false;
    } else if (n === top && n > 0) tied = true;
  });
  return tied ? undefined : best;
}

/** How a choice follows the votes: the majority's, against it (override), or with no majority to follow. */
export function howFor(choice: number, counts: readonly number[] | undefined): DecisionHow {
  const top = majority(counts);
  if (top === undefined) return 'trainer';
  return top === choice ? 'majority' : 'override';
}

/** The graph of a scenario without its texts: what a deck slide carries for its script. */
export function graphOf(scenario: ScenarioGraph): ScenarioGraph {
  return {
    start: scenario.start,
    gauges: scenario.gauges.map(({ id, min, max, start }) => ({ id, min, max, start })),
    nodes: scenario.nodes.map((n) =>
      n.kind === 'decision'
        ? { id: n.id, kind: n.kind, choices: n.choices.map(({ id, next, effects }) => ({ id, next, effects })) }
        : { id: n.id, kind: n.kind },
    ),
  };
}

/** The room question id of a situation (what the phones vote on): scenario and node, both ids. */
export function voteId(scenarioId: string, nodeId: string): string {
  return `${scenarioId}--${nodeId}`;
}

const hows: readonly DecisionHow[] = ['majority', 'override', 'trainer'];
const phases: readonly DeckPhase[] = ['intro', 'situation', 'consequence'];

/**
 * Reads a state another window sent, distrusting it: null unless every step is a choice of the
 * graph taken in order (a window on an older build of the deck sends nothing this one can play).
 */
export function decodeDeckScenario(scenario: ScenarioGraph, raw: unknown): DeckScenarioState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { steps, phase } = raw as { steps?: unknown; phase?: unknown };
  const at = phases.find((p) => p === phase);
  if (!at || !Array.isArray(steps) || steps.length > scenario.nodes.length) return null;
  const out: DeckStep[] = [];
  for (const s of steps as unknown[]) {
    if (typeof s !== 'object' || s === null) return null;
    const { choice, how, votes } = s as { choice?: unknown; how?: unknown; votes?: unknown };
    const known = hows.find((h) => h === how);
    if (typeof choice !== 'string' || !known) return null;
    const step: DeckStep = { choice, how: known };
    if (Array.isArray(votes) && votes.length <= 4 && votes.every((v) => Number.isSafeInteger(v) && v >= 0))
      step.votes = votes as number[];
    out.push(step);
  }
  if (deckPath(scenario, { steps: out, phase: at }).steps.length !== out.length) return null;
  if (at === 'consequence' && out.length === 0) return null;
  if (at === 'intro' && out.length > 0) return null;
  return { steps: out, phase: at };
}
