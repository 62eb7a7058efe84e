import { describe, expect, it } from 'vitest';
import {
  answerLine,
  askItems,
  connectionLine,
  initialPhone,
  phoneReducer,
  questionKey,
  readCode,
  submission,
  type PhoneEvent,
  type PhoneState,
} from '../../../../src/lib/room/room-phone';
import type { AskView, RoomAsksMessage, RoomStateMessage, ServerMessage } from '../../../../src/lib/room/room-messages';
import { room as t } from '../../../../src/i18n/fr-room';

const question = { id: 'q1', kind: 'single' as const, prompt: 'Par quoi commencer?', options: ['A', 'B', 'C'] };
const open = { id: 'q2', kind: 'open' as const, prompt: 'Un mot?', options: [] };
const state = (
  status: RoomStateMessage['status'],
  extra: Partial<RoomStateMessage> = {},
  q: RoomStateMessage['question'] = question,
): ServerMessage => ({ type: 'state', code: 'ABCD', question: q, status, count: 0, present: 1, ...extra });

const play = (events: PhoneEvent[], from: PhoneState = initialPhone()) => events.reduce(phoneReducer, from);
const server = (message: ServerMessage): PhoneEvent => ({ type: 'server', message });
const joined = (): PhoneState =>
  play([{ type: 'join', code: ' abcd ' }, { type: 'connection', up: true }, server(state('open'))]);

describe('joining and leaving', () => {
  it('reads a code with spaces and small letters, and refuses one that is not a code', () => {
    expect(readCode(' abcd ')).toBe('ABCD');
    expect(readCode('ABC')).toBeUndefined();
    const refused = play([{ type: 'join', code: 'AB1' }]);
    expect(refused.code).toBeUndefined();
    expect(refused.joinError).toBe(t.badCode);
    expect(play([{ type: 'join', code: 'abcd' }], refused)).toMatchObject({ code: 'ABCD', joinError: '' });
  });

  it('says « connexion… », then nothing, then « nouvelle tentative… » when the connection is lost', () => {
    let s = play([{ type: 'join', code: 'ABCD' }]);
    expect(connectionLine(s)).toBe(t.connecting);
    s = phoneReducer(s, { type: 'connection', up: true });
    expect(connectionLine(s)).toBe('');
    s = phoneReducer(s, { type: 'connection', up: false });
    expect(connectionLine(s)).toBe(t.reconnecting);
    expect(connectionLine(play([{ type: 'join', code: 'ABCD' }], s))).toBe(t.connecting);
  });

  it('goes back to the join form with the server’s words when the session ended', () => {
    const s = play([server({ type: 'error', error: 'ended', message: 'La séance est terminée.' })], joined());
    expect(s.code).toBeUndefined();
    expect(s.joinError).toBe('La séance est terminée.');
    expect(s.room).toBeUndefined();
  });
});

describe('the line under the poll', () => {
  it('follows the rule of trust: unsent, sending (offline too), sent, then closed', () => {
    let s = play([{ type: 'draft', draft: [1] }], joined());
    expect(answerLine(s)).toEqual({ state: 'unsent', text: t.unsent, hint: t.unsentHint });
    s = play([{ type: 'submit', id: 's1' }], s);
    expect(answerLine(s)).toEqual({ state: 'sending', text: t.sending, hint: '' });
    expect(answerLine(play([{ type: 'connection', up: false }], s)).hint).toBe(t.sendingOffline);
    s = play([server({ type: 'answered', question: 'q1', value: [1], id: 's1' })], s);
    expect(answerLine(s)).toEqual({ state: 'sent', text: t.sent, hint: t.sentHint });
    // Another choice after sending: the one sent still counts.
    expect(answerLine(play([{ type: 'draft', draft: [2] }], s)).hint).toBe(t.unsentReplace);
    s = play([server(state('closed', { yours: [1] }))], s);
    expect(answerLine(s)).toEqual({ state: 'sent', text: t.sent, hint: t.closed });
    expect(answerLine(play([server(state('revealed', { yours: [1] }))], s)).text).toBe('');
  });

  it('asks for a choice before sending, and forgets that word at the next choice', () => {
    let s = play([{ type: 'submit', id: 's1' }], joined());
    expect(s.tracker?.pending).toBeUndefined();
    expect(answerLine(s)).toEqual({ state: 'refused', text: t.pickOne, hint: '' });
    s = play([{ type: 'draft', draft: [0] }], s);
    expect(answerLine(s).state).toBe('unsent');
  });

  it('sends an open answer with its spaces collapsed, and refuses one of spaces only', () => {
    let s = play([server(state('open', {}, open))], joined());
    expect(s.draft).toBe('');
    s = play(
      [
        { type: 'draft', draft: '   ' },
        { type: 'submit', id: 's1' },
      ],
      s,
    );
    expect(answerLine(s).text).toBe(t.openEmpty);
    s = play(
      [
        { type: 'draft', draft: '  la   confiance ' },
        { type: 'submit', id: 's2' },
      ],
      s,
    );
    expect(s.tracker?.pending?.value).toBe('la confiance');
    // What « Envoyer » sends is the same answer, and nothing for spaces only.
    expect(submission(s, 's3')).toEqual({ type: 'answer', question: 'q2', value: 'la confiance', id: 's3' });
    expect(submission(play([{ type: 'draft', draft: '  ' }], s), 's4')).toBeUndefined();
  });

  it('says « non envoyée » with the server’s reason when a poll closed before the answer arrived', () => {
    let s = play(
      [
        { type: 'draft', draft: [1] },
        { type: 'submit', id: 's1' },
      ],
      joined(),
    );
    s = play([server({ type: 'error', error: 'closed', message: 'Le sondage est fermé.', id: 's1' })], s);
    expect(answerLine(s)).toEqual({ state: 'refused', text: t.notSent, hint: 'Le sondage est fermé.' });
  });

  it('keeps the draft when a state changes nothing on screen, and starts again on a new status', () => {
    let s = play([{ type: 'draft', draft: [2] }], joined());
    const key = questionKey(s.room);
    s = play([server(state('open', { count: 3 }))], s);
    expect(questionKey(s.room)).toBe(key);
    expect(s.draft).toEqual([2]);
    s = play([server(state('closed'))], s);
    expect(questionKey(s.room)).not.toBe(key);
    expect(s.draft).toEqual([]);
  });
});

describe('questions from the room on the phone', () => {
  const ask = (id: string, status: AskView['status'], votes = 0): AskView => ({
    id,
    text: `Question ${id}`,
    votes,
    status,
  });
  const list = (extra: Partial<RoomAsksMessage>): ServerMessage => ({ type: 'asks', asks: [], shown: null, ...extra });

  it('says a change of status of its own question once, not what it learns at a (re)join', () => {
    let s = play([server(list({ own: [ask('q1', 'pending')], mine: ['q1'] }))], joined());
    expect(s.asks.said.text).toBe('');
    s = play([server(list({ asks: [ask('q1', 'approved')], mine: ['q1'] }))], s);
    expect(s.asks.said).toEqual({ text: t.asks.published, state: 'sent' });
    s = play([server(list({ asks: [ask('q1', 'answered')], mine: ['q1'] }))], s);
    expect(s.asks.said.text).toBe(t.asks.answeredNow);
  });

  it('matches the acknowledgement to the question sent, and empties the form', () => {
    let s = play(
      [
        { type: 'ask-typed', text: 'Et TikTok?' },
        { type: 'ask', id: 'a1', sent: true },
      ],
      joined(),
    );
    expect(s.asks.said.text).toBe(t.asks.sending);
    s = play([server({ type: 'asked', ask: 'q9', id: 'other' })], s);
    expect(s.asks.text).toBe('Et TikTok?');
    s = play([server({ type: 'asked', ask: 'q9', id: 'a1' })], s);
    expect(s.asks).toMatchObject({ text: '', pending: undefined, said: { text: t.asks.sent, state: 'sent' } });
    expect(play([{ type: 'ask', id: 'a2', sent: false }], s).asks.said.text).toBe(t.asks.offline);
  });

  it('shows a vote at once, and puts it back as the server holds it when refused', () => {
    let s = play([server(list({ asks: [ask('q1', 'approved', 2)] }))], joined());
    expect(askItems(s.asks)[0]).toMatchObject({ voted: false, mine: false });
    s = play([{ type: 'vote', ask: 'q1', on: true, sent: true }], s);
    expect(askItems(s.asks)[0]?.voted).toBe(true);
    s = play([server({ type: 'error', error: 'ask-limit', message: 'Trop de votes.' })], s);
    expect(askItems(s.asks)[0]?.voted).toBe(false);
    expect(s.asks.said).toEqual({ text: 'Trop de votes.', state: 'refused' });
  });

  it('lists its own questions first, marks the one on screen, and forgets all at a new join', () => {
    const s = play(
      [server(list({ asks: [ask('q1', 'approved')], own: [ask('q2', 'pending')], mine: ['q2'], shown: 'q1' }))],
      joined(),
    );
    expect(askItems(s.asks).map((i) => [i.ask.id, i.mine, i.shown])).toEqual([
      ['q2', true, false],
      ['q1', false, true],
    ]);
    expect(askItems(play([{ type: 'join', code: 'EFGH' }], s).asks)).toEqual([]);
  });
});
