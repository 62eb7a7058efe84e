/**
 * Questions from the room on the phone (/salle/): the form to ask the presenter a question, and the
 * list of published questions with a vote button each (a toggle, aria-pressed), the phone's own
 * questions marked while they wait for moderation. What the list holds is what the server sent for
 * this phone (src/lib/room/room-questions.ts decides it); every text goes in with textContent. A change of
 * status of the phone's own question is announced in the form's status line (role="status").
 */
import { ASK_MAX_CHARS, type AskView } from '../../lib/room/room-questions';
import type { ClientMessage, RoomAsksMessage, ServerMessage } from '../../lib/room/room-messages';
import { submissionId } from '../../lib/room/room-answer';
import { room } from '../../i18n/fr-room';
import { el } from '../el';
import './room-questions.css';

const t = room.asks;

/** The questions section of the participant page, fed with the server's messages. */
export interface AskPanel {
  /** Reads a server message; true when it was about questions from the room (nothing else to do). */
  onMessage(message: ServerMessage): boolean;
  /** Forgets everything (the phone left the session, or joined another one). */
  reset(): void;
}

/** Starts the section drawn by salle.astro (`[data-asks]`); `send` is the room socket's. */
export function startAsks(root: HTMLElement, send: (message: ClientMessage) => boolean): AskPanel | undefined {
  const form = root.querySelector<HTMLFormElement>('[data-ask-form]');
  const input = root.querySelector<HTMLTextAreaElement>('#question-salle');
  const counter = root.querySelector<HTMLElement>('[data-ask-count]');
  const status = root.querySelector<HTMLElement>('[data-ask-status]');
  const list = root.querySelector<HTMLElement>('[data-ask-list]');
  if (!form || !input || !counter || !status || !list) return undefined;

  /** The submission on its way (its id, to match the server's acknowledgement or refusal). */
  let pending: string | undefined;
  /** The last list received, and the status of each of the phone's own questions in it. */
  let last: RoomAsksMessage | undefined;
  const mineBefore = new Map<string, AskView['status']>();

  const say = (text: string, kind = '') => {
    status.textContent = text;
    status.dataset.state = kind;
  };
  const count = () => {
    counter.textContent = t.counter([...input.value].length, ASK_MAX_CHARS);
  };
  input.maxLength = ASK_MAX_CHARS;
  input.addEventListener('input', count);
  count();

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) {
      say(t.empty, 'refused');
      input.focus();
      return;
    }
    const id = submissionId(Date.now(), Math.random);
    if (!send({ type: 'ask', text, id })) {
      say(t.offline, 'refused');
      return;
    }
    pending = id;
    say(t.sending, 'sending');
  });

  /** One question of the list: its text, what it is to this phone, its votes and, when it takes one, a vote button. */
  const item = (ask: AskView, mine: boolean, voted: boolean, shown: boolean): HTMLElement => {
    const li = el('li', 'ask');
    li.dataset.ask = ask.id;
    li.dataset.status = ask.status;
    const text = el('p', 'ask-text', ask.text);
    text.id = `question-${ask.id}`;
    const marks = [
      mine ? t.yours : '',
      ask.status === 'pending' ? t.pending : '',
      ask.status === 'hidden' ? t.hidden : '',
      ask.status === 'answered' ? t.answered : '',
      shown ? t.onScreen : '',
    ].filter(Boolean);
    const meta = el('p', 'ask-meta');
    if (marks.length) meta.append(el('strong', 'ask-marks', marks.join(' · ')));
    if (ask.status === 'approved' || ask.status === 'answered')
      meta.append(el('span', 'ask-votes', t.votes(ask.votes)));
    li.append(text, meta);
    if (ask.status === 'approved' && !mine) {
      const button = el('button', 'button button--secondary ask-vote', t.vote);
      button.type = 'button';
      button.setAttribute('aria-pressed', String(voted));
      button.setAttribute('aria-describedby', text.id);
      button.addEventListener('click', () => {
        const on = button.getAttribute('aria-pressed') !== 'true';
        // Shown at once; the next list from the server confirms it (or puts it back).
        if (send({ type: 'vote', ask: ask.id, on })) button.setAttribute('aria-pressed', String(on));
        else say(t.offline, 'refused');
      });
      li.append(button);
    }
    return li;
  };

  const render = (message: RoomAsksMessage) => {
    // Statuses known at a (re)join are not news: only later changes are said.
    const quiet = !last;
    last = message;
    const mine = new Set(message.mine ?? []);
    const voted = new Set(message.voted ?? []);
    // Focus stays on the same vote button when the list is drawn again (it may have moved).
    const focused = document.activeElement?.closest<HTMLElement>('[data-ask]')?.dataset.ask;
    const asks = [...(message.own ?? []), ...message.asks];
    if (asks.length === 0) list.replaceChildren(el('li', 'ask-none', t.none));
    else list.replaceChildren(...asks.map((a) => item(a, mine.has(a.id), voted.has(a.id), message.shown === a.id)));
    if (focused) list.querySelector<HTMLElement>(`[data-ask="${focused}"] .ask-vote`)?.focus();
    // A change of status of the phone's own question, said once.
    for (const ask of asks) {
      if (!mine.has(ask.id)) continue;
      const before = mineBefore.get(ask.id);
      mineBefore.set(ask.id, ask.status);
      if (quiet || !before || before === ask.status) continue;
      if (ask.status === 'approved') say(t.published, 'sent');
      else if (ask.status === 'answered') say(t.answeredNow, 'sent');
      else if (ask.status === 'hidden') say(t.hiddenNow);
    }
  };

  const reset = () => {
    pending = undefined;
    last = undefined;
    mineBefore.clear();
    say('');
    list.replaceChildren(el('li', 'ask-none', t.none));
  };
  reset();

  return {
    reset,
    onMessage(message) {
      switch (message.type) {
        case 'asks':
          render(message);
          return true;
        case 'asked':
          if (message.id !== undefined && message.id === pending) {
            pending = undefined;
            input.value = '';
            count();
            mineBefore.set(message.ask, 'pending');
            say(t.sent, 'sent');
          }
          return true;
        case 'error':
          if (message.id !== undefined && message.id === pending) {
            pending = undefined;
            say(message.message, 'refused');
            return true;
          }
          if (message.error === 'ask-limit' || message.error === 'ask-unavailable') {
            say(message.message, 'refused');
            // The vote shown at once is put back as the server holds it.
            if (last) render(last);
            return true;
          }
          return false;
        default:
          return false;
      }
    },
  };
}
