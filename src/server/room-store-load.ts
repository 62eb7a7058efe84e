/**
 * Reading the room's sessions back from their file at start (src/server/room-store.ts): the newest
 * sessions, their questions, answers, hidden groups and questions from the room, each row
 * distrusted (checked against the message schemas) and no more than the limits allow.
 */
import type { DatabaseSync } from 'node:sqlite';
import {
  roomAnswerSchema,
  askStatuses,
  decisionHows,
  questionSchema,
  type RoomDecision,
} from '../lib/room/room-messages.ts';
import { normaliseAsk, type AskBoard } from '../lib/room/room-questions.ts';
import { isExpired, type Session } from '../lib/room/room-session.ts';
import type { QuestionStatus } from '../lib/room/room-transitions.ts';
import type { RoomLimits } from './room-limits.ts';

const statuses: readonly QuestionStatus[] = ['open', 'closed', 'revealed'];

/** A stored decision, distrusted: undefined unless it names an option of `options` and a known « how ». */
function parseDecision(text: unknown, options: number): RoomDecision | undefined {
  const raw = parseJson(text) as { option?: unknown; how?: unknown } | undefined;
  const how = decisionHows.find((h) => h === raw?.how);
  const option = raw?.option;
  return how && Number.isInteger(option) && (option as number) >= 0 && (option as number) < options
    ? { option: option as number, how }
    : undefined;
}

function parseJson(text: unknown): unknown {
  try {
    return typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The sessions of the file that have not expired: the newest maxSessions, each with at most the
 * questions, participants and answers the limits allow (rows beyond are left in the file, unread).
 */
export function readSessions(db: DatabaseSync, limits: RoomLimits, now: number): Session[] {
  const sessions = new Map<string, Session>();
  const rows = db
    .prepare('SELECT code, secret, deck, created, current, owner FROM sessions ORDER BY created DESC LIMIT ?')
    .iterate(limits.maxSessions);
  for (const row of rows) {
    const { code, secret, deck, created, current, owner } = row;
    if (typeof code !== 'string' || typeof secret !== 'string' || typeof deck !== 'string') continue;
    if (typeof created !== 'number' || created > now + 60_000) continue;
    const session: Session = {
      code,
      secret,
      deck,
      created,
      current: typeof current === 'string' ? current : null,
      owner: typeof owner === 'string' ? owner : '',
      questions: new Map(),
    };
    if (!isExpired(session, now)) sessions.set(code, session);
  }
  for (const row of db.prepare('SELECT code, id, definition, status, decision FROM questions').iterate()) {
    const session = sessions.get(String(row.code));
    if (!session || session.questions.size >= limits.questionsPerSession) continue;
    const question = questionSchema.safeParse(parseJson(row.definition));
    const status = statuses.find((s) => s === row.status);
    if (!question.success || !status) continue;
    const decision = parseDecision(row.decision, question.data.options.length);
    session.questions.set(question.data.id, { question: question.data, status, answers: new Map(), decision });
  }
  const answers = new Map<string, { count: number; participants: Set<string> }>();
  for (const row of db.prepare('SELECT code, question, participant, value FROM answers').iterate()) {
    const code = String(row.code);
    const state = sessions.get(code)?.questions.get(String(row.question));
    if (!state || typeof row.participant !== 'string') continue;
    let tally = answers.get(code);
    if (!tally) answers.set(code, (tally = { count: 0, participants: new Set() }));
    if (tally.count >= limits.answersPerSession) continue;
    const known = tally.participants.has(row.participant);
    if (!known && tally.participants.size >= limits.participantsPerSession) continue;
    const value = roomAnswerSchema.safeParse(parseJson(row.value));
    if (!value.success || (typeof value.data === 'string') !== (state.question.kind === 'open')) continue;
    tally.participants.add(row.participant);
    tally.count++;
    state.answers.set(row.participant, value.data);
  }
  for (const row of db.prepare('SELECT code, question, key FROM hidden_texts').iterate()) {
    const state = sessions.get(String(row.code))?.questions.get(String(row.question));
    if (state?.question.kind === 'open' && typeof row.key === 'string' && (state.hidden?.size ?? 0) < 1000)
      (state.hidden ??= new Set()).add(row.key);
  }
  readAsks(db, limits, sessions);
  return [...sessions.values()];
}

/** Reads back the questions from the room and their votes, at most what the limits allow. */
function readAsks(db: DatabaseSync, limits: RoomLimits, sessions: Map<string, Session>): void {
  const rows = db.prepare('SELECT code, id, author, text, status, created, shown FROM asks ORDER BY created, id');
  for (const row of rows.iterate()) {
    const session = sessions.get(String(row.code));
    const status = askStatuses.find((s) => s === row.status);
    const text = typeof row.text === 'string' ? normaliseAsk(row.text) : undefined;
    const { id, author, created } = row;
    if (!session || !status || text === undefined || typeof id !== 'string' || typeof author !== 'string') continue;
    if (typeof created !== 'number' || !/^q[0-9a-z]{1,8}$/.test(id)) continue;
    const board: AskBoard = (session.asks ??= { asks: new Map(), shown: null, next: 1 });
    if (board.asks.size >= limits.asksPerSession) continue;
    board.asks.set(id, { id, author, text, status, created, votes: new Set() });
    // The next id follows the highest one read, so a new question never takes an old one's id.
    board.next = Math.max(board.next, parseInt(id.slice(1), 36) + 1);
    if (row.shown === 1 && (status === 'approved' || status === 'answered')) board.shown = id;
  }
  for (const row of db.prepare('SELECT code, ask, participant FROM ask_votes').iterate()) {
    const ask = sessions.get(String(row.code))?.asks?.asks.get(String(row.ask));
    if (ask && typeof row.participant === 'string' && ask.votes.size < limits.participantsPerSession)
      ask.votes.add(row.participant);
  }
}
