/**
 * Room mode in the projected deck and the presenter view, loaded by DeckWindow only when the page
 * was served by the room server. Poll slides get the room's address, code and QR code, the live
 * count of answers and, once revealed, the room's result as bars (or the most frequent orders).
 * The presenter view creates the session (its secret stays in this window's sessionStorage) and
 * gets the controls: open, close, reveal, reset, export. The projected deck only watches. What the
 * slides show is painted by room-deck-slides.ts, the presenter's panel by src/islands/room/RoomPanel.tsx; this
 * file holds the session, the connection and the deck's events.
 */
import { connectRoom, presenterToken, roomFlag, type RoomSocket } from './room-socket';
import { codeKey, forgetSecret, keepSession, readCode, readSecret } from './room-presenter-storage';
import { collectSlides } from '../deck/deck-dom';
import type { DecisionHow, ServerMessage } from '../../lib/room/room-messages';
import { SECRET_HEADER, sessionRoute } from '../../lib/room/room-routes';
import { room as t } from '../../i18n/fr-room';
import './room-deck.css';
import { startScreenAsk } from './room-screen-ask';
import { paintJoin, paintPoll, questionOf } from './room-deck-slides';
import { createRoomPanel } from './room-deck-panel';
import { freshPending } from '../../lib/room/room-questions';
import type { PanelControl } from '../../islands/room/RoomPanel';
import type { KnownQuestion, RoomAsksMessage } from '../../lib/room/room-messages';

/** Which deck window runs the overlay. */
export type RoomRole = 'screen' | 'presenter';

/** Starts room mode in a deck window (`host` is the deck-view or presenter-view element). */
export function startRoom(host: HTMLElement, role: RoomRole): void {
  const flag = roomFlag();
  if (!flag) return;
  const deck = host.dataset.deck ?? 'tout';
  const slides = collectSlides(host);
  const known = new Map<string, KnownQuestion>();
  let code: string | undefined;
  let secret: string | undefined;
  let present = 0;
  let slide = 0;
  let revealed: number[] = [];
  let connected = false;
  let notice = '';

  const repaint = () => host.dispatchEvent(new CustomEvent('deck:repaint'));

  // --- what every poll slide shows (room-deck-slides.ts) -------------------------------------

  const paintSlides = () => {
    paintJoin(host, flag.join, code);
    for (const s of slides) {
      const question = questionOf(s);
      if (!question) continue;
      paintPoll(s, question, known.get(question.id), { code, connected });
    }
    if (role === 'presenter') paintPanel();
    // A simulation slide follows the room's votes (src/client/deck/deck-scenario.ts).
    host.dispatchEvent(new CustomEvent('room:known', { detail: { known } }));
    repaint();
  };

  // --- presenter controls (RoomPanel.tsx) ------------------------------------------------

  const panel = role === 'presenter' ? createRoomPanel(host) : undefined;
  // Questions from the room: moderated in the panel (Moderation.tsx), the one shown on the screen.
  let asks: RoomAsksMessage | undefined;
  let asksSeen: ReadonlySet<string> | undefined;
  let asksNews = '';
  const screenAsk = role === 'screen' ? startScreenAsk(host) : undefined;

  const currentQuestion = () => questionOf(slides[slide]);

  function paintPanel() {
    if (!panel) return;
    const question = currentQuestion();
    const info = question ? known.get(question.id) : undefined;
    panel.paint({
      code,
      secret,
      present,
      connected,
      notice,
      poll: Boolean(slides[slide]?.hasAttribute('data-poll')),
      question,
      info,
      asks,
      asksNews,
      onControl: control,
      // A group of open answers the presenter hides (or shows again) goes to the server as it is.
      onHideGroup: (group, hidden) => {
        if (question?.kind === 'open') socket.send({ type: 'hide-text', question: question.id, group, hidden });
      },
      onModerate: (ask, action) => socket.send({ type: 'moderate', ask, action }),
    });
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
            keepSession(deck, { code, secret });
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
        case 'asks': {
          screenAsk?.update(message);
          // A new question waiting is announced to the presenter (not those found at a (re)load).
          const { fresh, seen } = freshPending(asksSeen, message.asks);
          if (fresh > 0) asksNews = t.asks.newPending(fresh);
          asks = message;
          asksSeen = seen;
          paintPanel();
          return;
        }
        case 'error':
          // The saved session is gone (expired) or not this window's: start a new one.
          if (
            role === 'presenter' &&
            (message.error === 'unknown-session' || message.error === 'forbidden') &&
            !secret
          ) {
            forgetSecret();
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

  // The phones follow the presenter's slide (src/lib/room/room-session.ts, followSlide). Sent once the
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

  function control(action: PanelControl) {
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
    forgetSecret();
    secret = undefined;
    code = undefined;
    known.clear();
    asks = undefined;
    asksSeen = undefined;
    asksNews = '';
    socket.send({ type: 'create', deck, token: presenterToken() });
    paintSlides();
  }

  async function exportCsv() {
    if (!code || !secret) return;
    try {
      const response = await fetch(sessionRoute('results', code), { headers: { [SECRET_HEADER]: secret } });
      if (!response.ok) throw new Error(String(response.status));
      const { saveFile } = await import('../download');
      saveFile(await response.blob(), `salle-${code}.csv`);
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
