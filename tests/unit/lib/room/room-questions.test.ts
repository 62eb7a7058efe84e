// Questions from the room, the pure model: what a participant may send, every moderation rule of
// the table, votes, the order, and above all what each kind of client receives (a pending
// question's text reaches only its author and the presenter).
import { describe, expect, it } from 'vitest';
import {
  freshPending,
  type AskView,
  ASK_MAX_CHARS,
  ASK_STATUSES,
  ASK_TRANSITIONS,
  MODERATE_ACTIONS,
  askRows,
  moderateAsk,
  moderationAvailable,
  newBoard,
  normaliseAsk,
  participantExtras,
  presenterList,
  publicList,
  screenList,
  submitAsk,
  voteAsk,
  type AskBoard,
} from '../../../../src/lib/room/room-questions';
import { MAX_ASK_BYTES, parseClientMessage } from '../../../../src/lib/room/room-messages';

/** A board with one question per author, sent one second apart; returns the board and the ids. */
function boardWith(...authors: string[]): { board: AskBoard; ids: string[] } {
  const board = newBoard();
  const ids = authors.map((author, i) => {
    const outcome = submitAsk(board, author, `Question ${i + 1} de ${author}?`, 1_000 * (i + 1));
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.value.id;
  });
  return { board, ids };
}

/** Everything a client receives, as text, to look for a string in it. */
const seenBy = {
  phone: (board: AskBoard, participant: string) =>
    JSON.stringify({ list: publicList(board), ...participantExtras(board, participant) }),
  screen: (board: AskBoard) => JSON.stringify(screenList(board)),
};

describe('questions from the room: sending', () => {
  it('trims the text, keeps line breaks, drops control characters and bidi overrides', () => {
    expect(normaliseAsk('  Pourquoi?  ')).toBe('Pourquoi?');
    expect(normaliseAsk('Ligne 1\r\nLigne 2\n\n\n\nLigne 3')).toBe('Ligne 1\nLigne 2\n\nLigne 3');
    expect(normaliseAsk('A\u0000B\u0007C\u202eD\u2066E')).toBe('ABCDE');
    expect(normaliseAsk('<b>gras</b> & =1+1')).toBe('<b>gras</b> & =1+1');
  });

  it('refuses an empty question and one over 280 characters (counted as characters, not UTF-16 units)', () => {
    const board = newBoard();
    expect(submitAsk(board, 'p1', '   \n ', 0)).toEqual({ ok: false, error: 'out-of-range' });
    expect(submitAsk(board, 'p1', 'x'.repeat(ASK_MAX_CHARS + 1), 0)).toEqual({ ok: false, error: 'out-of-range' });
    expect(submitAsk(board, 'p1', 'x'.repeat(ASK_MAX_CHARS), 0).ok).toBe(true);
    // 280 emoji are 560 UTF-16 units but 280 characters: accepted.
    expect(submitAsk(board, 'p1', '🙂'.repeat(ASK_MAX_CHARS), 0).ok).toBe(true);
    expect(board.asks.size).toBe(2);
  });

  it('starts every question pending, with its own id, and bounds the count per participant and per session', () => {
    const board = newBoard();
    for (let i = 0; i < 5; i++) expect(submitAsk(board, 'p1', `Q${i}`, i).ok).toBe(true);
    expect(submitAsk(board, 'p1', 'Une de trop', 9)).toEqual({ ok: false, error: 'ask-limit' });
    expect(submitAsk(board, 'p2', 'Autre', 9).ok).toBe(true);
    expect(new Set(board.asks.keys()).size).toBe(6);
    expect([...board.asks.values()].every((a) => a.status === 'pending')).toBe(true);
    const small = newBoard();
    const limits = { perParticipant: 5, perSession: 2 };
    expect(submitAsk(small, 'a', 'Un', 0, limits).ok).toBe(true);
    expect(submitAsk(small, 'b', 'Deux', 0, limits).ok).toBe(true);
    expect(submitAsk(small, 'c', 'Trois', 0, limits)).toEqual({ ok: false, error: 'session-full' });
  });
});

describe('questions from the room: moderation', () => {
  it('follows the table for every status and action, and the panel enables exactly what changes something', () => {
    for (const status of ASK_STATUSES)
      for (const action of MODERATE_ACTIONS) {
        const { board, ids } = boardWith('p1');
        const id = ids[0] as string;
        const ask = board.asks.get(id);
        if (!ask) throw new Error('no ask');
        ask.status = status;
        const expected = ASK_TRANSITIONS[status][action];
        const available = moderationAvailable(status, false, action);
        const outcome = moderateAsk(board, id, action);
        expect(outcome.ok, `${status} ${action}`).toBe(expected !== null);
        if (expected !== null) expect(ask.status, `${status} ${action}`).toBe(expected);
        if (action === 'show') expect(board.shown === id).toBe(expected !== null);
        if (action === 'unshow') expect(available).toBe(false);
        else if (action === 'show') expect(available).toBe(expected !== null);
        else expect(available, `${status} ${action}`).toBe(expected !== status);
        expect(moderationAvailable(status, true, 'show')).toBe(false);
        expect(moderationAvailable(status, true, 'unshow')).toBe(true);
      }
  });

  it('refuses to act on an unknown question, and to show a hidden one', () => {
    const { board, ids } = boardWith('p1');
    expect(moderateAsk(board, 'q99', 'approve')).toEqual({ ok: false, error: 'ask-unavailable' });
    moderateAsk(board, ids[0] as string, 'hide');
    expect(moderateAsk(board, ids[0] as string, 'show')).toEqual({ ok: false, error: 'ask-unavailable' });
    expect(board.shown).toBeNull();
  });

  it('shows at most one question on the screen; hiding or « Retirer de l’écran » takes it off', () => {
    const { board, ids } = boardWith('p1', 'p2');
    const [a, b] = ids as [string, string];
    moderateAsk(board, a, 'approve');
    moderateAsk(board, b, 'approve');
    moderateAsk(board, a, 'show');
    expect(board.shown).toBe(a);
    moderateAsk(board, b, 'show');
    expect(board.shown).toBe(b);
    expect(screenList(board).asks.map((x) => x.id)).toEqual([b]);
    // « Retirer de l'écran » of a question not on the screen changes nothing.
    moderateAsk(board, a, 'unshow');
    expect(board.shown).toBe(b);
    moderateAsk(board, b, 'unshow');
    expect(board.shown).toBeNull();
    moderateAsk(board, a, 'show');
    moderateAsk(board, a, 'hide');
    expect(board.shown).toBeNull();
    expect(screenList(board)).toEqual({ asks: [], shown: null });
    // Marking answered keeps it on the screen (the presenter answers it while it is shown).
    moderateAsk(board, b, 'show');
    moderateAsk(board, b, 'answer');
    expect(screenList(board).asks).toEqual([{ id: b, text: 'Question 2 de p2?', votes: 0, status: 'answered' }]);
  });

  it('publishes a pending question that the presenter puts on the screen', () => {
    const { board, ids } = boardWith('p1');
    moderateAsk(board, ids[0] as string, 'show');
    expect(board.asks.get(ids[0] as string)?.status).toBe('approved');
    expect(screenList(board).asks).toHaveLength(1);
  });
});

describe('questions from the room: what each client receives', () => {
  it('keeps a pending question’s text from other phones and the screen, and tells its author it waits', () => {
    const { board, ids } = boardWith('auteur');
    const text = 'Question 1 de auteur?';
    expect(seenBy.phone(board, 'voisin')).not.toContain(text);
    expect(seenBy.screen(board)).not.toContain(text);
    expect(publicList(board)).toEqual([]);
    expect(participantExtras(board, 'auteur')).toEqual({
      own: [{ id: ids[0], text, votes: 0, status: 'pending' }],
      mine: [ids[0]],
      voted: [],
    });
    expect(presenterList(board).asks.map((a) => a.text)).toEqual([text]);
    // Never an author id in what anyone receives.
    expect(JSON.stringify(presenterList(board))).not.toContain('auteur"');
  });

  it('keeps a hidden question from other phones and the screen; its author sees it « non publiée »', () => {
    const { board, ids } = boardWith('auteur');
    moderateAsk(board, ids[0] as string, 'approve');
    expect(seenBy.phone(board, 'voisin')).toContain('Question 1 de auteur?');
    moderateAsk(board, ids[0] as string, 'hide');
    expect(seenBy.phone(board, 'voisin')).not.toContain('Question 1 de auteur?');
    expect(seenBy.screen(board)).not.toContain('Question 1 de auteur?');
    expect(participantExtras(board, 'auteur').own.map((a) => a.status)).toEqual(['hidden']);
  });

  it('shows published and answered questions to every phone, by votes then age', () => {
    const { board, ids } = boardWith('a', 'b', 'c', 'd');
    const [q1, q2, q3, q4] = ids as [string, string, string, string];
    for (const id of [q1, q2, q3]) moderateAsk(board, id, 'approve');
    voteAsk(board, 'x', q3, true);
    voteAsk(board, 'y', q3, true);
    voteAsk(board, 'x', q2, true);
    moderateAsk(board, q1, 'answer');
    expect(publicList(board).map((a) => [a.id, a.votes, a.status])).toEqual([
      [q3, 2, 'approved'],
      [q2, 1, 'approved'],
      [q1, 0, 'answered'],
    ]);
    // q4 is pending: on the presenter's list (last: no votes, newest), on no phone but its author's.
    expect(presenterList(board).asks.map((a) => a.id)).toEqual([q3, q2, q1, q4]);
    expect(participantExtras(board, 'x')).toEqual({ own: [], mine: [], voted: [q2, q3] });
  });
});

describe('questions from the room: votes', () => {
  it('takes one vote per participant, sets and removes it idempotently', () => {
    const { board, ids } = boardWith('a');
    const id = ids[0] as string;
    moderateAsk(board, id, 'approve');
    expect(voteAsk(board, 'x', id, true)).toEqual({ ok: true, value: true });
    expect(voteAsk(board, 'x', id, true)).toEqual({ ok: true, value: false });
    expect(board.asks.get(id)?.votes.size).toBe(1);
    expect(voteAsk(board, 'x', id, false)).toEqual({ ok: true, value: true });
    expect(voteAsk(board, 'x', id, false)).toEqual({ ok: true, value: false });
    expect(board.asks.get(id)?.votes.size).toBe(0);
  });

  it('refuses votes on pending, hidden, answered and unknown questions, and on one’s own', () => {
    const { board, ids } = boardWith('a');
    const id = ids[0] as string;
    expect(voteAsk(board, 'x', id, true)).toEqual({ ok: false, error: 'ask-unavailable' });
    moderateAsk(board, id, 'hide');
    expect(voteAsk(board, 'x', id, true).ok).toBe(false);
    moderateAsk(board, id, 'answer');
    expect(voteAsk(board, 'x', id, true).ok).toBe(false);
    moderateAsk(board, id, 'approve');
    expect(voteAsk(board, 'a', id, true)).toEqual({ ok: false, error: 'ask-unavailable' });
    expect(voteAsk(board, 'x', 'q404', true).ok).toBe(false);
    expect(voteAsk(board, 'x', id, true).ok).toBe(true);
  });
});

describe('questions from the room: export rows', () => {
  it('lists every question by votes, with its status in French, formula-looking text neutralised', () => {
    const { board, ids } = boardWith('a', 'b');
    const [q1, q2] = ids as [string, string];
    const ask = board.asks.get(q1);
    if (ask) ask.text = '=cmd|calc';
    moderateAsk(board, q2, 'approve');
    voteAsk(board, 'x', q2, true);
    expect(askRows(board)).toEqual([
      ['Question de la salle', 'Votes', 'Statut'],
      ['Question 2 de b?', 1, 'Publiée'],
      ["'=cmd|calc", 0, 'En attente de modération'],
    ]);
    expect(askRows(newBoard())).toEqual([]);
    expect(askRows(undefined)).toEqual([]);
  });
});

describe('questions from the room: messages', () => {
  it('accepts ask, vote and moderate as the schema says, and refuses the rest', () => {
    const ok = (m: object) => parseClientMessage(JSON.stringify(m)).ok;
    expect(ok({ type: 'ask', text: 'Pourquoi?', id: 's1' })).toBe(true);
    expect(ok({ type: 'ask', text: '' })).toBe(false);
    expect(ok({ type: 'ask', text: 'x'.repeat(MAX_ASK_BYTES + 1) })).toBe(false);
    expect(ok({ type: 'vote', ask: 'q1', on: true })).toBe(true);
    expect(ok({ type: 'vote', ask: 'q1' })).toBe(false);
    expect(ok({ type: 'vote', ask: '../q1', on: true })).toBe(false);
    for (const action of MODERATE_ACTIONS) expect(ok({ type: 'moderate', ask: 'qz', action })).toBe(true);
    expect(ok({ type: 'moderate', ask: 'q1', action: 'delete' })).toBe(false);
  });
});

describe('the presenter’s news of questions waiting', () => {
  const view = (id: string, status: AskView['status']): AskView => ({ id, text: id, votes: 0, status });
  it('announces nothing at a first list, then only questions waiting that were not seen', () => {
    const first = freshPending(undefined, [view('q1', 'pending')]);
    expect(first.fresh).toBe(0);
    const second = freshPending(first.seen, [view('q1', 'pending'), view('q2', 'pending'), view('q3', 'approved')]);
    expect(second.fresh).toBe(1);
    expect(
      freshPending(second.seen, [view('q1', 'approved'), view('q2', 'pending'), view('q3', 'approved')]).fresh,
    ).toBe(0);
  });
});
