/**
 * Questions from the room, without network or storage: participants send short questions to the
 * presenter and vote for the ones the presenter published. Moderation is on by default: a new
 * question is « pending », seen only by its author and the presenter, until the presenter
 * publishes it; the presenter may also hide it, mark it answered, or show one (at most one at a
 * time) on the projected screen. What each kind of client receives is built here (participantLists,
 * presenterList, screenList), so the rule « nothing a participant wrote reaches another phone or
 * the screen before the presenter allows it » lives in one place and is tested without a server.
 * Text is data: it is normalised here and always shown with textContent, never as markup.
 */
import { askActions, askStatuses, type AskStatus, type AskView, type ModerateAction } from './room-messages.ts';
import { spreadsheetSafe } from '../spreadsheet-text.ts';

export type { AskStatus, AskView, ModerateAction };

/** Longest question, in characters (code points) after trimming. */
export const ASK_MAX_CHARS = 280;
/** Questions one participant may send in a session (pending, published or not). */
const ASKS_PER_PARTICIPANT = 5;
/** Questions a session may hold, all participants together. */
const ASKS_PER_SESSION = 500;

/** Every status, in the order the export and the tests list them. */
export const ASK_STATUSES: readonly AskStatus[] = askStatuses;
/** Every moderation action, in the order the presenter's panel shows them. */
export const MODERATE_ACTIONS: readonly ModerateAction[] = askActions;

/**
 * The one table of a question's moderation: for each status and status-changing action, the status
 * after it (null: refused). Publishing, hiding and marking answered work from any status, so the
 * presenter can undo a wrong click. Showing on the screen publishes a pending question (putting it
 * on the screen is an explicit allow) but refuses a hidden one: a hidden question must be published
 * again first, so one click on a stale list cannot put a rejected text in front of the room.
 * « unshow » changes no status (it only takes the question off the screen).
 */
export const ASK_TRANSITIONS: Readonly<Record<AskStatus, Readonly<Record<ModerateAction, AskStatus | null>>>> = {
  pending: { approve: 'approved', hide: 'hidden', answer: 'answered', show: 'approved', unshow: 'pending' },
  approved: { approve: 'approved', hide: 'hidden', answer: 'answered', show: 'approved', unshow: 'approved' },
  hidden: { approve: 'approved', hide: 'hidden', answer: 'answered', show: null, unshow: 'hidden' },
  answered: { approve: 'approved', hide: 'hidden', answer: 'answered', show: 'answered', unshow: 'answered' },
};

/** Whether a status is visible to every phone (published or answered). */
function isPublic(status: AskStatus): boolean {
  return status === 'approved' || status === 'answered';
}

/** A question from the room. */
export interface Ask {
  /** Its id in the session (a short sequence number, made by the server). */
  id: string;
  /** The participant id of its author (never sent to anyone: the room stays anonymous). */
  author: string;
  text: string;
  status: AskStatus;
  /** When it was sent, in ms since the epoch (the tie-breaker of the order). */
  created: number;
  /** Participant ids that voted for it. */
  votes: Set<string>;
}

/** The questions from the room of one session. */
export interface AskBoard {
  asks: Map<string, Ask>;
  /** The id of the question shown on the projected screen, if any. */
  shown: string | null;
  /** The sequence number of the next question's id. */
  next: number;
}

/** Why a question or a vote was refused (each is a RoomErrorCode). */
export type AskError = 'out-of-range' | 'ask-limit' | 'session-full' | 'ask-unavailable';
/** The outcome of a participant's or the presenter's action on the board. */
export type AskOutcome<T = undefined> = { ok: true; value: T } | { ok: false; error: AskError };

/** An empty board. */
export function newBoard(): AskBoard {
  return { asks: new Map(), shown: null, next: 1 };
}

/**
 * A question's text as stored and shown: line ends made « \n », control characters (other than
 * line breaks and tabs) and bidirectional overrides removed, spaces trimmed at both ends, at most
 * one empty line in a row. Returns undefined when it is empty or longer than ASK_MAX_CHARS.
 */
export function normaliseAsk(raw: string, max = ASK_MAX_CHARS): string | undefined {
  const text = raw
    .replace(/\r\n?/g, '\n')
    // C0 and C1 controls but \t and \n, and the bidi embeddings and isolates that could reverse text.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const length = [...text].length;
  return length >= 1 && length <= max ? text : undefined;
}

/** How many questions a participant sent in this session. */
function askedBy(board: AskBoard, participant: string): number {
  let n = 0;
  for (const ask of board.asks.values()) if (ask.author === participant) n++;
  return n;
}

/** The limits of asking, overridable by the server's limits table. */
export interface AskLimits {
  perParticipant: number;
  perSession: number;
}

/** Records a participant's question as pending; returns it (refused when empty, too long or over a limit). */
export function submitAsk(
  board: AskBoard,
  participant: string,
  raw: string,
  now: number,
  limits: AskLimits = { perParticipant: ASKS_PER_PARTICIPANT, perSession: ASKS_PER_SESSION },
): AskOutcome<Ask> {
  const text = normaliseAsk(raw);
  if (text === undefined) return { ok: false, error: 'out-of-range' };
  if (board.asks.size >= limits.perSession) return { ok: false, error: 'session-full' };
  if (askedBy(board, participant) >= limits.perParticipant) return { ok: false, error: 'ask-limit' };
  const ask: Ask = {
    id: `q${board.next.toString(36)}`,
    author: participant,
    text,
    status: 'pending',
    created: now,
    votes: new Set(),
  };
  board.next++;
  board.asks.set(ask.id, ask);
  return { ok: true, value: ask };
}

/**
 * Sets or removes a participant's vote. `on` says what the phone wants (not a toggle on the
 * server), so a message sent twice after a lost connection changes nothing the second time. Only
 * published questions take votes (not pending, hidden or answered ones), and not from their author:
 * a question starts level with the others, and its author cannot lift it alone.
 */
export function voteAsk(board: AskBoard, participant: string, id: string, on: boolean): AskOutcome<boolean> {
  const ask = board.asks.get(id);
  if (!ask || ask.status !== 'approved' || ask.author === participant) return { ok: false, error: 'ask-unavailable' };
  const before = ask.votes.has(participant);
  if (on) ask.votes.add(participant);
  else ask.votes.delete(participant);
  return { ok: true, value: before !== on };
}

/**
 * Whether an action does something to a question in `status` (`onScreen`: it is the one shown):
 * what enables the presenter's button for it.
 */
export function moderationAvailable(status: AskStatus, onScreen: boolean, action: ModerateAction): boolean {
  if (action === 'unshow') return onScreen;
  if (action === 'show') return ASK_TRANSITIONS[status].show !== null && !onScreen;
  return ASK_TRANSITIONS[status][action] !== status;
}

/**
 * Applies the presenter's action to a question. Hiding the question on the screen takes it off the
 * screen too; showing one replaces the one shown before (at most one at a time).
 */
export function moderateAsk(board: AskBoard, id: string, action: ModerateAction): AskOutcome {
  const ask = board.asks.get(id);
  if (!ask) return { ok: false, error: 'ask-unavailable' };
  const next = ASK_TRANSITIONS[ask.status][action];
  if (next === null) return { ok: false, error: 'ask-unavailable' };
  ask.status = next;
  if (action === 'show') board.shown = id;
  else if (action === 'unshow' && board.shown === id) board.shown = null;
  else if (action === 'hide' && board.shown === id) board.shown = null;
  return { ok: true, value: undefined };
}

/** Most votes first, then the oldest first (then by id, so equal questions never swap places). */
function byVotes(a: Ask, b: Ask): number {
  return b.votes.size - a.votes.size || a.created - b.created || a.id.localeCompare(b.id, 'en', { numeric: true });
}

function view(ask: Ask): AskView {
  return { id: ask.id, text: ask.text, votes: ask.votes.size, status: ask.status };
}

/** What the presenter sees: every question, by votes, and the one on the screen. */
export function presenterList(board: AskBoard): { asks: AskView[]; shown: string | null } {
  return { asks: [...board.asks.values()].sort(byVotes).map(view), shown: board.shown };
}

/** What the projected screen sees: the question shown, nothing else. */
export function screenList(board: AskBoard): { asks: AskView[]; shown: string | null } {
  const shown = board.shown ? board.asks.get(board.shown) : undefined;
  // Only a public question can be on the screen (the table keeps it so); checked again here all the same.
  return shown && isPublic(shown.status) ? { asks: [view(shown)], shown: shown.id } : { asks: [], shown: null };
}

/** What every phone sees in common: the published and answered questions, by votes. */
export function publicList(board: AskBoard): AskView[] {
  return [...board.asks.values()]
    .filter((a) => isPublic(a.status))
    .sort(byVotes)
    .map(view);
}

/**
 * What one phone sees beyond the public list: its own questions not published (pending, marked
 * « en attente de modération », or hidden, marked « non publiée », so its author is not left
 * wondering), the ids of its own questions, and those it voted for.
 */
export function participantExtras(board: AskBoard, participant: string): ParticipantExtras {
  // One pass over the questions, a set lookup for the vote: what a phone joining a busy room costs.
  const extras: ParticipantExtras = { own: [], mine: [], voted: [] };
  for (const ask of board.asks.values()) {
    if (ask.author === participant) {
      extras.mine.push(ask.id);
      if (!isPublic(ask.status)) extras.own.push(view(ask));
    }
    if (ask.votes.has(participant)) extras.voted.push(ask.id);
  }
  return extras;
}

/** What one phone sees beyond the public list (participantExtras). */
export interface ParticipantExtras {
  own: AskView[];
  mine: string[];
  voted: string[];
}

/**
 * The extras of every participant who asked or voted, in one pass over the questions and their
 * votes: the server sends each phone its own without going through every question once per phone.
 */
export function extrasByParticipant(board: AskBoard): Map<string, ParticipantExtras> {
  const index = new Map<string, ParticipantExtras>();
  const of = (participant: string) => {
    let extras = index.get(participant);
    if (!extras) index.set(participant, (extras = { own: [], mine: [], voted: [] }));
    return extras;
  };
  for (const ask of board.asks.values()) {
    const author = of(ask.author);
    author.mine.push(ask.id);
    if (!isPublic(ask.status)) author.own.push(view(ask));
    for (const voter of ask.votes) of(voter).voted.push(ask.id);
  }
  return index;
}

/** The export's headers for the questions from the room. */
const ASK_EXPORT_HEADERS = ['Question de la salle', 'Votes', 'Statut'] as const;

/** How the export names each status. */
const ASK_STATUS_LABELS: Readonly<Record<AskStatus, string>> = {
  pending: 'En attente de modération',
  approved: 'Publiée',
  hidden: 'Masquée',
  answered: 'Répondue',
};

/**
 * The questions from the room as rows for the export: a header, then every question (hidden ones
 * too: the export is the presenter's), by votes, their text neutralised where a spreadsheet would
 * run it (spreadsheetSafe). Empty when nobody asked anything.
 */
export function askRows(board: AskBoard | undefined): Array<Array<string | number>> {
  if (!board || board.asks.size === 0) return [];
  const rows: Array<Array<string | number>> = [[...ASK_EXPORT_HEADERS]];
  for (const ask of [...board.asks.values()].sort(byVotes))
    rows.push([spreadsheetSafe(ask.text), ask.votes.size, ASK_STATUS_LABELS[ask.status]]);
  return rows;
}

/**
 * How many questions now wait for moderation that the presenter's view had not seen (it announces
 * them), and the ids seen from now on. The first list of a view (`seen` undefined: a load, a new
 * session) announces nothing.
 */
export function freshPending(
  seen: ReadonlySet<string> | undefined,
  asks: readonly AskView[],
): { fresh: number; seen: Set<string> } {
  const fresh = seen ? asks.filter((a) => a.status === 'pending' && !seen.has(a.id)).length : 0;
  return { fresh, seen: new Set(asks.map((a) => a.id)) };
}
