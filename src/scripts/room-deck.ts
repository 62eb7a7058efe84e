/**
 * Room mode in the projected deck and the presenter view, loaded by DeckWindow only when the page
 * was served by the room server. Poll slides get the room's address, code and QR code, the live
 * count of answers and, once revealed, the room's result as bars (or the most frequent orders).
 * The presenter view creates the session (its secret stays in this window's sessionStorage) and
 * gets the controls: open, close, reveal, reset, export. The projected deck only watches.
 */
import { connectRoom, presenterToken, roomFlag, type RoomSocket } from './room-socket';
import { codeKey, readCode, readSecret, SECRET_KEY, store } from './room-presenter-storage';
import { collectSlides } from './deck-dom';
import { optionLetter } from '../lib/deck-poll';
import { percent } from '../lib/room-session';
import { actionAvailable, type PollAction } from '../lib/room-transitions';
import type { DecisionHow, OpenGroup, RoomQuestion, RoomResults, ServerMessage } from '../lib/room-messages';
import { room as t } from '../i18n/fr-room';
import '../styles/room.css';
import { el } from './el';
import { startModeration, startScreenAsk } from './room-moderation';

/** Which deck window runs the overlay. */
export type RoomRole = 'screen' | 'presenter';

/** What the room knows of one question. */
interface Known {
  status: 'open' | 'closed' | 'revealed';
  count: number;
  correct?: number[] | undefined;
  results?: RoomResults | undefined;
  /** An open question's groups: the shown ones once revealed (screen), all of them (presenter). */
  groups?: OpenGroup[] | undefined;
}

/**
 * Where a slide's live question is: the slide itself for a poll, or the view on screen of a
 * simulation slide (each situation is a vote: data-room-question).
 */
function scopeOf(slide: HTMLElement): HTMLElement {
  return slide.querySelector<HTMLElement>('[data-room-question]:not([hidden])') ?? slide;
}

/** The question a poll slide asks, as the presenter opens it; undefined for what phones cannot answer. */
export function questionOf(slide: HTMLElement | undefined): RoomQuestion | undefined {
  const scope = slide ? scopeOf(slide) : undefined;
  const id = scope?.dataset.question;
  const kind = scope?.dataset.kind;
  const prompt = scope?.querySelector('.poll-prompt')?.textContent?.trim();
  if (!scope || !id || !prompt) return undefined;
  const texts = (selector: string) =>
    [...scope.querySelectorAll(`${selector} > li .option-text`)].map((e) => (e.textContent ?? '').trim());
  const options = texts('[data-room-options]');
  if (kind === 'single' || kind === 'multiple' || kind === 'true-false') {
    const items = [...scope.querySelectorAll('[data-room-options] > li')];
    const correct = items.flatMap((li, i) => (li.hasAttribute('data-correct') ? [i] : []));
    return { id, kind, prompt, options, correct };
  }
  if (kind === 'vote') return { id, kind, prompt, options, correct: [] };
  if (kind === 'open') return { id, kind, prompt, options: [], correct: [] };
  if (kind === 'ordering') {
    const correct = texts('[data-room-order]').map((text) => options.indexOf(text));
    return { id, kind, prompt, options, correct };
  }
  return undefined;
}

/** Starts room mode in a deck window (`host` is the deck-view or presenter-view element). */
export function startRoom(host: HTMLElement, role: RoomRole): void {
  const flag = roomFlag();
  if (!flag) return;
  const deck = host.dataset.deck ?? 'tout';
  const slides = collectSlides(host);
  const known = new Map<string, Known>();
  let code: string | undefined;
  let secret: string | undefined;
  let present = 0;
  let slide = 0;
  let revealed: number[] = [];
  let connected = false;
  let notice = '';

  const repaint = () => host.dispatchEvent(new CustomEvent('deck:repaint'));
  const address = flag.join.replace(/^https?:\/\//, '').replace(/\/$/, '');

  // --- what every poll slide shows -----------------------------------------------------------

  const paintJoin = () => {
    for (const s of host.querySelectorAll<HTMLElement>(
      '[data-deck-track] .deck-poll, [data-deck-track] [data-poll-intro]',
    )) {
      const layout = s.matches('[data-poll-intro]') ? s : s.querySelector('.poll-layout');
      if (!layout) continue;
      // Matching questions are answered aloud: no address on them, not to send phones for nothing.
      if (s.dataset.kind === 'matching') continue;
      for (const qr of layout.querySelectorAll<HTMLElement>(':scope > [data-qr]')) qr.hidden = true;
      let figure = layout.querySelector<HTMLElement>(':scope > .room-join');
      if (!figure) {
        figure = el('figure', `room-join ${s.matches('[data-poll-intro]') ? 'room-join--large' : ''}`);
        const img = el('img', 'room-qr');
        img.width = 200;
        img.height = 200;
        const caption = el('figcaption');
        const shownAddress = el('strong', 'room-address', address);
        shownAddress.style.setProperty('--room-chars', String(address.length));
        caption.append(el('span', 'room-join-lead', t.joinAt), shownAddress, el('span', 'room-code-line'));
        figure.append(img, caption);
        layout.append(figure);
      }
      figure.hidden = !code;
      if (!code) continue;
      const img = figure.querySelector('img');
      if (img && !img.src.endsWith(`code=${code}`)) {
        img.src = `/_salle/qr.svg?code=${code}`;
        img.alt = t.qrAlt(`${flag.join}?code=${code}`);
      }
      const line = figure.querySelector('.room-code-line');
      if (line) {
        line.replaceChildren(`${t.codeIs}\u00a0: `, el('strong', 'room-code', code));
      }
    }
  };

  /** One group of open answers as a list item: its text (as text, never markup) and its count. */
  const openItem = (g: OpenGroup) => {
    const li = el('li');
    li.append(el('span', 'room-open-text', g.text), ' ', el('span', 'room-figure', `(${g.count})`));
    return li;
  };

  /**
   * An open question's answers on the projection, once revealed: the groups the presenter did not
   * hide, most frequent first, larger the more often given (text only, never markup).
   */
  const paintOpen = (slide: HTMLElement, info: Known | undefined) => {
    const groups = info?.status === 'revealed' ? info.groups?.filter((g) => !g.hidden) : undefined;
    slide.toggleAttribute('data-room-revealed', Boolean(groups));
    let box = slide.querySelector<HTMLElement>('.room-open');
    if (!groups) {
      box?.remove();
      return;
    }
    if (!box) {
      box = el('div', 'room-open');
      slide.querySelector('.poll-main')?.append(box);
    }
    const top = groups[0]?.count ?? 1;
    const list = el('ul', 'room-open-groups');
    for (const g of groups) {
      const li = openItem(g);
      li.dataset.size = String(Math.max(1, Math.ceil((g.count / top) * 3)));
      list.append(li);
    }
    box.replaceChildren(el('p', 'answer-label', t.openGroups), list);
  };

  const paintResults = (slide: HTMLElement, info: Known | undefined, question: RoomQuestion) => {
    if (question.kind === 'open') return paintOpen(slide, info);
    const s = scopeOf(slide);
    // A vote shows its split live (the trainer follows the room); a poll, once revealed.
    const shown = (info?.status === 'revealed' || question.kind === 'vote') && info?.results;
    slide.toggleAttribute('data-room-revealed', Boolean(shown));
    const results = shown ? info.results : undefined;
    const total = results?.total ?? 0;
    if (question.kind !== 'ordering') {
      [...s.querySelectorAll<HTMLElement>('[data-room-options] > li')].forEach((li, i) => {
        let bar = li.querySelector<HTMLElement>(':scope > .room-result');
        if (!results) {
          bar?.remove();
          return;
        }
        if (!bar) {
          bar = el('span', 'room-result');
          bar.append(el('span', 'room-bar'), el('span', 'room-figure'));
          bar.querySelector('.room-bar')?.append(el('span', 'room-fill'));
          li.append(bar);
        }
        const count = results.counts[i] ?? 0;
        const pct = percent(count, total);
        bar.querySelector<HTMLElement>('.room-fill')?.style.setProperty('--room-pct', `${pct}%`);
        const figure = bar.querySelector('.room-figure');
        if (figure) {
          figure.replaceChildren(
            el('span', undefined, `${count} · ${pct}\u00a0%`),
            el('span', 'visually-hidden', ` (${t.barLabel(optionLetter(i), count, pct)})`),
          );
          figure.firstElementChild?.setAttribute('aria-hidden', 'true');
        }
      });
      return;
    }
    let orders = s.querySelector<HTMLElement>('.room-orders');
    if (!results) {
      orders?.remove();
      return;
    }
    if (!orders) {
      orders = el('div', 'room-orders');
      s.querySelector('.poll-main')?.append(orders);
    }
    const list = el('ol');
    const right = question.correct.join(',');
    for (const { order, count } of results.orders) {
      const item = el('li', undefined, order.map((i) => question.options[i] ?? '').join(' → '));
      item.append(el('span', 'room-figure', ` ${t.orderCount(count, percent(count, total))}`));
      if (order.join(',') === right) {
        item.setAttribute('data-correct', '');
        item.append(el('span', 'visually-hidden', ` (${t.rightOrderMark})`));
      }
      list.append(item);
    }
    orders.replaceChildren(el('p', 'answer-label', t.topOrders), list);
  };

  const paintSlides = () => {
    paintJoin();
    for (const s of slides) {
      const question = questionOf(s);
      if (!question) continue;
      const info = known.get(question.id);
      s.dataset.roomStatus = info?.status ?? 'none';
      const main = scopeOf(s).querySelector('.poll-main');
      let count = s.querySelector<HTMLElement>('.room-count');
      if (!count && main) {
        count = el('p', 'room-count');
        main.insertBefore(count, main.querySelector('.poll-prompt')?.nextSibling ?? null);
      }
      if (count) {
        count.hidden = !info || !code;
        // A count kept while the server is out of reach is the last one known: marked, not passed off as live.
        count.textContent = info ? (connected ? t.answers(info.count) : t.staleCount(info.count)) : '';
        count.toggleAttribute('data-stale', !connected);
      }
      paintResults(s, info, question);
    }
    if (role === 'presenter') paintPanel();
    // A simulation slide follows the room's votes (src/scripts/deck-scenario.ts).
    host.dispatchEvent(new CustomEvent('room:known', { detail: { known } }));
    repaint();
  };

  // --- presenter controls ----------------------------------------------------------------

  let panel: HTMLElement | undefined;
  const buttons: Record<PollAction | 'export' | 'new', HTMLButtonElement | undefined> = {
    open: undefined,
    close: undefined,
    reveal: undefined,
    hide: undefined,
    reset: undefined,
    export: undefined,
    new: undefined,
  };
  const panelStatus = el('p', 'room-status');
  panelStatus.setAttribute('role', 'status');
  const panelSession = el('p', 'room-session');
  const panelCount = el('p', 'room-answers');
  /** An open question's groups for the presenter, each with « Masquer » / « Afficher ». */
  const panelGroups = el('div', 'room-open-panel');

  if (role === 'presenter') {
    panel = el('div', 'deck-panel room-panel');
    panel.setAttribute('role', 'group');
    panel.setAttribute('aria-label', t.panelTitle);
    const row = el('p', 'deck-panel-buttons');
    for (const [name, label] of [
      ['open', t.open],
      ['close', t.close],
      ['reveal', t.reveal],
      ['hide', t.hide],
      ['reset', t.reset],
      ['export', t.export],
      ['new', t.newSession],
    ] as const) {
      const b = el('button', 'tool tool-button', label);
      b.type = 'button';
      b.dataset.room = name;
      buttons[name] = b;
      row.append(b);
    }
    panel.append(panelSession, panelStatus, panelCount, panelGroups, row);
    (host.querySelector('.controls') ?? host).append(panel);
    panel.addEventListener('click', (e) => {
      const target = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-room]') : null;
      const group = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-open-group]') : null;
      if (group) {
        const question = currentQuestion();
        if (question?.kind === 'open')
          socket.send({
            type: 'hide-text',
            question: question.id,
            group: group.dataset.openGroup ?? '',
            hidden: group.dataset.hidden !== 'true',
          });
        return;
      }
      if (target?.dataset.room) control(target.dataset.room);
    });
  }
  // Questions from the room (src/scripts/room-moderation.ts): moderated here, the one shown on the screen.
  const moderation = panel ? startModeration(panel, (m) => socket.send(m)) : undefined;
  const screenAsk = role === 'screen' ? startScreenAsk(host) : undefined;

  const currentQuestion = () => questionOf(slides[slide]);

  function paintPanel() {
    if (!panel) return;
    panelSession.textContent = code ? `${t.sessionIs(code)} · ${t.present(present)}` : t.connecting;
    const current = slides[slide];
    const question = currentQuestion();
    const info = question ? known.get(question.id) : undefined;
    const status = question
      ? !info
        ? t.statusNone
        : { open: t.statusOpen, closed: t.statusClosed, revealed: t.statusRevealed }[info.status]
      : current?.hasAttribute('data-poll')
        ? t.notLive
        : t.notAPoll;
    const text = [notice, connected ? '' : t.connectionLost, status].filter(Boolean).join(' ');
    if (panelStatus.textContent !== text) panelStatus.textContent = text;
    // The count changes with every answer: shown, not announced (the status line would chatter).
    panelCount.textContent = info ? (connected ? t.answers(info.count) : t.staleCount(info.count)) : '';
    panelCount.toggleAttribute('data-stale', !connected);
    paintPanelGroups(question, info);
    const usable = Boolean(question && code && connected);
    const set = (b: HTMLButtonElement | undefined, on: boolean) => b && (b.disabled = !on);
    // One rule for every button: the session model's transition table (src/lib/room-session.ts).
    for (const action of ['open', 'close', 'reveal', 'hide', 'reset'] as const)
      set(buttons[action], usable && actionAvailable(info?.status ?? 'none', action));
    set(buttons.export, Boolean(code && secret));
    set(buttons.new, Boolean(code && secret && connected));
  }

  function paintPanelGroups(question: RoomQuestion | undefined, info: Known | undefined) {
    const groups = question?.kind === 'open' ? (info?.groups ?? []) : undefined;
    panelGroups.hidden = !groups || groups.length === 0;
    const key = JSON.stringify(groups ?? null);
    if (panelGroups.dataset.shown === key) return;
    panelGroups.dataset.shown = key;
    if (!groups) return panelGroups.replaceChildren();
    const list = el('ul', 'room-open-list');
    for (const g of groups) {
      const li = openItem(g);
      if (g.hidden) li.dataset.hidden = '';
      if (g.hidden) li.append(' ', el('span', 'room-open-mark', t.openHidden));
      const b = el('button', 'tool tool-button', g.hidden ? t.openShowButton : t.openHideButton);
      b.type = 'button';
      b.dataset.openGroup = g.key;
      b.dataset.hidden = String(Boolean(g.hidden));
      b.setAttribute('aria-label', g.hidden ? t.openShow(g.text) : t.openHide(g.text));
      li.append(' ', b);
      list.append(li);
    }
    panelGroups.replaceChildren(el('p', 'answer-label', t.openGroupsBefore), list);
  }

  // --- the channel ----------------------------------------------------------------------------

  const hello = (s: RoomSocket) => {
    if (role === 'presenter') {
      const saved = readSecret();
      if (saved) s.send({ type: 'resume', code: saved.code, secret: saved.secret });
      else s.send({ type: 'create', deck, token: presenterToken() });
    } else {
      const saved = readCode(deck);
      if (saved) s.send({ type: 'watch', code: saved });
    }
  };

  const socket = connectRoom(flag.socket, {
    hello,
    onStatus(up) {
      connected = up;
      paintSlides();
    },
    onMessage(message: ServerMessage) {
      switch (message.type) {
        case 'welcome':
          code = message.code;
          if (role === 'presenter' && message.secret) {
            secret = message.secret;
            store('session', SECRET_KEY, JSON.stringify({ code, secret }));
            store('local', codeKey(deck), code);
          }
          notice = '';
          if (role === 'presenter') tellSlide(true);
          break;
        case 'state':
          present = message.present;
          if (message.question)
            known.set(message.question.id, {
              status: message.status === 'none' ? 'closed' : message.status,
              count: message.count,
              correct: message.correct,
              results: message.results,
              groups: message.groups,
            });
          break;
        case 'count': {
          present = message.present;
          const info = message.question ? known.get(message.question) : undefined;
          if (info) info.count = message.count;
          if (info && message.results) info.results = message.results;
          if (info && message.groups) info.groups = message.groups;
          break;
        }
        case 'asks':
          moderation?.update(message);
          screenAsk?.update(message);
          return;
        case 'error':
          // The saved session is gone (expired) or not this window's: start a new one.
          if (
            role === 'presenter' &&
            (message.error === 'unknown-session' || message.error === 'forbidden') &&
            !secret
          ) {
            store('session', SECRET_KEY, undefined);
            socket.send({ type: 'create', deck, token: presenterToken() });
            return;
          }
          notice = message.message;
          break;
        default:
          return;
      }
      paintSlides();
    },
  });

  // A simulation slide: its decisions go to the server (the presenter's window only), and a new
  // situation on the same slide is a new question for the phones to follow.
  host.addEventListener('scenario:decide', (e) => {
    const { question, option, how } = (e as CustomEvent<{ question: string; option: number; how: DecisionHow }>).detail;
    if (role === 'presenter' && known.has(question)) socket.send({ type: 'decide', question, option, how });
  });
  host.addEventListener('scenario:change', () => {
    if (role === 'presenter') tellSlide(true);
    paintSlides();
  });

  // The projected deck follows the presenter's session as soon as one is created or replaced.
  if (role === 'screen')
    window.addEventListener('storage', (e) => {
      if (e.key !== codeKey(deck) || !e.newValue || e.newValue === code) return;
      known.clear();
      screenAsk?.update({ type: 'asks', asks: [], shown: null });
      socket.send({ type: 'watch', code: e.newValue });
    });

  // The phones follow the presenter's slide (src/lib/room-session.ts, followSlide). Sent once the
  // slide settles, so paging quickly through the deck makes one message, not one per slide.
  let slideTimer: number | undefined;
  let toldSlide: string | null | undefined;
  function tellSlide(now = false) {
    window.clearTimeout(slideTimer);
    const send = () => {
      // A simulation's consequence keeps the phones on the vote just decided, with its result.
      const follow = slides[slide]?.querySelector<HTMLElement>('[data-room-follow]:not([hidden])')?.dataset.roomFollow;
      const id = currentQuestion()?.id ?? follow ?? null;
      if (!code || (id === toldSlide && !now)) return;
      if (socket.send({ type: 'slide', question: id })) toldSlide = id;
    };
    if (now) send();
    else slideTimer = window.setTimeout(send, 300);
  }

  /** Toggles the deck's own « Révéler la réponse » so the slide shows the answer exactly when the room does. */
  const slideAnswer = (shown: boolean) => {
    if (revealed.includes(slide) !== shown) host.querySelector<HTMLElement>('[data-action="reveal"]')?.click();
  };

  function control(action: string) {
    const question = currentQuestion();
    if (action === 'export') {
      void exportCsv();
      return;
    }
    if (action === 'new') {
      newSession();
      return;
    }
    if (!question) return;
    if (action === 'open') {
      socket.send({ type: 'open', question });
      slideAnswer(false);
    } else if (action === 'close') socket.send({ type: 'close', question: question.id });
    else if (action === 'reset' || action === 'hide') {
      socket.send({ type: action, question: question.id });
      slideAnswer(false);
    } else if (action === 'reveal') {
      socket.send({ type: 'reveal', question: question.id });
      // The slide shows the right answer too, as the deck's own « Révéler la réponse » does.
      slideAnswer(true);
    }
  }

  /** « Nouvelle séance »: after a confirmation, ends this session (its answers go) and creates the next. */
  function newSession() {
    if (!code || !secret) return;
    if (!window.confirm(t.newSessionConfirm(code))) return;
    socket.send({ type: 'end' });
    store('session', SECRET_KEY, undefined);
    secret = undefined;
    code = undefined;
    known.clear();
    moderation?.reset();
    socket.send({ type: 'create', deck, token: presenterToken() });
    paintSlides();
  }

  async function exportCsv() {
    if (!code || !secret) return;
    try {
      const response = await fetch(`/_salle/resultats.csv?code=${code}`, { headers: { 'x-room-secret': secret } });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = el('a');
      link.href = url;
      link.download = `salle-${code}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      notice = '';
    } catch {
      notice = t.exportFailed;
    }
    paintPanel();
  }

  // The deck's reveal (key R, or its button) reveals the room's result too, and hides it again. Only
  // a change of the deck's reveal counts: a repaint, a reload or a reset must not reveal again
  // (a reset once stayed « révélé » for ever because every repaint sent the reveal anew).
  host.addEventListener('deck:render', (e) => {
    const detail = (e as CustomEvent<{ slide: number; revealed: number[] }>).detail;
    const sameSlide = detail.slide === slide;
    if (!sameSlide && role === 'presenter') tellSlide();
    const wasShown = revealed.includes(slide);
    slide = detail.slide;
    revealed = detail.revealed;
    if (role !== 'presenter') return;
    const question = currentQuestion();
    const info = question ? known.get(question.id) : undefined;
    const shown = revealed.includes(slide);
    if (question && info && sameSlide && shown !== wasShown) {
      if (shown && info.status !== 'revealed') socket.send({ type: 'reveal', question: question.id });
      if (!shown && info.status === 'revealed') socket.send({ type: 'hide', question: question.id });
    }
    paintPanel();
  });

  paintSlides();
}
