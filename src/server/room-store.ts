/**
 * Keeps room sessions in a SQLite file (Node's built-in node:sqlite), so a server restart during a
 * talk loses no answer already given. Every change is written at once; on start the sessions of
 * the last day are read back, at most what the limits allow. Faults are told apart by kind: a
 * damaged file (anywhere: an integrity check runs at start) is set aside and the room starts
 * afresh; a file another program holds locked is waited for, then the server stops with a clear
 * message and the file untouched; an older table layout is migrated; a full disk or a locked write
 * throws, which the hub answers with « server-error ».
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import {
  roomAnswerSchema,
  askStatuses,
  type RoomAnswer,
  decisionHows,
  questionSchema,
  type RoomDecision,
} from '../lib/room-messages.ts';
import { normaliseAsk, type Ask, type AskBoard } from '../lib/room-questions.ts';
import { isExpired, SESSION_TTL_MS, type QuestionState, type Session } from '../lib/room-session.ts';
import type { QuestionStatus } from '../lib/room-transitions.ts';
import { room as t } from '../i18n/fr-room.ts';
import { LIMITS, type RoomLimits } from './room-limits.ts';

/**
 * Version of the table layout, kept in PRAGMA user_version (0: the first layout, without owner; 1:
 * with owner; 2: with the questions from the room, tables asks and ask_votes; 3: with the decision
 * a simulation's vote took, column questions.decision; 4: with open answers, whose texts go in
 * answers.value as JSON strings, and the groups the presenter hid, table hidden_texts). Going up creates what is missing (the two
 * tables by CREATE TABLE IF NOT EXISTS, the column by ALTER TABLE); the version stops an older
 * server, which would neither read nor delete them, from opening the file.
 */
export const LAYOUT_VERSION = 4;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS sessions (
    code TEXT PRIMARY KEY, secret TEXT NOT NULL, deck TEXT NOT NULL, created INTEGER NOT NULL, current TEXT,
    owner TEXT NOT NULL DEFAULT ''
  );
  CREATE TABLE IF NOT EXISTS questions (
    code TEXT NOT NULL, id TEXT NOT NULL, definition TEXT NOT NULL, status TEXT NOT NULL,
    decision TEXT,
    PRIMARY KEY (code, id)
  );
  CREATE TABLE IF NOT EXISTS answers (
    code TEXT NOT NULL, question TEXT NOT NULL, participant TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (code, question, participant)
  );
  CREATE TABLE IF NOT EXISTS asks (
    code TEXT NOT NULL, id TEXT NOT NULL, author TEXT NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL,
    created INTEGER NOT NULL, shown INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (code, id)
  );
  CREATE TABLE IF NOT EXISTS hidden_texts (
    code TEXT NOT NULL, question TEXT NOT NULL, key TEXT NOT NULL,
    PRIMARY KEY (code, question, key)
  );
  CREATE TABLE IF NOT EXISTS ask_votes (
    code TEXT NOT NULL, ask TEXT NOT NULL, participant TEXT NOT NULL,
    PRIMARY KEY (code, ask, participant)
  );
`;

/** Every table that holds a session's rows, children first (the order of deletions). */
const SESSION_TABLES = ['ask_votes', 'asks', 'hidden_texts', 'answers', 'questions', 'sessions'] as const;

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

/** The primary SQLite result code of an error (extended codes carry it in their low byte). */
function sqliteCode(error: unknown): number | undefined {
  const code = (error as { errcode?: unknown }).errcode;
  return typeof code === 'number' ? code & 0xff : undefined;
}

/** Whether an error says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB). */
export function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === 11 || code === 26;
}

/** Whether an error says another connection holds the file (SQLITE_BUSY, SQLITE_LOCKED). */
export function isBusy(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === 5 || code === 6;
}

/** Stops the start of the server with a message for the console (the file was left as it was). */
export class RoomStoreError extends Error {}

/** Waits without an event loop (only at start, before the server listens). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** How the store opens its file. */
export interface RoomStoreOptions {
  /** Limits on what is loaded and on the file's size. */
  limits?: RoomLimits;
  /** Attempts to open a locked file, and the wait of each (SQLite's busy timeout), in ms. */
  lockAttempts?: number;
  lockWaitMs?: number;
}

/** What the hub needs of the sessions file (every write may throw: the hub answers server-error). */
export interface RoomRepository {
  saveSession(session: Session): void;
  saveQuestion(code: string, state: QuestionState): void;
  saveAnswer(code: string, question: string, participant: string, value: RoomAnswer): void;
  /**
   * Writes one answer with the others of the same turn of the event loop, in one transaction, then
   * calls `done` (with the error when that transaction failed: none of its answers is on disk).
   */
  queueAnswer(
    code: string,
    question: string,
    participant: string,
    value: RoomAnswer,
    done: (error?: unknown) => void,
  ): void;
  /** Forgets a question's answers and its hidden groups (reset, or a changed question). */
  clearAnswers(code: string, question: string): void;
  /** Writes the groups of open answers the presenter hid for a question (all of them, replacing). */
  saveHidden(code: string, question: string, keys: ReadonlySet<string>): void;
  /** Writes a question from the room (new, or its status changed). */
  saveAsk(code: string, ask: Ask): void;
  /** Writes which question from the room is on the screen (null: none). */
  saveShown(code: string, shown: string | null): void;
  /** Writes (or removes) one vote with the answers of the same turn, then calls `done` as queueAnswer does. */
  queueVote(code: string, ask: string, participant: string, on: boolean, done: (error?: unknown) => void): void;
  /** Deletes a session the presenter ended, with its questions and answers. */
  deleteSession(code: string): void;
  sweep(now: number): void;
}

/** The sessions file of a data folder, and the statements that write it. */
export class RoomStore implements RoomRepository {
  /** Path of the SQLite file. */
  readonly path: string;
  /** Set when the file was damaged and put aside (its new name), for the console. */
  readonly setAside: string | undefined;
  /** Set when the file had an older table layout and was migrated (the old version). */
  readonly migratedFrom: number | undefined;
  private readonly db: DatabaseSync;
  private readonly limits: RoomLimits;
  private readonly statements: Record<
    'session' | 'question' | 'answer' | 'clear' | 'ask' | 'shown' | 'vote' | 'unvote',
    StatementSync
  >;
  /** Answers and votes waiting for the end of this turn of the event loop (queueAnswer, queueVote). */
  private queue: Array<{ statement: StatementSync; args: string[]; done: (error?: unknown) => void }> = [];
  private flushing: NodeJS.Immediate | undefined;

  constructor(dataDir: string, options: RoomStoreOptions = {}) {
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, 'salle.sqlite');
    this.limits = options.limits ?? LIMITS;
    const attempts = options.lockAttempts ?? 5;
    const wait = options.lockWaitMs ?? 2000;
    let setAside: string | undefined;
    let opened: { db: DatabaseSync; from: number | undefined } | undefined;
    for (let attempt = 1; !opened; attempt++) {
      try {
        opened = this.open(wait);
      } catch (error) {
        if (isBusy(error)) {
          // Another program holds the file: never treat it as damaged, never touch it.
          if (attempt >= attempts) throw new RoomStoreError(t.store.locked(this.path), { cause: error });
          sleep(wait);
        } else if (isCorruption(error) && !setAside) {
          // A damaged file is kept for inspection under another name; the room starts afresh.
          setAside = `${this.path}.illisible-${Date.now()}`;
          for (const suffix of ['', '-wal', '-shm'])
            if (existsSync(this.path + suffix)) renameSync(this.path + suffix, setAside + suffix);
        } else {
          throw new RoomStoreError(t.store.failed(this.path, String((error as Error).message)), { cause: error });
        }
      }
    }
    const { db } = opened;
    this.db = db;
    this.setAside = setAside;
    this.migratedFrom = opened.from;
    this.statements = {
      session: db.prepare(
        'INSERT INTO sessions (code, secret, deck, created, current, owner) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET current = excluded.current',
      ),
      question: db.prepare(
        'INSERT INTO questions (code, id, definition, status, decision) VALUES (?, ?, ?, ?, ?) ON CONFLICT(code, id) DO UPDATE SET definition = excluded.definition, status = excluded.status, decision = excluded.decision',
      ),
      answer: db.prepare(
        'INSERT INTO answers (code, question, participant, value) VALUES (?, ?, ?, ?) ON CONFLICT(code, question, participant) DO UPDATE SET value = excluded.value',
      ),
      clear: db.prepare('DELETE FROM answers WHERE code = ? AND question = ?'),
      ask: db.prepare(
        'INSERT INTO asks (code, id, author, text, status, created) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(code, id) DO UPDATE SET status = excluded.status',
      ),
      shown: db.prepare('UPDATE asks SET shown = CASE WHEN id = ? THEN 1 ELSE 0 END WHERE code = ?'),
      vote: db.prepare('INSERT OR IGNORE INTO ask_votes (code, ask, participant) VALUES (?, ?, ?)'),
      unvote: db.prepare('DELETE FROM ask_votes WHERE code = ? AND ask = ? AND participant = ?'),
    };
  }

  /** Opens the file, checks it whole, and migrates an older layout; throws SQLite's errors as they are. */
  private open(busyMs: number): { db: DatabaseSync; from: number | undefined } {
    const db = new DatabaseSync(this.path, { timeout: busyMs });
    try {
      // WAL with NORMAL sync: each answer is one small append, safe against a process crash.
      db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
      // Damage deep in the file shows here, not at the first read.
      const check = db.prepare('PRAGMA quick_check').all();
      if (check.length !== 1 || check[0]?.quick_check !== 'ok')
        throw Object.assign(new Error('quick_check'), { errcode: 11 });
      const version = Number(db.prepare('PRAGMA user_version').get()?.user_version ?? 0);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sessions'").all();
      let from: number | undefined;
      if (tables.length > 0 && version < LAYOUT_VERSION) {
        const columns = db.prepare('PRAGMA table_info(sessions)').all();
        const questionColumns = db.prepare('PRAGMA table_info(questions)').all();
        db.exec('BEGIN IMMEDIATE');
        if (!columns.some((c) => c.name === 'owner'))
          db.exec("ALTER TABLE sessions ADD COLUMN owner TEXT NOT NULL DEFAULT ''");
        if (questionColumns.length > 0 && !questionColumns.some((c) => c.name === 'decision'))
          db.exec('ALTER TABLE questions ADD COLUMN decision TEXT');
        db.exec(`PRAGMA user_version = ${LAYOUT_VERSION}; COMMIT;`);
        from = version;
      } else if (version > LAYOUT_VERSION) {
        throw new RoomStoreError(t.store.newer(this.path, version));
      }
      db.exec(SCHEMA);
      if (tables.length === 0) db.exec(`PRAGMA user_version = ${LAYOUT_VERSION}`);
      const pageSize = Number(db.prepare('PRAGMA page_size').get()?.page_size ?? 4096);
      db.exec(`PRAGMA max_page_count = ${Math.max(16, Math.floor(this.limits.maxDatabaseBytes / pageSize))}`);
      return { db, from };
    } catch (error) {
      if (db.isOpen) db.close();
      throw error;
    }
  }

  /** Deletes the sessions over a day old. */
  sweep(now: number): void {
    this.flush();
    const cutoff = now - SESSION_TTL_MS;
    for (const table of SESSION_TABLES.filter((name) => name !== 'sessions'))
      this.db.prepare(`DELETE FROM ${table} WHERE code IN (SELECT code FROM sessions WHERE created <= ?)`).run(cutoff);
    this.db.prepare('DELETE FROM sessions WHERE created <= ?').run(cutoff);
  }

  /**
   * Deletes the sessions over a day old and reads back the others: the newest maxSessions, each
   * with at most the questions, participants and answers the limits allow (rows beyond are left
   * in the file, unread). A sweep that fails (disk full) does not stop the start.
   */
  load(now: number): Session[] {
    try {
      this.sweep(now);
    } catch (error) {
      console.error(error);
    }
    const limits = this.limits;
    const sessions = new Map<string, Session>();
    const rows = this.db
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
    for (const row of this.db.prepare('SELECT code, id, definition, status, decision FROM questions').iterate()) {
      const session = sessions.get(String(row.code));
      if (!session || session.questions.size >= limits.questionsPerSession) continue;
      const question = questionSchema.safeParse(parseJson(row.definition));
      const status = statuses.find((s) => s === row.status);
      if (!question.success || !status) continue;
      const decision = parseDecision(row.decision, question.data.options.length);
      session.questions.set(question.data.id, { question: question.data, status, answers: new Map(), decision });
    }
    const answers = new Map<string, { count: number; participants: Set<string> }>();
    for (const row of this.db.prepare('SELECT code, question, participant, value FROM answers').iterate()) {
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
    for (const row of this.db.prepare('SELECT code, question, key FROM hidden_texts').iterate()) {
      const state = sessions.get(String(row.code))?.questions.get(String(row.question));
      if (state?.question.kind === 'open' && typeof row.key === 'string' && (state.hidden?.size ?? 0) < 1000)
        (state.hidden ??= new Set()).add(row.key);
    }
    this.loadAsks(sessions);
    return [...sessions.values()];
  }

  /** Reads back the questions from the room and their votes, at most what the limits allow. */
  private loadAsks(sessions: Map<string, Session>): void {
    const rows = this.db.prepare(
      'SELECT code, id, author, text, status, created, shown FROM asks ORDER BY created, id',
    );
    for (const row of rows.iterate()) {
      const session = sessions.get(String(row.code));
      const status = askStatuses.find((s) => s === row.status);
      const text = typeof row.text === 'string' ? normaliseAsk(row.text) : undefined;
      const { id, author, created } = row;
      if (!session || !status || text === undefined || typeof id !== 'string' || typeof author !== 'string') continue;
      if (typeof created !== 'number' || !/^q[0-9a-z]{1,8}$/.test(id)) continue;
      const board: AskBoard = (session.asks ??= { asks: new Map(), shown: null, next: 1 });
      if (board.asks.size >= this.limits.asksPerSession) continue;
      board.asks.set(id, { id, author, text, status, created, votes: new Set() });
      // The next id follows the highest one read, so a new question never takes an old one's id.
      board.next = Math.max(board.next, parseInt(id.slice(1), 36) + 1);
      if (row.shown === 1 && (status === 'approved' || status === 'answered')) board.shown = id;
    }
    for (const row of this.db.prepare('SELECT code, ask, participant FROM ask_votes').iterate()) {
      const ask = sessions.get(String(row.code))?.asks?.asks.get(String(row.ask));
      if (ask && typeof row.participant === 'string' && ask.votes.size < this.limits.participantsPerSession)
        ask.votes.add(row.participant);
    }
  }

  /** Writes a new session, or its current question. */
  saveSession(session: Session): void {
    this.statements.session.run(
      session.code,
      session.secret,
      session.deck,
      session.created,
      session.current,
      session.owner ?? '',
    );
  }

  /** Writes a question's definition, status and decision (a vote the deck followed). */
  saveQuestion(code: string, state: QuestionState): void {
    this.statements.question.run(
      code,
      state.question.id,
      JSON.stringify(state.question),
      state.status,
      state.decision ? JSON.stringify(state.decision) : null,
    );
  }

  /** Writes one participant's answer (replacing an earlier one). */
  saveAnswer(code: string, question: string, participant: string, value: RoomAnswer): void {
    this.statements.answer.run(code, question, participant, JSON.stringify(value));
  }

  /**
   * Queues one answer (see RoomRepository.queueAnswer). One commit per answer cost about 40 times
   * more than one per turn: 19,000 answers at once took seconds (docs/performance.md).
   */
  queueAnswer(
    code: string,
    question: string,
    participant: string,
    value: RoomAnswer,
    done: (error?: unknown) => void,
  ): void {
    this.queue.push({
      statement: this.statements.answer,
      args: [code, question, participant, JSON.stringify(value)],
      done,
    });
    this.flushing ??= setImmediate(() => this.flush());
  }

  /** Queues one vote (see RoomRepository.queueVote): a room voting at once makes one commit per turn. */
  queueVote(code: string, ask: string, participant: string, on: boolean, done: (error?: unknown) => void): void {
    const statement = on ? this.statements.vote : this.statements.unvote;
    this.queue.push({ statement, args: [code, ask, participant], done });
    this.flushing ??= setImmediate(() => this.flush());
  }

  /** Writes a question from the room (its text and author once, its status on every change). */
  saveAsk(code: string, ask: Ask): void {
    this.statements.ask.run(code, ask.id, ask.author, ask.text, ask.status, ask.created);
  }

  /** Writes which question from the room is on the screen. */
  saveShown(code: string, shown: string | null): void {
    this.statements.shown.run(shown, code);
  }

  /** Writes the queued answers in one transaction, then tells each (all written, or none). */
  flush(): void {
    if (this.flushing) clearImmediate(this.flushing);
    this.flushing = undefined;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    let failure: unknown;
    try {
      this.db.exec('BEGIN');
      try {
        for (const { statement, args } of batch) statement.run(...args);
        this.db.exec('COMMIT');
      } catch (error) {
        // A full disk may already have rolled the transaction back.
        if (this.db.isTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    } catch (error) {
      failure = error ?? new Error('transaction failed');
    }
    // Told in reverse order on failure, so a phone that answered twice here gets back its first value.
    if (failure !== undefined) for (const { done } of batch.reverse()) done(failure);
    else for (const { done } of batch) done();
  }

  /** Forgets a question's answers (reset); answers queued before it are written first. */
  clearAnswers(code: string, question: string): void {
    this.flush();
    this.statements.clear.run(code, question);
    this.db.prepare('DELETE FROM hidden_texts WHERE code = ? AND question = ?').run(code, question);
  }

  /** Writes the hidden groups of an open question (in one transaction: the old set goes, the new comes). */
  saveHidden(code: string, question: string, keys: ReadonlySet<string>): void {
    this.flush();
    this.db.exec('BEGIN');
    try {
      this.db.prepare('DELETE FROM hidden_texts WHERE code = ? AND question = ?').run(code, question);
      const insert = this.db.prepare('INSERT INTO hidden_texts (code, question, key) VALUES (?, ?, ?)');
      for (const key of keys) insert.run(code, question, key);
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Deletes a session the presenter ended (« Nouvelle séance »), with its questions, answers and asks. */
  deleteSession(code: string): void {
    this.flush();
    for (const table of SESSION_TABLES) this.db.prepare(`DELETE FROM ${table} WHERE code = ?`).run(code);
  }

  /** Closes the file, after the answers still queued. */
  close(): void {
    if (!this.db.isOpen) return;
    this.flush();
    this.db.close();
  }
}
