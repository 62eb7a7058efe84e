/**
 * The presenter view's behaviour (<presenter-view>, in src/layouts/Presenter.astro): it mirrors the
 * deck's shared state into its panes (current slide, next slide, notes), with a timer and the clock.
 * What it shares with the projected deck is in deck-window.ts.
 */
import { formatHash } from '../lib/deck-nav';
import {
  elapsed,
  formatElapsed,
  isRunning,
  resetTimer,
  startTimer,
  toggleTimer,
  type Timer,
} from '../lib/presenter-timer';
import { fitSlide, isPoll, previewOf, showInUrl } from './deck-dom';
import { DeckWindow } from './deck-window';
import { deck as t } from '../i18n/fr-deck';

const clockFormat = new Intl.DateTimeFormat('fr-CA', { hour: '2-digit', minute: '2-digit' });

/** The presenter view: mirrors the shared state into its panes, with the notes, a timer and the clock. */
class PresenterView extends DeckWindow {
  protected readonly otherLink = '[data-projection-link]';
  // The projection opens as its link would, in a tab or a window as the browser chooses.
  protected readonly otherFeatures = '';
  private timer: Timer = startTimer(Date.now());

  protected setUp() {
    this.query('[data-panes]')?.removeAttribute('hidden');
    this.tick();
    window.setInterval(() => this.tick(), 1000);
    window.addEventListener('resize', () => this.fitScreens());
  }

  protected paint() {
    const { slide, revealed, blackout } = this.state;
    const current = this.slides[slide];
    // The hash follows without adding history entries: the presenter's back button is not a remote.
    showInUrl(formatHash(slide), false);

    const counter = this.query('[data-counter]');
    if (counter) counter.textContent = `(${t.counter(slide + 1, this.slides.length)})`;
    this.show(this.query('[data-current-screen]'), current, revealed.includes(slide), false);
    this.show(this.query('[data-next-screen]'), this.slides[slide + 1], revealed.includes(slide + 1), true);

    const notes = this.query('[data-notes-panel]');
    const source = current?.querySelector('[data-notes-body]');
    if (notes) {
      notes.replaceChildren();
      if (source) notes.append(...[...source.childNodes].map((n) => n.cloneNode(true)));
      else notes.textContent = t.noNotes;
    }

    const reveal = this.query('[data-action="reveal"]');
    reveal?.toggleAttribute('hidden', !isPoll(current));
    reveal?.setAttribute('aria-pressed', String(revealed.includes(slide)));
    const status = this.query('[data-status]');
    if (status) {
      status.textContent = [blackout ? t.blackoutActive : '', revealed.includes(slide) ? t.revealedActive : '']
        .filter(Boolean)
        .join(' ');
    }
  }

  protected handleClick(target: Element) {
    if (target.closest('[data-timer-toggle]')) {
      this.timer = toggleTimer(this.timer, Date.now());
      this.tick();
    } else if (target.closest('[data-timer-reset]')) {
      this.timer = resetTimer(this.timer, Date.now());
      this.tick();
    }
  }

  /** Puts a copy of a slide in a pane (the next slide's copy cannot take focus nor be read twice). */
  private show(screen: HTMLElement | null, slide: HTMLElement | undefined, revealed: boolean, preview: boolean) {
    if (!screen) return;
    screen.replaceChildren();
    if (!slide) {
      const end = document.createElement('p');
      end.className = 'end';
      end.textContent = t.end;
      screen.append(end);
      return;
    }
    const copy = previewOf(slide);
    copy.toggleAttribute('data-revealed', revealed);
    if (preview) copy.inert = true;
    screen.append(copy);
    fitSlide(copy);
  }

  private fitScreens() {
    for (const s of this.querySelectorAll<HTMLElement>('.screen .deck-slide')) fitSlide(s);
  }

  private tick() {
    const now = Date.now();
    const shown = this.query('[data-elapsed]');
    if (shown) shown.textContent = formatElapsed(elapsed(this.timer, now));
    const toggle = this.query('[data-timer-toggle]');
    if (toggle) toggle.textContent = isRunning(this.timer) ? t.pause : t.resume;
    const clock = this.query('[data-clock]');
    if (clock) clock.textContent = clockFormat.format(now);
  }
}
customElements.define('presenter-view', PresenterView);
