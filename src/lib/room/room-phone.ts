/**
 * The participant's phone on /salle/ as one state and the events that change it: joining and
 * leaving a session, the connection going and coming back, the server's messages, the choice on
 * screen, a submission, the questions from the room. Pure: the phone's island
 * (src/islands/room/Participant.tsx) holds a `PhoneState` with `useReducer(phoneReducer)` and does
 * the side effects (socket, storage, focus) itself. What the phone may say about its answer is the
 * rule of src/lib/room/room-answer.ts; this module only puts its words on it.
 */
import { room as t } from '../../i18n/fr-room.ts';
import {
  acknowledge,
  answerStatus,
  fromState,
  refuse,
  submit,
  type AnswerStatus,
  type AnswerTracker,
} from './room-answer.ts';
import {
  isSessionCode,
  type AskView,
  type RoomAnswer,
  type RoomAsksMessage,
  type RoomStateMessage,
  type ServerMessage,
} from './room-messages.ts';

/** A line said to the participant: a state for its colour, its words, and a second sentence. */
export interface Said {
  state: AnswerStatus | '';
  text: string;
  hint: string;
}

/** The questions from the room, as this phone knows them. */
export interface AskState {
  /** The last list the server sent for this phone (undefined: none yet since the join). */
  list?: RoomAsksMessage | undefined;
  /** Votes shown at once, before the server's next list confirms them (ask id → on). */
  votes: Readonly<Record<string, boolean>>;
  /** The status of each of the phone's own questions, as last seen (to say a change once). */
  mine: Readonly<Record<string, AskView['status']>>;
  /** The id of the question on its way, to match the server's acknowledgement or refusal. */
  pending?: string | undefined;
  /** What the form's status line says. */
  said: { text: string; state: string };
  /** The text in the form (cleared once the server has the question). */
  text: string;
}

export interface PhoneState {
  /** The session joined, or being joined; undefined: the phone shows the join form. */
  code?: string | undefined;
  /** Why the last join failed (a bad code, a session that ended). */
  joinError: string;
  connected: boolean;
  /** Whether the connection was lost since the join (« nouvelle tentative… » rather than « connexion… »). */
  lost: boolean;
  /** The session's last state (the question on screen and its status). */
  room?: RoomStateMessage | undefined;
  /** What the server holds of the answer to the current question, and what is on its way. */
  tracker?: AnswerTracker | undefined;
  /** What the fields hold now: option indexes, or the text typed. */
  draft: RoomAnswer;
  /** A word of the phone's own over the answer's line (« choisissez… », a refusal), until the next change. */
  note?: string | undefined;
  asks: AskState;
}

export type PhoneEvent =
  | { type: 'join'; code: string }
  | { type: 'leave'; error?: string }
  | { type: 'connection'; up: boolean }
  | { type: 'server'; message: ServerMessage }
  | { type: 'draft'; draft: RoomAnswer }
  /** The participant pressed « Envoyer »: `id` names the submission (submissionId). */
  | { type: 'submit'; id: string }
  | { type: 'ask-typed'; text: string }
  /** « Envoyer la question » with nothing written. */
  | { type: 'ask-empty' }
  /** The participant sent a question; `sent` is false when the connection was down. */
  | { type: 'ask'; id: string; sent: boolean }
  /** A vote button pressed; `sent` is false when the connection was down. */
  | { type: 'vote'; ask: string; on: boolean; sent: boolean };

const noAsks = (): AskState => ({ votes: {}, mine: {}, said: { text: '', state: '' }, text: '' });

export function initialPhone(): PhoneState {
  return { joinError: '', connected: false, lost: false, draft: [], asks: noAsks() };
}

/** The session code as typed (spaces and case forgiven), or undefined when it is not one. */
export function readCode(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  return isSessionCode(code) ? code : undefined;
}

/**
 * The draft the fields start from for a question drawn again: the answer on its way, else the one
 * the server holds (AnswerFields shows it, then reports each change).
 */
export function firstDraft(state: RoomStateMessage, tracker: AnswerTracker | undefined): RoomAnswer {
  const yours = (state.status === 'open' ? tracker?.pending?.value : undefined) ?? tracker?.acked;
  if (state.question?.kind === 'open') return typeof yours === 'string' ? yours : '';
  return Array.isArray(yours) ? [...yours] : [];
}

/** The key of what the question area shows: a new key draws the fields again (from what is held). */
export function questionKey(state: RoomStateMessage | undefined): string {
  const q = state?.question;
  return q && state ? `${q.id} ${state.status}` : '';
}

/**
 * The answer « Envoyer » sends for the question on screen (an open answer's spaces collapsed, or
 * the options chosen), named `id`; undefined when there is none to send (nothing chosen, only
 * spaces, no question). The phone sends it and records it (`submit`) by this one rule.
 */
export function submission(
  s: PhoneState,
  id: string,
): { type: 'answer'; question: string; value: RoomAnswer; id: string } | undefined {
  const q = s.room?.question;
  const value = typeof s.draft === 'string' ? s.draft.replace(/\s+/g, ' ').trim() : [...s.draft];
  return q && value.length > 0 ? { type: 'answer', question: q.id, value, id } : undefined;
}

export function phoneReducer(s: PhoneState, e: PhoneEvent): PhoneState {
  switch (e.type) {
    case 'join': {
      const code = readCode(e.code);
      if (!code) return { ...s, joinError: t.badCode };
      return {
        ...s,
        code,
        joinError: '',
        connected: false,
        lost: false,
        room: undefined,
        note: undefined,
        asks: noAsks(),
      };
    }
    case 'leave':
      return { ...s, code: undefined, joinError: e.error ?? '', room: undefined, note: undefined, asks: noAsks() };
    case 'connection':
      return { ...s, connected: e.up, lost: s.lost || !e.up, note: undefined };
    case 'draft':
      return { ...s, draft: e.draft, note: undefined };
    case 'submit': {
      const q = s.room?.question;
      const answer = submission(s, e.id);
      if (!q) return s;
      if (!answer) return { ...s, note: q.kind === 'open' ? t.openEmpty : t.pickOne };
      const tracker = submit(s.tracker ?? { question: q.id, kind: q.kind }, { id: e.id, value: answer.value });
      return { ...s, tracker, note: undefined };
    }
    case 'ask-typed':
      return { ...s, asks: { ...s.asks, text: e.text } };
    case 'ask-empty':
      return { ...s, asks: { ...s.asks, said: { text: t.asks.empty, state: 'refused' } } };
    case 'ask': {
      if (!e.sent) return { ...s, asks: { ...s.asks, said: { text: t.asks.offline, state: 'refused' } } };
      return { ...s, asks: { ...s.asks, pending: e.id, said: { text: t.asks.sending, state: 'sending' } } };
    }
    case 'vote': {
      if (!e.sent) return { ...s, asks: { ...s.asks, said: { text: t.asks.offline, state: 'refused' } } };
      return { ...s, asks: { ...s.asks, votes: { ...s.asks.votes, [e.ask]: e.on } } };
    }
    case 'server':
      return onServer(s, e.message);
    default:
      return s;
  }
}

function onServer(s: PhoneState, m: ServerMessage): PhoneState {
  switch (m.type) {
    case 'state': {
      const tracker = fromState(s.tracker, m);
      const redrawn = questionKey(m) !== questionKey(s.room);
      return { ...s, room: m, tracker, note: undefined, draft: redrawn ? firstDraft(m, tracker) : s.draft };
    }
    case 'answered':
      return s.tracker ? { ...s, tracker: acknowledge(s.tracker, m), note: undefined } : s;
    case 'asks':
      return { ...s, asks: readAsks(s.asks, m) };
    case 'asked': {
      if (m.id === undefined || m.id !== s.asks.pending) return s;
      const asks: AskState = {
        ...s.asks,
        pending: undefined,
        text: '',
        mine: { ...s.asks.mine, [m.ask]: 'pending' },
        said: { text: t.asks.sent, state: 'sent' },
      };
      return { ...s, asks };
    }
    case 'error': {
      if (m.error === 'unknown-session' || m.error === 'ended')
        return phoneReducer(s, { type: 'leave', error: m.message });
      if (m.id !== undefined && m.id === s.asks.pending)
        return { ...s, asks: { ...s.asks, pending: undefined, said: { text: m.message, state: 'refused' } } };
      if (m.error === 'ask-limit' || m.error === 'ask-unavailable')
        // The vote shown at once is put back as the server holds it.
        return { ...s, asks: { ...s.asks, votes: {}, said: { text: m.message, state: 'refused' } } };
      if (m.id !== undefined && s.tracker?.pending?.id === m.id) return { ...s, tracker: refuse(s.tracker, m) };
      return { ...s, note: m.message };
    }
    default:
      return s;
  }
}

/**
 * Reads a list of questions: the votes shown at once give way to the server's, and a change of
 * status of one of the phone's own questions is said once (not those known at a (re)join).
 */
function readAsks(before: AskState, list: RoomAsksMessage): AskState {
  const quiet = !before.list;
  const own = new Set(list.mine ?? []);
  const mine: Record<string, AskView['status']> = { ...before.mine };
  let said = before.said;
  for (const ask of [...(list.own ?? []), ...list.asks]) {
    if (!own.has(ask.id)) continue;
    const was = mine[ask.id];
    mine[ask.id] = ask.status;
    if (quiet || !was || was === ask.status) continue;
    if (ask.status === 'approved') said = { text: t.asks.published, state: 'sent' };
    else if (ask.status === 'answered') said = { text: t.asks.answeredNow, state: 'sent' };
    else if (ask.status === 'hidden') said = { text: t.asks.hiddenNow, state: '' };
  }
  return { ...before, list, votes: {}, mine, said };
}

/** What the line under the poll says now (role="status"), from the rule of room-answer.ts. */
export function answerLine(s: PhoneState): Said {
  const room = s.room;
  if (!room?.question) return { state: '', text: '', hint: '' };
  const status = answerStatus(s.tracker, s.draft);
  if (s.note) return { state: 'refused', text: s.note, hint: '' };
  const reason = s.tracker?.refusal?.message || t.errors.closed;
  const acked = Boolean(s.tracker?.acked);
  if (status === 'refused') return { state: status, text: t.notSent, hint: reason };
  if (room.status === 'open') {
    if (status === 'sent') return { state: status, text: t.sent, hint: t.sentHint };
    if (status === 'sending') return { state: status, text: t.sending, hint: s.connected ? '' : t.sendingOffline };
    if (status === 'unsent') return { state: status, text: t.unsent, hint: acked ? t.unsentReplace : t.unsentHint };
    return { state: status, text: '', hint: '' };
  }
  if (room.status === 'closed')
    return { state: status, text: acked ? t.sent : '', hint: acked ? t.closed : t.closedNoAnswer };
  return { state: '', text: '', hint: '' };
}

/** What the line under the session's code says about the connection (empty once connected). */
export function connectionLine(s: PhoneState): string {
  if (s.connected) return '';
  return s.lost ? t.reconnecting : t.connecting;
}

/** The questions the phone lists (its own first), each with what it is to this phone. */
export function askItems(a: AskState): Array<{ ask: AskView; mine: boolean; voted: boolean; shown: boolean }> {
  const list = a.list;
  if (!list) return [];
  const mine = new Set(list.mine ?? []);
  const voted = new Set(list.voted ?? []);
  return [...(list.own ?? []), ...list.asks].map((ask) => ({
    ask,
    mine: mine.has(ask.id),
    voted: a.votes[ask.id] ?? voted.has(ask.id),
    shown: list.shown === ask.id,
  }));
}
