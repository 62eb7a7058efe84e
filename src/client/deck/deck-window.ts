/**
 * What the projected deck and the presenter view have in common. Both windows show the same deck,
 * share one state (slide, blackout, revealed answers) through src/lib/deck/deck-sync.ts, follow the URL
 * hash and answer the same keys and [data-action] buttons; only how they show the state and what
 * else they offer differ. Each layout's custom element extends DeckWindow and fills in those parts.
 */
import {
  formatHash,
  goTo,
  initialState,
  keyToAction,
  parseHash,
  reduce,
  sameState,
  type DeckAction,
  type DeckState,
} from '../../lib/deck/deck-nav';
import { announce, collectSlides, isPoll, keyIsForTarget, openSync, slideTitle, toggleFullscreen } from './deck-dom';
import { deckRuntime as t, type DeckNotice } from '../../i18n/fr-deck';
import type { DeckScenarios } from './deck-scenario';

/** Where a new state comes from: this window, the other window, or the URL hash (back button, typed « #12 »). */
export type StateOrigin = 'local' | 'remote' | 'history';

/**
 * A window of the deck (the projector or the presenter view) as a custom element: it reads the
 * slides in its track, joins the state the deck's windows share, and turns keys and buttons into
 * actions. Without slides it does nothing, and the page stays readable as it was served.
 */
export abstract class DeckWindow extends HTMLElement {
  /** The deck's slides, in order, as served in this window's track. */
  protected slides: HTMLElement[] = [];
  /** What this window shows; every window of the deck holds the same once they are in step. */
  protected state: DeckState = initialState();
  private send: (state: DeckState) => void = () => undefined;
  /** The deck's simulations, once their player has loaded (near a simulation's slide only). */
  private scenarios: DeckScenarios | undefined;
  private scenarioLoad: Promise<void> | undefined;

  /** Which window this is, for room mode and the simulations' players. */
  protected abstract readonly windowKind: 'screen' | 'presenter';
  /** Selector of the link to the other window: its href and target say what to open, and where. */
  protected abstract readonly otherLink: string;
  /** The window.open features of the other window (empty: as the browser opens a link). */
  protected abstract readonly otherFeatures: string;

  /** Shows the parts that need the script and wires this window's own events, before the first render. */
  protected abstract setUp(): void;
  /** Shows the current state in this window's own way; render does what both windows share. */
  protected abstract paint(): void;
  /** A click on none of the shared controls: this window's own buttons. */
  protected abstract handleClick(target: Element): void;

  connectedCallback(): void {
    this.slides = collectSlides(this);
    const count = this.slides.length;
    if (count === 0) return;
    this.state = initialState(parseHash(location.hash, count) ?? 0);
    const { sync, kind } = openSync(this.dataset.deck ?? 'tout', count, this.state, (remote) =>
      this.commit(remote, 'remote'),
    );
    this.send = (s) => sync.set(s);
    if (kind === 'none') this.notify('syncUnavailable');

    this.setUp();
    this.render(true);
    document.addEventListener('keydown', (e) => this.onKey(e));
    window.addEventListener('hashchange', () => this.fromHash());
    this.addEventListener('click', (e) => this.onClick(e));
    // Room mode and a simulation's player repaint this window when what a slide shows changes.
    this.addEventListener('deck:repaint', () => this.render(false));
    sync.start();
    this.startRoom();
  }

  /**
   * A simulation's slide loads its player (src/client/deck/deck-scenario.ts) when the deck comes near it
   * (from the slide before, so → is the player's once there): a deck that never gets there never
   * loads it.
   */
  private startScenarios(): void {
    const i = this.state.slide;
    if (this.scenarioLoad || !this.slides.slice(i && i - 1, i + 2).some((s) => s.dataset.scenarioSlide)) return;
    this.scenarioLoad = import('./deck-scenario').then(
      (m) => {
        this.scenarios = m.startScenarios(this, this.windowKind);
        this.render(false);
      },
      () => this.notify('partUnavailable'),
    );
  }

  /**
   * Room mode: only pages served by the room server carry its flag, so a static host never loads
   * the room code nor asks for anything that is not there.
   */
  private startRoom(): void {
    if (!document.querySelector('meta[name="msst-room"]')) return;
    import('../room/room-deck').then(
      (room) => {
        room.startRoom(this, this.windowKind);
        this.render(false);
      },
      () => this.notify('partUnavailable'),
    );
  }

  /** The first element of this window that matches, typed as the caller expects. */
  protected query<T extends Element = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  /** Applies a new state: renders it and tells the other windows, unless it came from one of them. */
  protected commit(next: DeckState, origin: StateOrigin): void {
    if (sameState(next, this.state)) return;
    const before = this.state;
    this.state = next;
    if (origin !== 'remote') this.send(next);
    this.render(next.slide !== before.slide);
  }

  /** Carries out an action; the projector adds its overview on top. */
  protected act(action: DeckAction): void {
    // On a simulation's slide, → first moves on within it (introduction, then each consequence).
    if (action === 'next' && this.scenarios?.step()) return;
    switch (action) {
      case 'fullscreen':
        void toggleFullscreen().then((ok) => ok || this.notify('fullscreenUnavailable'));
        return;
      case 'help':
        this.query<HTMLDialogElement>('[data-help]')?.showModal();
        return;
      case 'presenter':
        this.openOther();
        return;
      default:
        // Actions that only concern another window (the overview, in the presenter view) leave the state as it is.
        this.commit(
          reduce(this.state, action, this.slides.length, (i) => isPoll(this.slides[i])),
          'local',
        );
    }
  }

  /**
   * Shows a notice for the trainer in the window's notice line (role status): its text is in the
   * line's data attributes, which the layout writes (deckNoticeData in src/i18n/fr-deck.ts).
   */
  protected notify(notice: DeckNotice): void {
    const line = this.query('[data-notice]');
    if (line) line.textContent = line.dataset[notice] ?? '';
  }

  /** Follows a new URL hash (a typed « #12 », back and forward); the same slide keeps its blackout. */
  protected fromHash(): void {
    const index = parseHash(location.hash, this.slides.length);
    if (index !== undefined && index !== this.state.slide)
      this.commit(goTo(this.state, index, this.slides.length), 'history');
  }

  private render(moved: boolean): void {
    const { slide, blackout, revealed } = this.state;
    this.paint();
    this.dispatchEvent(new CustomEvent('deck:render', { detail: { slide, revealed } }));
    this.query('[data-action="blackout"]')?.setAttribute('aria-pressed', String(blackout));
    if (moved)
      announce(
        this.query('[data-announce]'),
        t.announce(slide + 1, this.slides.length, slideTitle(this.slides[slide])),
      );
    this.startScenarios();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || document.querySelector('dialog[open]') || keyIsForTarget(e)) return;
    const action = keyToAction(e, { fullscreen: document.fullscreenElement !== null });
    if (!action) return;
    e.preventDefault();
    this.act(action);
  }

  private onClick(e: MouseEvent): void {
    const target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    const button = target.closest<HTMLElement>('[data-action]');
    if (button?.dataset.action) {
      this.act(button.dataset.action as DeckAction);
    } else if (target.closest(this.otherLink)) {
      // The link works without the script; with it, the other window opens at this slide.
      e.preventDefault();
      this.openOther();
    } else {
      this.handleClick(target);
    }
  }

  /** Opens (or brings back) the other window at this slide; it joins this window's state. */
  private openOther(): void {
    const link = this.query<HTMLAnchorElement>(this.otherLink);
    if (!link) return;
    const opened = window.open(
      `${link.href.split('#')[0]}${formatHash(this.state.slide)}`,
      link.target,
      this.otherFeatures,
    );
    if (!opened) this.notify('popupBlocked');
  }
}
