/**
 * The presenter view's behaviour (<presenter-view>, in src/layouts/Presenter.astro): it mirrors the
 * deck's shared state into its panes (current slide, next slide, notes), with a timer and the clock.
 * What it shares with the projected deck is in deck-window.ts.
 */
import { formatHash, goTo, type DeckAction } from '../../lib/deck/deck-nav';
import { parseGoTo } from '../../lib/deck/deck-goto';
import {
  clampStep,
  loadPrefs,
  notesScale,
  savePrefs,
  type PrefsStorage,
  type PresenterPrefs,
} from '../../lib/deck/deck-prefs';
import {
  countdown,
  elapsed,
  formatCountdown,
  formatElapsed,
  isRunning,
  parseTalkLength,
  resetTimer,
  startTimer,
  toggleTimer,
  type Timer,
  decodeTimer,
  encodeTimer,
} from '../../lib/deck/presenter-timer';
import { presenterTimerKey } from '../../lib/storage/storage-keys';
import { readItem, storageArea, writeItem } from '../../lib/storage/browser-storage';
import { announce, fitSlide, isPoll, previewOf, showInUrl, slideTitle } from './deck-dom';
import { DeckWindow } from './deck-window';
import { deckRuntime } from '../../i18n/fr-deck';
import { presenterRuntime } from '../../i18n/fr-presenter';
import { formatClock } from '../../lib/format';

const t = { ...deckRuntime, ...presenterRuntime };

/** The presenter view: mirrors the shared state into its panes, with the notes, a timer and the clock. */
class PresenterView extends DeckWindow {
  protected readonly otherLink = '[data-projection-link]';
  // The projection opens as its link would, in a tab or a window as the browser chooses.
  protected readonly windowKind = 'presenter';
  protected readonly otherFeatures = '';
  private timer: Timer = startTimer(Date.now());
  private storage: PrefsStorage | undefined;
  private prefs: PresenterPrefs = loadPrefs(undefined);

  protected setUp() {
    this.query('[data-panes]')?.removeAttribute('hidden');
    // Blocked storage: the preferences last for this visit only.
    this.storage = storageArea('local');
    this.prefs = loadPrefs(this.storage);
    // The elapsed time (and so the countdown) goes on across a reload of this view.
    this.timer = decodeTimer(this.readTimer(), Date.now()) ?? this.timer;
    this.keepTimer();
    this.applyNotesSize();
    const length = this.talkMinutes();
    const field = this.query<HTMLInputElement>('[data-talk-length]');
    if (field && length) field.value = String(length);
    this.query('[data-talk-form]')?.addEventListener('submit', (e) => {
      e.preventDefault();
      this.setTalkLength();
    });
    this.setUpGoTo();
    this.tick();
    window.setInterval(() => this.tick(), 1000);
    window.addEventListener('resize', () => this.fitScreens());
  }

  protected override act(action: DeckAction) {
    if (action === 'goto') this.openGoTo();
    else super.act(action);
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
    const size = target.closest<HTMLElement>('[data-notes-size]');
    if (size) {
      this.prefs = { ...this.prefs, notesStep: clampStep(this.prefs.notesStep + Number(size.dataset.notesSize)) };
      this.applyNotesSize();
      this.keepPrefs();
    } else if (target.closest('[data-timer-toggle]')) {
      this.timer = toggleTimer(this.timer, Date.now());
      this.keepTimer();
      this.tick();
    } else if (target.closest('[data-timer-reset]')) {
      this.timer = resetTimer(this.timer, Date.now());
      this.keepTimer();
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

  /** The notes' text size from the preferences; A− and A+ are disabled at either end. */
  private applyNotesSize() {
    const step = this.prefs.notesStep;
    this.query('[data-notes-panel]')?.style.setProperty('--notes-scale', String(notesScale(step)));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-notes-size]')) {
      const delta = Number(button.dataset.notesSize);
      button.disabled = clampStep(step + delta) === step;
    }
  }

  /** Stores the preferences, or says once that this browser will not keep them. */
  private keepPrefs() {
    if (!savePrefs(this.storage, this.prefs)) this.notify('prefsNotKept');
  }

  /** The talk length set for this deck, in minutes (undefined: no countdown). */
  private talkMinutes(): number | undefined {
    return this.prefs.talkMinutes[this.dataset.deck ?? 'tout'];
  }

  /** Reads the talk length field: a valid length starts the countdown, an empty field removes it. */
  private setTalkLength() {
    const field = this.query<HTMLInputElement>('[data-talk-length]');
    const error = this.query('[data-talk-error]');
    if (!field || !error) return;
    const deck = this.dataset.deck ?? 'tout';
    const talkMinutes = { ...this.prefs.talkMinutes };
    if (field.value.trim() === '') {
      delete talkMinutes[deck];
    } else {
      const minutes = parseTalkLength(field.value);
      if (minutes === null) {
        error.textContent = t.talkLengthInvalid;
        field.setAttribute('aria-invalid', 'true');
        field.focus();
        return;
      }
      talkMinutes[deck] = minutes;
      field.value = String(minutes);
    }
    error.textContent = '';
    field.removeAttribute('aria-invalid');
    this.prefs = { ...this.prefs, talkMinutes };
    this.keepPrefs();
    this.tick();
  }

  /** The « Aller à la diapositive » dialog: a number or a title typed, or a title picked in the list. */
  private setUpGoTo() {
    const dialog = this.query<HTMLDialogElement>('[data-goto]');
    const form = this.query<HTMLFormElement>('[data-goto-form]');
    const input = this.query<HTMLInputElement>('[data-goto-input]');
    const list = this.query<HTMLSelectElement>('[data-goto-list]');
    const hint = this.query('[data-goto-hint]');
    const error = this.query('[data-goto-error]');
    if (!dialog || !form || !input || !list || !error) return;
    if (hint) hint.textContent = t.goToHint(this.slides.length);
    this.slides.forEach((slide, i) => {
      list.add(new Option(t.overviewItem(i + 1, slideTitle(slide)), String(i + 1)));
    });
    list.addEventListener('change', () => {
      if (list.value) input.value = list.value;
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const index = parseGoTo(input.value, this.slides.map(slideTitle));
      if (index === null) {
        error.textContent = t.goToNotFound;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      dialog.close();
      this.commit(goTo(this.state, index, this.slides.length), 'local');
    });
    this.query('[data-goto-cancel]')?.addEventListener('click', () => dialog.close());
  }

  private openGoTo() {
    const dialog = this.query<HTMLDialogElement>('[data-goto]');
    const input = this.query<HTMLInputElement>('[data-goto-input]');
    const list = this.query<HTMLSelectElement>('[data-goto-list]');
    if (!dialog || !input) return;
    input.value = '';
    input.removeAttribute('aria-invalid');
    if (list) list.value = '';
    const error = this.query('[data-goto-error]');
    if (error) error.textContent = '';
    dialog.showModal();
    input.focus();
  }

  private readTimer(): string | null {
    return readItem('session', presenterTimerKey(this.dataset.deck ?? 'tout')) ?? null;
  }

  /** Keeps the timer in this window's sessionStorage (blocked storage: a reload starts it again). */
  private keepTimer() {
    writeItem('session', presenterTimerKey(this.dataset.deck ?? 'tout'), encodeTimer(this.timer));
  }

  private tick() {
    const now = Date.now();
    const spent = elapsed(this.timer, now);
    const shown = this.query('[data-elapsed]');
    if (shown) shown.textContent = formatElapsed(spent);
    const minutes = this.talkMinutes();
    const left = this.query('[data-countdown]');
    const label = this.query('[data-countdown-label]');
    if (left && label) {
      const over = minutes !== undefined && countdown(spent, minutes * 60_000).over;
      left.textContent = minutes === undefined ? t.countdownUnset : formatCountdown(spent, minutes * 60_000);
      // Said once to a screen reader as the talk runs over, not at every tick.
      if (over && !left.classList.contains('over')) announce(this.query('[data-announce]'), t.countdownOver);
      left.classList.toggle('over', over);
      label.textContent = over ? t.countdownOver : t.countdown;
    }
    const toggle = this.query('[data-timer-toggle]');
    if (toggle) toggle.textContent = isRunning(this.timer) ? t.pause : t.resume;
    const clock = this.query('[data-clock]');
    if (clock) clock.textContent = formatClock(new Date(now));
  }
}
customElements.define('presenter-view', PresenterView);
