/**
 * A simulation played on a deck slide (DeckScenario.astro), loaded by DeckWindow only on decks
 * that have one. The room's path is shared by the projection and the presenter view (deck-sync,
 * on its own channel) and kept for a reload of either window (sessionStorage). Each situation is a
 * room vote when room mode runs: room-deck.ts sends this script what the room answered
 * (« room:known »), and hears from it what the deck decided (« scenario:decide ») and that the
 * slide's question changed (« scenario:change »). Without the room server, the trainer clicks.
 */
import { createSync, pickTransport, randomId, type Sync } from '../../lib/deck/deck-sync';
import { deckChannel } from '../../lib/storage/storage-keys';
import { readJson, storageArea, writeItem } from '../../lib/storage/browser-storage';
import {
  decodeDeckScenario,
  deckPath,
  howFor,
  initialDeckScenario,
  majority,
  reduceDeckScenario,
  voteId,
  type DeckScenarioAction,
  type DeckScenarioState,
  type DeckStep,
} from '../../lib/scenario/scenario-deck';
import { currentDecision, endingOf, type ScenarioGraph } from '../../lib/scenario/scenario-path';
import { optionLetter } from '../../lib/deck/deck-poll';
import { scenarioDeck as t } from '../../i18n/fr-scenario-deck';
import { collectSlides } from './deck-dom';
import { el } from '../el';

/** What room mode knows of a vote: its status and, live or once decided, its split. */
export interface VoteInfo {
  status: string;
  results?: { total: number; counts: number[] } | undefined;
}

/** What DeckWindow asks of the simulations of its deck. */
export interface DeckScenarios {
  /** Whether the → key is the simulation's on the current slide (it moves on within it); then it acts. */
  step(): boolean;
}

/** One simulation slide, in one window. */
interface Player {
  id: string;
  slide: HTMLElement;
  graph: ScenarioGraph;
  sync: Sync<DeckScenarioState>;
}

/** The state each simulation last showed, by id (to tell a new decision from a repaint). */
const previous = new Map<string, DeckScenarioState>();

/** How a decision was taken, as the slide says it: the room's majority, an override, or the trainer. */
function howText(step: DeckStep, index: number): string {
  const total = (step.votes ?? []).reduce((a, b) => a + b, 0);
  const top = majority(step.votes);
  if (step.how === 'majority') return t.how.majority(step.votes?.[index] ?? 0, total);
  if (step.how === 'override' && top !== undefined) return t.how.override(optionLetter(top));
  return t.how.trainer;
}

/** Starts every simulation slide of a deck window (`host`: deck-view or presenter-view). */
export function startScenarios(host: HTMLElement, role: 'screen' | 'presenter'): DeckScenarios {
  const deck = host.dataset.deck ?? 'tout';
  const slides = collectSlides(host);
  const players = new Map<string, Player>();
  let votes: ReadonlyMap<string, VoteInfo> = new Map();
  let current = 0;

  const keyOf = (id: string) => `${deckChannel(deck)}:scenario:${id}`;

  function changed(player: Player, state: DeckScenarioState, before: DeckScenarioState) {
    previous.set(player.id, state);
    // Where storage refuses, not kept for a reload: the other window still holds the path.
    writeItem('session', keyOf(player.id), JSON.stringify(state));
    if (state.steps.length > before.steps.length) {
      const path = deckPath(player.graph, { steps: state.steps.slice(0, -1), phase: 'situation' });
      const node = currentDecision(player.graph, path);
      const last = state.steps.at(-1);
      const option = node?.choices.findIndex((c) => c.id === last?.choice) ?? -1;
      if (node && last && option >= 0)
        host.dispatchEvent(
          new CustomEvent('scenario:decide', {
            detail: { question: voteId(player.id, node.id), option, how: last.how },
          }),
        );
    }
    render(player);
    host.dispatchEvent(new CustomEvent('scenario:change'));
    host.dispatchEvent(new CustomEvent('deck:repaint'));
  }

  function act(player: Player, action: DeckScenarioAction): boolean {
    const before = player.sync.get();
    const after = reduceDeckScenario(player.graph, before, action);
    if (after === before) return false;
    player.sync.set(after);
    changed(player, after, before);
    return true;
  }

  /** The votes on the situation on screen, when the room has answered. */
  function countsOf(player: Player): number[] | undefined {
    const node = currentDecision(player.graph, deckPath(player.graph, player.sync.get()));
    const info = node ? votes.get(voteId(player.id, node.id)) : undefined;
    return info?.results && info.results.total > 0 ? info.results.counts : undefined;
  }

  function decide(player: Player, choice: string) {
    const node = currentDecision(player.graph, deckPath(player.graph, player.sync.get()));
    const index = node?.choices.findIndex((c) => c.id === choice) ?? -1;
    if (index < 0) return;
    const counts = countsOf(player);
    act(player, { type: 'decide', choice, how: howFor(index, counts), votes: counts });
  }

  function followMajority(player: Player) {
    const node = currentDecision(player.graph, deckPath(player.graph, player.sync.get()));
    const top = majority(countsOf(player));
    const choice = top === undefined ? undefined : node?.choices[top]?.id;
    if (choice) decide(player, choice);
  }

  // --- what the slide shows ---------------------------------------------------------------------

  const textOf = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';
  /** The position of a choice among its situation's, as the slide lists them. */
  const choiceIndex = (slide: HTMLElement, node: string, choice: string) =>
    [...slide.querySelectorAll<HTMLElement>(`[data-scenario-node="${node}"] [data-scenario-choice]`)].findIndex(
      (b) => b.dataset.scenarioChoice === choice,
    );

  function render(player: Player) {
    const { slide, graph, id } = player;
    const state = player.sync.get();
    const path = deckPath(graph, state);
    const node = currentDecision(graph, path);
    const ending = endingOf(graph, path);
    const last = state.steps.at(-1);
    const lastStep = path.steps.at(-1);
    let shown: string;
    if (state.phase === 'intro') shown = '[data-scenario-intro]';
    else if (state.phase === 'consequence' && lastStep)
      shown = `[data-scenario-consequence="${lastStep.node}/${lastStep.choice}"]`;
    else if (node) shown = `[data-scenario-node="${node.id}"]`;
    else shown = `[data-scenario-end="${ending?.id ?? ''}"]`;
    for (const view of slide.querySelectorAll<HTMLElement>('.scenario-view')) view.hidden = !view.matches(shown);
    const view = slide.querySelector<HTMLElement>(shown);
    slide.dataset.scenarioPhase = state.phase;

    if (state.phase === 'situation' && node && view) {
      const info = votes.get(voteId(id, node.id));
      const line = view.querySelector<HTMLElement>('[data-scenario-majority]');
      const counts = countsOf(player);
      const top = majority(counts);
      if (line) {
        line.hidden = !info;
        const text = line.querySelector('[data-scenario-majority-text]');
        const total = info?.results?.total ?? 0;
        if (text)
          text.textContent =
            top !== undefined && counts ? t.majorityIs(optionLetter(top), counts[top] ?? 0, total) : t.noMajority;
        const follow = line.querySelector<HTMLButtonElement>('[data-scenario-act="majority"]');
        if (follow) follow.hidden = top === undefined;
      }
    }
    if (state.phase === 'consequence' && last && lastStep && view) {
      const how = view.querySelector<HTMLElement>('[data-scenario-how]');
      if (how) {
        how.dataset.how = last.how;
        how.textContent = howText(last, choiceIndex(slide, lastStep.node, last.choice));
      }
      const next = view.querySelector('[data-scenario-next]');
      if (next) next.textContent = node ? t.next : t.seeEnding;
    }
    if (ending && state.phase === 'situation' && view) {
      view.querySelector('[data-scenario-path]')?.replaceChildren(
        ...path.steps.map((step, i) => {
          const situation = slide.querySelector(`[data-scenario-node="${step.node}"]`) ?? slide;
          const index = choiceIndex(slide, step.node, step.choice);
          const text = textOf(situation.querySelectorAll('[data-scenario-choice]')[index] ?? slide, '.option-text');
          const taken = state.steps[i];
          const line = t.pathStep(textOf(situation, '.poll-prompt'), optionLetter(index), text);
          return el('li', undefined, taken ? `${line} — ${howText(taken, index)}` : line);
        }),
      );
    }
    const gauges = slide.querySelector<HTMLElement>('[data-scenario-gauges]');
    if (gauges) {
      gauges.hidden = state.phase === 'intro';
      for (const li of gauges.querySelectorAll<HTMLElement>('[data-gauge]')) {
        const min = Number(li.dataset.min ?? 0);
        const max = Number(li.dataset.max ?? 100);
        const value = path.gauges[li.dataset.gauge ?? ''] ?? min;
        const label = li.querySelector('[data-gauge-text]');
        if (label) label.textContent = t.gaugeValue(li.dataset.label ?? '', value, max);
        li.querySelector<HTMLElement>('.scenario-gauge-fill')?.style.setProperty(
          '--gauge',
          `${max > min ? ((value - min) / (max - min)) * 100 : 0}%`,
        );
      }
    }
    if (role === 'presenter') paintPanel();
  }

  // --- the presenter's controls (the panes show copies of slides, not reachable by keyboard) ----

  let panel: HTMLElement | undefined;
  const panelStatus = el('p', 'scenario-panel-status');
  const panelButtons = el('p', 'deck-panel-buttons scenario-panel-buttons');
  if (role === 'presenter' && slides.some((slide) => slide.dataset.scenarioSlide)) {
    panel = el('div', 'deck-panel scenario-panel');
    panel.setAttribute('role', 'group');
    panel.setAttribute('aria-label', t.panelTitle);
    panel.append(el('p', 'scenario-panel-title', t.panelTitle), panelStatus, panelButtons);
    panel.hidden = true;
    (host.querySelector('.controls') ?? host).append(panel);
  }

  function currentPlayer(): Player | undefined {
    const id = slides[current]?.dataset.scenarioSlide;
    return id ? players.get(id) : undefined;
  }

  function paintPanel() {
    if (!panel) return;
    const player = currentPlayer();
    panel.hidden = !player;
    if (!player) return;
    const state = player.sync.get();
    const path = deckPath(player.graph, state);
    const node = currentDecision(player.graph, path);
    const button = (label: string, data: Record<string, string>) => {
      const b = el('button', 'tool tool-button', label);
      b.type = 'button';
      b.dataset.scenarioSlideId = player.id;
      Object.assign(b.dataset, data);
      return b;
    };
    const buttons: HTMLButtonElement[] = [];
    const view = player.slide.querySelector<HTMLElement>('.scenario-view:not([hidden])');
    panelStatus.textContent = textOf(view ?? player.slide, '.kicker');
    if (state.phase === 'intro') buttons.push(button(t.start, { scenarioAct: 'next' }));
    else if (state.phase === 'consequence')
      buttons.push(
        button(node ? t.next : t.seeEnding, { scenarioAct: 'next' }),
        button(t.undo, { scenarioAct: 'undo' }),
      );
    else if (node) {
      const texts = [...(view?.querySelectorAll('[data-scenario-choice] .option-text') ?? [])];
      node.choices.forEach((c, i) =>
        buttons.push(
          button(t.panelChoose(optionLetter(i), texts[i]?.textContent?.trim() ?? c.id), { scenarioChoice: c.id }),
        ),
      );
      if (majority(countsOf(player)) !== undefined) buttons.push(button(t.followMajority, { scenarioAct: 'majority' }));
      if (state.steps.length > 0) buttons.push(button(t.undo, { scenarioAct: 'undo' }));
    } else {
      buttons.push(button(t.restart, { scenarioAct: 'restart' }), button(t.undo, { scenarioAct: 'undo' }));
    }
    // Redrawn only when its buttons change, so the focus stays on the button the trainer is on.
    const key = buttons.map((b) => `${b.textContent}|${JSON.stringify(b.dataset)}`).join('\n');
    if (panelButtons.dataset.key !== key) {
      const focused = document.activeElement instanceof HTMLElement && panelButtons.contains(document.activeElement);
      panelButtons.dataset.key = key;
      panelButtons.replaceChildren(...buttons);
      if (focused) buttons[0]?.focus();
    }
  }

  // --- events ----------------------------------------------------------------------------------

  host.addEventListener('click', (e) => {
    const target =
      e.target instanceof Element ? e.target.closest<HTMLElement>('[data-scenario-act], [data-scenario-choice]') : null;
    if (!target) return;
    const id =
      target.dataset.scenarioSlideId ?? target.closest<HTMLElement>('[data-scenario-slide]')?.dataset.scenarioSlide;
    const player = id ? players.get(id) : undefined;
    if (!player) return;
    const choice = target.dataset.scenarioChoice;
    if (choice) return decide(player, choice);
    switch (target.dataset.scenarioAct) {
      case 'next':
      case 'undo':
      case 'restart':
        act(player, { type: target.dataset.scenarioAct });
        return;
      case 'majority':
        followMajority(player);
        return;
    }
  });

  host.addEventListener('deck:render', (e) => {
    current = (e as CustomEvent<{ slide: number }>).detail.slide;
    paintPanel();
  });

  host.addEventListener('room:known', (e) => {
    votes = (e as CustomEvent<{ known: ReadonlyMap<string, VoteInfo> }>).detail.known;
    for (const player of players.values()) render(player);
  });

  for (const slide of slides) {
    const id = slide.dataset.scenarioSlide;
    const raw = slide.querySelector('[data-scenario-graph]')?.textContent;
    if (!id || !raw || players.has(id)) continue;
    let graph: ScenarioGraph;
    try {
      graph = JSON.parse(raw) as ScenarioGraph;
    } catch {
      continue;
    }
    // A damaged copy: the simulation starts at its introduction.
    const initial = decodeDeckScenario(graph, readJson('session', keyOf(id))) ?? initialDeckScenario();
    const { transport } = pickTransport(keyOf(id), {
      BroadcastChannel: typeof BroadcastChannel === 'function' ? BroadcastChannel : undefined,
      localStorage: storageArea('local'),
      target: window,
    });
    const player: Player = {
      id,
      slide,
      graph,
      sync: createSync<DeckScenarioState>({
        transport,
        id: randomId(),
        initial,
        decode: (state) => decodeDeckScenario(graph, state),
        onRemote: (state) => changed(player, state, previous.get(id) ?? initial),
      }),
    };
    previous.set(id, initial);
    players.set(id, player);
    for (const hidden of slide.querySelectorAll<HTMLElement>('[data-scenario-js]')) hidden.hidden = false;
    render(player);
    player.sync.start();
  }

  // Room mode, when it runs, answers with what it knows of the votes (« room:known »).
  host.dispatchEvent(new CustomEvent('scenario:change'));

  return {
    step() {
      const player = currentPlayer();
      return player ? act(player, { type: 'next' }) : false;
    },
  };
}
