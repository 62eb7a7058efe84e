/**
 * The projected deck's behaviour (<deck-view>, in src/layouts/Deck.astro): one slide at a time,
 * the overview grid (deck-overview.ts, loaded when first opened), the blackout, swipes, the
 * handout print. What it shares with the presenter view is in deck-window.ts; the decisions (where
 * to go, what to share) are pure, in src/lib/deck/.
 */
import { formatHash, goTo, progress, swipeToAction, type DeckAction, type DeckState } from '../../lib/deck/deck-nav';
import { announce, fitSlide, previewOf, showInUrl, slideTitle } from './deck-dom';
import { DeckWindow, type StateOrigin } from './deck-window';
import { deckRuntime as t } from '../../i18n/fr-deck';

/** How long the toolbar stays after the mouse last moved, in ms. */
const IDLE_MS = 3000;

/** Lays the page out as a handout (every slide beside its notes, for printing) or back as a deck. */
const handout = (on: boolean) => document.documentElement.toggleAttribute('data-handout', on);

/** The projected deck: shows one slide at a time, with its overview, blackout, swipes and handout. */
class DeckView extends DeckWindow {
  protected readonly windowKind = 'screen';
  protected readonly otherLink = '[data-presenter-link]';
  // The presenter view is a window of its own (a size makes it a popup), for the laptop screen
  // beside the projector.
  protected readonly otherFeatures = 'width=1280,height=800';
  private idleTimer = 0;
  private lastPointer = '';

  protected setUp() {
    showInUrl(formatHash(this.state.slide), false);
    this.query('[data-toolbar]')?.removeAttribute('hidden');
    this.query('[data-counter]')?.removeAttribute('hidden');
    if (new URLSearchParams(location.search).has('notes')) {
      handout(true);
      // Printing from a tool that sends no beforeprint (a PDF made by a headless browser) finds every slide fitted.
      this.fitAll();
    }
    window.addEventListener('popstate', () => this.fromHash());
    window.addEventListener('resize', () => fitSlide(this.slides[this.state.slide]));
    window.addEventListener('beforeprint', () => this.fitAll());
    this.listenForSwipes();
    this.fadeToolbarWhenIdle();
  }

  protected paint() {
    const { slide, revealed, blackout } = this.state;
    const count = this.slides.length;
    this.slides.forEach((s, i) => {
      const current = i === slide;
      s.toggleAttribute('data-current', current);
      s.inert = !current;
      s.toggleAttribute('data-revealed', revealed.includes(i));
    });
    fitSlide(this.slides[slide]);
    const counter = this.query('[data-counter]');
    if (counter) counter.textContent = t.counter(slide + 1, count);
    this.query('[data-progress]')?.style.setProperty('transform', `scaleX(${progress(slide, count)})`);
    this.query('[data-blackout-screen]')?.toggleAttribute('hidden', !blackout);
    // The toolbar never shows over the black screen (see the layout's style).
    this.toggleAttribute('data-blackout', blackout);
  }

  /** Each slide gets a history entry (back goes to the previous slide); the room hears of the blackout and answers. */
  protected override commit(next: DeckState, origin: StateOrigin) {
    const before = this.state;
    super.commit(next, origin);
    // A state the same as before was skipped above, and then none of the differences below holds.
    if (next.slide !== before.slide && origin !== 'history') showInUrl(formatHash(next.slide), true);
    if (next.blackout !== before.blackout)
      announce(this.query('[data-announce]'), next.blackout ? t.blackoutOn : t.blackoutOff);
    const nowShown = next.revealed.includes(next.slide) && !before.revealed.includes(next.slide);
    if (nowShown) announce(this.query('[data-announce]'), this.slides[next.slide]?.dataset.answerText ?? '');
  }

  protected override act(action: DeckAction) {
    // The projector's way to go to a slide is the overview, where titles and thumbnails show.
    if (action === 'overview' || action === 'goto') this.openOverview();
    else super.act(action);
  }

  protected handleClick(target: Element) {
    // A click on the black screen lifts it: the toolbar is hidden while it is shown.
    if (target.closest('[data-blackout-screen]')) {
      this.act('blackout');
      return;
    }
    // The button, not any element under <html data-handout> (the page opened with ?notes).
    if (!target.closest('button[data-handout]')) return;
    handout(true);
    window.addEventListener('afterprint', () => handout(false), { once: true });
    window.print();
  }

  private fitAll() {
    // Printing shows every slide: fit each one while it is displayed for measuring.
    for (const s of this.slides) {
      if (s === this.slides[this.state.slide]) continue;
      s.setAttribute('data-measuring', '');
      fitSlide(s);
      s.removeAttribute('data-measuring');
    }
  }

  /**
   * The toolbar fades after IDLE_MS without the mouse moving, as reveal.js's controls do, and comes
   * back on any mouse movement or when it takes keyboard focus (the style keeps it shown while a
   * control in it has visible focus or the pointer is over it). Keys that move the slides do not
   * bring it back: a clicker should not show it.
   */
  private fadeToolbarWhenIdle() {
    const wake = () => {
      this.removeAttribute('data-idle');
      window.clearTimeout(this.idleTimer);
      this.idleTimer = window.setTimeout(() => this.setAttribute('data-idle', ''), IDLE_MS);
    };
    // (Not marked passive: only touch and wheel listeners can hold scrolling up.)
    document.addEventListener('mousemove', (e) => {
      // Chromium sends a mousemove when the page changes under a still pointer: only a real move wakes.
      const at = `${e.screenX},${e.screenY}`;
      if (at === this.lastPointer) return;
      this.lastPointer = at;
      wake();
    });
    document.addEventListener('pointerdown', wake);
    document.addEventListener('focusin', wake);
    wake();
  }

  private listenForSwipes() {
    let start: { x: number; y: number } | undefined;
    const stage = this.query('.stage-area');
    stage?.addEventListener(
      'touchstart',
      (e) => {
        const touch = e.changedTouches[0];
        start = touch ? { x: touch.clientX, y: touch.clientY } : undefined;
      },
      { passive: true },
    );
    stage?.addEventListener(
      'touchend',
      (e) => {
        const touch = e.changedTouches[0];
        if (!start || !touch) return;
        const action = swipeToAction(touch.clientX - start.x, touch.clientY - start.y);
        start = undefined;
        if (action) this.act(action);
      },
      { passive: true },
    );
  }

  /**
   * The overview: its dialog opens at once, and its grid comes with its code (deck-overview.ts),
   * loaded the first time: most talks never open it, and the deck's first load stays light
   * (docs/performance.md). Keys pressed meanwhile go to the open dialog, never to the deck; closed
   * before its code came, it stays closed.
   */
  private openOverview() {
    const dialog = this.query<HTMLDialogElement>('[data-overview]');
    const grid = this.query<HTMLOListElement>('[data-overview-grid]');
    if (!dialog || !grid) return;
    dialog.showModal();
    import('./deck-overview').then(
      (m) =>
        dialog.open &&
        m.openOverview(
          {
            dialog,
            grid,
            slides: this.slides,
            label: t.overviewItem,
            title: slideTitle,
            preview: previewOf,
            go: (i) => this.commit(goTo(this.state, i, this.slides.length), 'local'),
          },
          this.state.slide,
        ),
      () => {
        dialog.close();
        this.notify('partUnavailable');
      },
    );
  }
}
customElements.define('deck-view', DeckView);
