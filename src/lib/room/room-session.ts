/**
 * The session model of room mode, without network or storage: a session has a short code, a
 * presenter secret and questions the presenter opens, closes, reveals and resets; anonymous
 * participants give one answer per question, which they may change while it is open. The server
 * wraps it with sockets and SQLite; the tests drive it directly. The poll's statuses and actions
 * are the table of room-transitions.ts; the results' rows for an export, room-export-rows.ts.
 */
import {
  type RoomDecision,
  CODE_ALPHABET,
  CODE_LENGTH,
  type PublicQuestion,
  type RoomAnswer,
  type RoomErrorCode,
  type RoomQuestion,
  type RoomResults,
  type RoomStateMessage,
} from './room-messages.ts';
import type { AskBoard } from './room-questions.ts';
import { cleanOpenText, groupOpenAnswers, openKey, publicGroups } from './room-open.ts';
import { TRANSITIONS, type PollAction, type QuestionStatus } from './room-transitions.ts';

/** A session lasts a day from its creation, then its code no longer works. */
export const SESSION_TTL_MS = 24 * 60 * 60 * 1000;

/** A question of the session and its answers, by participant id. */
export interface QuestionState {
  question: RoomQuestion;
  status: QuestionStatus;
  answers: Map<string, RoomAnswer>;
  /** For an open question: the keys of the groups the presenter hid (src/lib/room/room-open.ts). */
  hidden?: Set<string>;
  /** For a vote the deck has followed: the option taken, and how. */
  decision?: RoomDecision | undefined;
}

/** A room session. */
export interface Session {
  code: string;
  secret: string;
  /** The deck it was created for (« tout » or a lesson's slug). */
  deck: string;
  /** Creation time, in ms since the epoch. */
  created: number;
  /** Id of the question last opened (what the phones show). */
  current: string | null;
  /** Who created it (the client's address), for the limit of sessions per presenter. */
  owner?: string;
  questions: Map<string, QuestionState>;
  /** Questions from the room (src/lib/room/room-questions.ts), once someone asked one. */
  asks?: AskBoard;
}

/**
 * What an action on a session changed, for whoever keeps sessions (the room server's store): the
 * question to write again, whether its answers were emptied (a reset, or a changed question opened
 * over an old one), and for an answer the value as held (cleaned, sorted).
 */
export interface Change {
  question: QuestionState;
  cleared: boolean;
  answer?: RoomAnswer;
}

/** The outcome of an action on a session: what changed, or why nothing did. */
export type Outcome = { ok: true; change: Change } | { ok: false; error: RoomErrorCode };

const changed = (question: QuestionState, cleared = false): Outcome => ({ ok: true, change: { question, cleared } });

/** A source of random integers in [0, n): crypto in the server, seeded in tests. */
export type RandomInt = (n: number) => number;

/** A new session code, from an alphabet without ambiguous letters. */
export function makeCode(random: RandomInt): string {
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i++) out += CODE_ALPHABET[random(CODE_ALPHABET.length)];
  return out;
}

/** A new session, with a code not in `taken` (tries again on a collision). */
export function createSession(
  deck: string,
  now: number,
  random: RandomInt,
  secret: string,
  taken: (code: string) => boolean = () => false,
): Session {
  let code = makeCode(random);
  for (let tries = 0; taken(code) && tries < 1000; tries++) code = makeCode(random);
  if (taken(code)) throw new Error('Plus aucun code de séance libre.');
  return { code, secret, deck, created: now, current: null, questions: new Map() };
}

/** Whether a session is over (a day after its creation). */
export function isExpired(session: Session, now: number): boolean {
  return now - session.created >= SESSION_TTL_MS;
}

/** Whether two question definitions are the same (then reopening keeps the answers). */
function sameQuestion(a: RoomQuestion, b: RoomQuestion): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether a question's right answer fits its options (else it is refused when opened). */
export function questionIsValid(q: RoomQuestion): boolean {
  const n = q.options.length;
  if (q.kind === 'open') return n === 0 && q.correct.length === 0;
  if (n < 2) return false;
  const unique = new Set(q.correct).size === q.correct.length;
  if (!unique || q.correct.some((i) => i >= n)) return false;
  switch (q.kind) {
    case 'single':
      return q.correct.length === 1;
    case 'true-false':
      return n === 2 && q.correct.length === 1;
    case 'multiple':
      return q.correct.length >= 1;
    case 'ordering':
      return q.correct.length === n;
    case 'vote':
      return q.correct.length === 0;
  }
}

/**
 * Opens a question for answers and makes it the one the phones show. The same question opened
 * again keeps its answers (the trainer went back a slide, or reopens after a reveal); a changed
 * one starts empty.
 */
export function openQuestion(session: Session, question: RoomQuestion): Outcome {
  if (!questionIsValid(question)) return { ok: false, error: 'out-of-range' };
  const known = session.questions.get(question.id);
  session.current = question.id;
  if (known && sameQuestion(known.question, question)) {
    known.status = TRANSITIONS[known.status].open ?? known.status;
    return changed(known);
  }
  const fresh: QuestionState = { question, status: 'open', answers: new Map() };
  session.questions.set(question.id, fresh);
  // A changed question replaces the old one, answers and all.
  return changed(fresh, known !== undefined);
}

/** Applies an action of the table to a question already opened once (else `no-question`). */
function apply(session: Session, id: string, action: Exclude<PollAction, 'open'>): Outcome {
  const q = session.questions.get(id);
  if (!q) return { ok: false, error: 'no-question' };
  const next = TRANSITIONS[q.status][action];
  if (!next) return { ok: false, error: 'no-question' };
  if (action === 'reset') {
    q.answers.clear();
    delete q.hidden;
    q.decision = undefined;
    session.current = id;
  }
  q.status = next;
  return changed(q, action === 'reset');
}

/** Stops taking answers for a question. */
export function closeQuestion(session: Session, id: string): Outcome {
  return apply(session, id, 'close');
}

/** Shows the right answer and the room's result (which closes the question). */
export function revealQuestion(session: Session, id: string): Outcome {
  return apply(session, id, 'reveal');
}

/** Hides a revealed result again: the question stays closed, its answers kept. */
export function hideQuestion(session: Session, id: string): Outcome {
  return apply(session, id, 'hide');
}

/** Clears a question's answers and opens it again, for a new round. */
export function resetQuestion(session: Session, id: string): Outcome {
  return apply(session, id, 'reset');
}

/**
 * The deck followed a vote (a decision of a branching simulation): records the option taken and how,
 * and reveals the room's split, so the phones see what the room chose once the deck has moved on —
 * never before, and never what comes next (the deck alone knows the consequence). Deciding again
 * replaces the decision (the trainer took a choice back); a reset forgets it.
 */
export function decideQuestion(session: Session, id: string, decision: RoomDecision): Outcome {
  const q = session.questions.get(id);
  if (!q) return { ok: false, error: 'no-question' };
  if (q.question.kind !== 'vote' || decision.option >= q.question.options.length)
    return { ok: false, error: 'out-of-range' };
  q.decision = { option: decision.option, how: decision.how };
  q.status = 'revealed';
  return changed(q);
}

/**
 * The presenter moved to another slide: the phones show that slide's question (whatever its
 * status: open, closed with their answer, or revealed with the result), or wait when the slide
 * has none that was opened. The rule for a poll left open on a slide the trainer left: it is
 * closed, its answers kept — answers sent after the trainer moved on would change a count nobody
 * is looking at, and a phone would keep showing a question the room no longer sees. Back on that
 * slide, « Ouvrir » opens it again with its answers. Returns whether the phones' question changed
 * (`moved`) and the question it closed, if any.
 */
export function followSlide(session: Session, id: string | null): { moved: boolean; closed: QuestionState | null } {
  const before = session.current;
  const left = before ? session.questions.get(before) : undefined;
  let closed: QuestionState | null = null;
  if (left && before !== id && left.status === 'open') {
    left.status = 'closed';
    closed = left;
  }
  session.current = id !== null && session.questions.has(id) ? id : null;
  return { moved: session.current !== before, closed };
}

/** Whether an answer fits a question: one option, several distinct ones, every item once, or a text. */
function answerFits(question: RoomQuestion, value: RoomAnswer): boolean {
  if (question.kind === 'open') return typeof value === 'string' && cleanOpenText(value) !== undefined;
  if (typeof value === 'string') return false;
  const n = question.options.length;
  if (value.some((i) => !Number.isInteger(i) || i < 0 || i >= n)) return false;
  const distinct = new Set(value).size === value.length;
  switch (question.kind) {
    case 'single':
    case 'true-false':
    case 'vote':
      return value.length === 1;
    case 'multiple':
      return distinct && value.length >= 1;
    case 'ordering':
      return distinct && value.length === n;
  }
}

/**
 * The presenter hides a group of open answers (`group`: its key), or shows it again: a hidden group
 * never reaches phones or the screen, before or after the reveal. Any status once opened.
 */
export function hideOpenGroup(session: Session, id: string, group: string, hidden: boolean): Outcome {
  const q = session.questions.get(id);
  if (!q) return { ok: false, error: 'no-question' };
  if (q.question.kind !== 'open') return { ok: false, error: 'out-of-range' };
  const key = openKey(group);
  if (hidden) (q.hidden ??= new Set()).add(key);
  else q.hidden?.delete(key);
  return changed(q);
}

/** An open question's groups, hidden ones marked (what the presenter sees). */
export function openGroups(state: QuestionState): ReturnType<typeof groupOpenAnswers> {
  return groupOpenAnswers(state.answers.values(), state.hidden);
}

/** Records (or replaces) a participant's answer to an open question. */
export function answerQuestion(session: Session, participant: string, id: string, value: RoomAnswer): Outcome {
  const q = session.questions.get(id);
  if (!q) return { ok: false, error: 'no-question' };
  if (q.status !== 'open') return { ok: false, error: 'closed' };
  if (!answerFits(q.question, value)) return { ok: false, error: 'out-of-range' };
  // Multiple choices are kept sorted, so the same choice in another order is the same answer.
  // An open answer is kept cleaned (spaces collapsed), as the phone is then told it was stored.
  const stored =
    typeof value === 'string'
      ? (cleanOpenText(value) ?? value)
      : q.question.kind === 'multiple'
        ? [...value].sort((a, b) => a - b)
        : [...value];
  q.answers.set(participant, stored);
  return { ok: true, change: { question: q, cleared: false, answer: stored } };
}

/** How many chose each option, and the most frequent orders (at most `top`), most frequent first. */
export function tally(state: QuestionState, top = 3): RoomResults {
  const counts = state.question.options.map(() => 0);
  const orders = new Map<string, { order: number[]; count: number }>();
  for (const value of state.answers.values()) {
    if (typeof value === 'string') continue;
    if (state.question.kind === 'ordering') {
      const key = value.join(',');
      const known = orders.get(key);
      if (known) known.count++;
      else orders.set(key, { order: value, count: 1 });
    } else {
      for (const i of value) counts[i] = (counts[i] ?? 0) + 1;
    }
  }
  // Ties keep the first order given, so the list does not reshuffle between two equal updates.
  const sorted = [...orders.values()].sort((a, b) => b.count - a.count).slice(0, top);
  return { total: state.answers.size, counts, orders: sorted };
}

/** Share of `count` in `total`, as a whole percent (0 when nobody answered). */
export function percent(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

/** What the phones may see of a question: no right answer. */
function publicQuestion(q: RoomQuestion): PublicQuestion {
  return { id: q.id, kind: q.kind, prompt: q.prompt, options: [...q.options] };
}

/**
 * The session's current poll as one client sees it: the question, its status and count; the right
 * answer and results once revealed; a participant's own answer when `participant` is given. For an
 * open question, phones and the screen get the groups not hidden once revealed, never before; the
 * presenter (`presenter`) gets every group at any status.
 */
export function stateFor(session: Session, present: number, participant?: string, presenter = false): RoomStateMessage {
  const state = session.current ? session.questions.get(session.current) : undefined;
  if (!state) return { type: 'state', code: session.code, question: null, status: 'none', count: 0, present };
  const message: RoomStateMessage = {
    type: 'state',
    code: session.code,
    question: publicQuestion(state.question),
    status: state.status,
    count: state.answers.size,
    present,
  };
  if (state.status === 'revealed') {
    message.correct = [...state.question.correct];
    message.results = tally(state);
  }
  if (state.question.kind === 'open') {
    delete message.results;
    const groups = openGroups(state);
    const shown = presenter ? groups : publicGroups(groups, state.status === 'revealed');
    if (shown) message.groups = shown;
  }
  if (state.decision) message.decision = { ...state.decision };
  if (participant) message.yours = state.answers.get(participant);
  return message;
}
