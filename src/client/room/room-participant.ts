/**
 * The participant's side of room mode, on /salle/: join a session with its code (typed, or from
 * the QR code's ?code=), answer the question the trainer opened, change the answer while it is
 * open, and see the right answer and the room's result once revealed. The phone never shows the
 * right answer before the trainer does (the server does not send it before). Anonymous: a random
 * id kept on the phone is all the server knows. Loaded only when the room server's flag is there.
 * A question's fields are the quiz's own views (src/islands/room/AnswerFields.tsx, drawn with
 * Preact), the revealed result is drawn by room-participant-results.ts; each module's style is
 * beside it (room-participant.css, room-participant-results.css, room-questions.css).
 */
import { connectRoom, participantId, roomFlag, type RoomSocket } from './room-socket';
import { isSessionCode, type RoomStateMessage, type ServerMessage } from '../../lib/room/room-messages';
import {
  acknowledge,
  answerStatus,
  fromState,
  refuse,
  submissionId,
  submit,
  type AnswerTracker,
} from '../../lib/room/room-answer';
import { room as t } from '../../i18n/fr-room';
import { el } from '../el';
import { roomKey } from '../../lib/storage/storage-keys';
import { readItem, writeItem } from '../../lib/storage/browser-storage';
import { startAsks } from './room-questions';
import { h, render as draw } from 'preact';
import { AnswerFields, type Draft } from '../../islands/room/AnswerFields';
import { groupsView, resultView } from './room-participant-results';
import './room-participant.css';

const JOINED_KEY = roomKey('joined');

/** Keeps the code joined (storage blocked: the phone asks for it again after a reload). */
function remember(code: string | undefined): void {
  writeItem('local', JOINED_KEY, code || undefined);
}

function remembered(): string | undefined {
  const code = readItem('local', JOINED_KEY) ?? '';
  return isSessionCode(code) ? code : undefined;
}

/** Starts the participant page: shows the room part instead of the « not running » notice. */
export function startParticipant(): void {
  const flag = roomFlag();
  const root = document.querySelector<HTMLElement>('room-participant');
  if (!flag || !root) return;
  document.querySelector<HTMLElement>('[data-room-off]')?.setAttribute('hidden', '');
  root.hidden = false;

  const form = root.querySelector<HTMLFormElement>('[data-join-form]');
  const input = root.querySelector<HTMLInputElement>('#code-seance');
  const joinError = root.querySelector<HTMLElement>('[data-join-error]');
  const sessionBox = root.querySelector<HTMLElement>('[data-session]');
  const sessionLabel = root.querySelector<HTMLElement>('[data-session-label]');
  const connection = root.querySelector<HTMLElement>('[data-connection]');
  const area = root.querySelector<HTMLElement>('[data-question-area]');
  if (!form || !input || !joinError || !sessionBox || !sessionLabel || !connection || !area) return;

  const participant = participantId();
  let socket: RoomSocket | undefined;
  let state: RoomStateMessage | undefined;
  /** What the server holds of this phone's answer to the current question, and what is on its way. */
  let tracker: AnswerTracker | undefined;
  let connected = false;
  /** What the question area shows now, so an update that changes nothing keeps the phone's selection. */
  let shown = '';
  /** What the fields hold now (AnswerFields reports each change), and where they are drawn. */
  let current: Draft = [];
  let fields: HTMLElement | undefined;
  /** Takes the fields out of the page, so Preact lets go of them before they are replaced. */
  const dropFields = () => {
    if (fields) draw(null, fields);
    fields = undefined;
  };
  /** Questions from the room: their own section under the poll (src/client/room/room-questions.ts). */
  const asksRoot = root.querySelector<HTMLElement>('[data-asks]');
  const asks = asksRoot ? startAsks(asksRoot, (m) => socket?.send(m) ?? false) : undefined;

  const showJoin = (error = '') => {
    socket?.close();
    socket = undefined;
    state = undefined;
    shown = '';
    dropFields();
    remember(undefined);
    asks?.reset();
    form.hidden = false;
    sessionBox.hidden = true;
    joinError.textContent = error;
    input.setAttribute('aria-invalid', String(Boolean(error)));
  };

  const join = (value: string) => {
    const wanted = value.trim().toUpperCase();
    if (!isSessionCode(wanted)) {
      joinError.textContent = t.badCode;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    socket?.close();
    form.hidden = true;
    sessionBox.hidden = false;
    sessionLabel.textContent = t.joined(wanted);
    connection.textContent = t.connecting;
    dropFields();
    area.replaceChildren();
    shown = '';
    asks?.reset();
    socket = connectRoom(flag.socket, {
      hello: (s) => {
        s.send({ type: 'join', code: wanted, participant });
        // What was not acknowledged goes again, after the join on the same connection (the server
        // reads them in order); a poll closed meanwhile refuses it, and the phone says so.
        const pending = tracker?.pending;
        if (pending)
          s.send({ type: 'answer', question: tracker?.question ?? '', value: pending.value, id: pending.id });
      },
      onStatus: (up) => {
        connected = up;
        connection.textContent = up ? '' : t.reconnecting;
        updateStatus();
      },
      onMessage,
    });
  };

  const onMessage = (message: ServerMessage) => {
    if (asks?.onMessage(message)) return;
    switch (message.type) {
      case 'welcome':
        remember(message.code);
        return;
      case 'state':
        state = message;
        tracker = fromState(tracker, message);
        render();
        return;
      case 'answered':
        if (tracker) tracker = acknowledge(tracker, message);
        updateStatus();
        return;
      case 'error':
        if (message.error === 'unknown-session' || message.error === 'ended') {
          showJoin(message.message);
          input.focus();
        } else if (message.id && tracker?.pending?.id === message.id) {
          tracker = refuse(tracker, message);
          updateStatus();
        } else {
          setStatus('refused', message.message);
        }
        return;
      default:
        return;
    }
  };

  const setStatus = (kind: string, text: string, hint = '') => {
    const status = area.querySelector<HTMLElement>('[data-answer-status]');
    if (!status) return;
    // Rewritten only when it changes, so a screen reader hears each change once.
    const key = `${kind}|${text}|${hint}`;
    if (status.dataset.shown === key) return;
    status.dataset.shown = key;
    status.dataset.state = kind;
    status.replaceChildren();
    if (text) status.append(el('strong', undefined, text));
    if (hint) status.append(' ', el('span', undefined, hint));
  };

  /** Says what the server holds of the choice on screen (the rule of src/lib/room/room-answer.ts). */
  const updateStatus = () => {
    if (!state?.question) return;
    const status = answerStatus(tracker, current);
    const reason = tracker?.refusal?.message || t.errors.closed;
    if (state.status === 'open') {
      if (status === 'sent') setStatus(status, t.sent, t.sentHint);
      else if (status === 'sending') setStatus(status, t.sending, connected ? '' : t.sendingOffline);
      else if (status === 'refused') setStatus(status, t.notSent, reason);
      else if (status === 'unsent') setStatus(status, t.unsent, tracker?.acked ? t.unsentReplace : t.unsentHint);
      else setStatus(status, '');
    } else if (state.status === 'closed') {
      if (status === 'refused') setStatus(status, t.notSent, reason);
      else setStatus(status, tracker?.acked ? t.sent : '', tracker?.acked ? t.closed : t.closedNoAnswer);
    } else if (status === 'refused') {
      setStatus(status, t.notSent, reason);
    }
  };

  /** Draws the question again, only when it or its status changed (else the phone's selection stays). */
  const render = () => {
    const question = state?.question;
    if (!state || !question) {
      if (shown !== 'none') {
        dropFields();
        area.replaceChildren(el('p', 'waiting', t.waiting));
      }
      shown = 'none';
      return;
    }
    const key = `${question.id} ${state.status} ${state.status === 'revealed' ? JSON.stringify([state.results, state.decision, state.groups]) : ''}`;
    if (key !== shown) {
      shown = key;
      dropFields();
      area.replaceChildren(questionView(state, question));
    }
    updateStatus();
  };

  function questionView(s: RoomStateMessage, q: NonNullable<RoomStateMessage['question']>): HTMLElement {
    const open = s.status === 'open';
    // The choice drawn is the one on its way, else the one the server holds.
    const yours = (open ? tracker?.pending?.value : undefined) ?? tracker?.acked;
    const answerForm = el('form', 'answer');
    answerForm.noValidate = true;
    const fieldset = el('fieldset');
    const legend = el('legend');
    legend.append(el('h2', 'prompt', q.prompt));
    fieldset.append(legend);
    fieldset.disabled = !open;

    fields = el('div');
    fieldset.append(fields);
    // AnswerFields reports a choice's first draft as it draws; a text is the one given back.
    current = q.kind === 'open' ? (typeof yours === 'string' ? yours : '') : [];
    draw(
      h(AnswerFields, {
        q,
        initial: yours,
        onChange: (draft) => {
          current = draft;
          updateStatus();
        },
      }),
      fields,
    );
    answerForm.append(fieldset);

    if (open) {
      const send = el('button', 'button', t.send);
      send.type = 'submit';
      answerForm.append(send);
    }
    const status = el('p', 'answer-status');
    status.dataset.answerStatus = '';
    status.setAttribute('role', 'status');
    answerForm.append(status);

    answerForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const value = typeof current === 'string' ? current.replace(/\s+/g, ' ').trim() : [...current];
      if (value.length === 0) {
        setStatus('refused', q.kind === 'open' ? t.openEmpty : t.pickOne);
        return;
      }
      const id = submissionId(Date.now(), Math.random);
      tracker = submit(tracker ?? { question: q.id, kind: q.kind }, { id, value });
      // Not sent now (connection cut): it stays pending and goes when the connection is back.
      socket?.send({ type: 'answer', question: q.id, value, id });
      updateStatus();
    });

    const wrap = el('div', 'question');
    wrap.append(answerForm);
    if (s.status === 'revealed' && q.kind === 'open' && s.groups) wrap.append(groupsView(s.groups));
    else if (s.status === 'revealed' && s.correct && s.results)
      wrap.append(resultView(q, s.correct, s.results, s.decision, tracker?.acked));
    return wrap;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    join(input.value);
  });
  root.querySelector('[data-leave]')?.addEventListener('click', () => {
    showJoin();
    input.value = '';
    input.focus();
  });

  const fromUrl = new URLSearchParams(location.search).get('code')?.toUpperCase();
  const start = fromUrl && isSessionCode(fromUrl) ? fromUrl : remembered();
  if (start) {
    input.value = start;
    join(start);
  }
}
