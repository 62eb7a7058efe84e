/**
 * Keeps room sessions in a SQLite file (Node's built-in node:sqlite), so a server restart during a
 * talk loses no answer already given. Every change is written at once; on start the sessions of
 * the last day are read back, at most what the limits allow. Faults are told apart by kind: a
 * damaged file (anywhere: an integrity check runs at start) is set aside and the room starts
 * afresh; a file another program holds locked is waited for, then the server stops with a clear
 * message and the file untouched; an older table layout is migrated; a full disk or a locked write
 * rejects, which the hub answers with « server-error ». Opening the file (layout, migration, faults)
 * is room-store-file.ts; reading the sessions back, room-store-load.ts.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RoomAnswer } from '../lib/room/room-messages.ts';
import type { Ask } from '../lib/room/room-questions.ts';
import { SESSION_TTL_MS, type QuestionState, type Session } from '../lib/room/room-session.ts';
import { LIMITS, type RoomLimits } from './room-limits.ts';
import { openSessionsFile, SESSION_TABLES } from './room-store-file.ts';
import { readSessions } from './room-store-load.ts';

/** How the store opens its file. */
export interface RoomStoreOptions {
  /** Limits on what is loaded and on the file's size. */
  limits?: RoomLimits;
  /** Attempts to open a locked file, and the wait of each (SQLite's busy timeout), in ms. */
  lockAttempts?: number;
  lockWaitMs?: number;
}

/**
 * What the hub needs of a sessions store: every method is asynchronous, so another engine than
 * SQLite could stand behind it without a change to the hub. Contract for an implementation: writes
 * reach the store in the order they are called, and a promise rejects when its write is not stored
 * (the hub then undoes what it can and answers « server-error »: memory is never ahead of the store
 * without someone being told).
 */
export interface RoomRepository {
  /** Deletes the sessions over a day old and reads back the others, at most what the limits allow. */
  load(now: number): Promise<Session[]>;
  saveSession(session: Session): Promise<void>;
  saveQuestion(code: string, state: QuestionState): Promise<void>;
  /**
   * Writes one participant's answer (replacing an earlier one). An implementation may group the
   * answers that arrive together in one transaction: all of the group are stored, or none.
   */
  saveAnswer(code: string, question: string, participant: string, value: RoomAnswer): Promise<void>;
  /** Forgets a question's answers and its hidden groups (reset, or a changed question). */
  clearAnswers(code: string, question: string): Promise<void>;
  /** Writes the groups of open answers the presenter hid for a question (all of them, replacing). */
  saveHidden(code: string, question: string, keys: ReadonlySet<string>): Promise<void>;
  /** Writes a question from the room (new, or its status changed). */
  saveAsk(code: string, ask: Ask): Promise<void>;
  /** Writes which question from the room is on the screen (null: none). */
  saveShown(code: string, shown: string | null): Promise<void>;
  /** Writes (or removes) one participant's vote for a question from the room; grouped as saveAnswer. */
  saveVote(code: string, ask: string, participant: string, on: boolean): Promise<void>;
  /** Deletes a session the presenter ended, with its questions and answers. */
  deleteSession(code: string): Promise<void>;
  /** Deletes the sessions over a day old. */
  sweep(now: number): Promise<void>;
  /** Closes the store, after the writes still waiting. */
  close(): Promise<void>;
}

/**
 * The sessions file of a data folder, and the statements that write it: the SQLite implementation
 * of RoomRepository. node:sqlite is synchronous, so each write runs when it is called (call order is
 * write order) and its promise is already settled; answers and votes wait for the end of the turn
 * of the event loop and go in one transaction.
 */
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
  /** Answers and votes waiting for the end of this turn of the event loop (saveAnswer, saveVote). */
  private queue: Array<{ statement: StatementSync; args: string[]; done: (error?: unknown) => void }> = [];
  private flushing: NodeJS.Immediate | undefined;

  constructor(dataDir: string, options: RoomStoreOptions = {}) {
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, 'salle.sqlite');
    this.limits = options.limits ?? LIMITS;
    const { db, setAside, migratedFrom } = openSessionsFile(
      this.path,
      this.limits,
      options.lockAttempts ?? 5,
      options.lockWaitMs ?? 2000,
    );
    this.db = db;
    this.setAside = setAside;
    this.migratedFrom = migratedFrom;
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

  /**
   * Deletes the sessions over a day old and reads back the others (src/server/room-store-load.ts).
   * A sweep that fails (disk full) does not stop the start.
   */
  async load(now: number): Promise<Session[]> {
    try {
      this.sweepNow(now);
    } catch (error) {
      console.error(error);
    }
    return readSessions(this.db, this.limits, now);
  }

  /** Deletes the sessions over a day old. */
  async sweep(now: number): Promise<void> {
    this.sweepNow(now);
  }

  private sweepNow(now: number): void {
    this.flush();
    const cutoff = now - SESSION_TTL_MS;
    for (const table of SESSION_TABLES.filter((name) => name !== 'sessions'))
      this.db.prepare(`DELETE FROM ${table} WHERE code IN (SELECT code FROM sessions WHERE created <= ?)`).run(cutoff);
    this.db.prepare('DELETE FROM sessions WHERE created <= ?').run(cutoff);
  }

  /** Writes a new session, or its current question. */
  async saveSession(session: Session): Promise<void> {
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
  async saveQuestion(code: string, state: QuestionState): Promise<void> {
    this.statements.question.run(
      code,
      state.question.id,
      JSON.stringify(state.question),
      state.status,
      state.decision ? JSON.stringify(state.decision) : null,
    );
  }

  /**
   * Queues one answer, written with the others of this turn in one transaction. One commit per
   * answer cost about 40 times more than one per turn: 19,000 answers at once took seconds
   * (docs/performance.md).
   */
  saveAnswer(code: string, question: string, participant: string, value: RoomAnswer): Promise<void> {
    return this.enqueue(this.statements.answer, [code, question, participant, JSON.stringify(value)]);
  }

  /** Queues one vote (or its withdrawal): a room voting at once makes one commit per turn. */
  saveVote(code: string, ask: string, participant: string, on: boolean): Promise<void> {
    return this.enqueue(on ? this.statements.vote : this.statements.unvote, [code, ask, participant]);
  }

  private enqueue(statement: StatementSync, args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ statement, args, done: (error) => (error === undefined ? resolve() : reject(error)) });
      this.flushing ??= setImmediate(() => this.flush());
    });
  }

  /** Writes a question from the room (its text and author once, its status on every change). */
  async saveAsk(code: string, ask: Ask): Promise<void> {
    this.statements.ask.run(code, ask.id, ask.author, ask.text, ask.status, ask.created);
  }

  /** Writes which question from the room is on the screen. */
  async saveShown(code: string, shown: string | null): Promise<void> {
    this.statements.shown.run(shown, code);
  }

  /** Writes the queued answers in one transaction, then tells each (all written, or none). */
  private flush(): void {
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
  async clearAnswers(code: string, question: string): Promise<void> {
    this.flush();
    this.statements.clear.run(code, question);
    this.db.prepare('DELETE FROM hidden_texts WHERE code = ? AND question = ?').run(code, question);
  }

  /** Writes the hidden groups of an open question (in one transaction: the old set goes, the new comes). */
  async saveHidden(code: string, question: string, keys: ReadonlySet<string>): Promise<void> {
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
  async deleteSession(code: string): Promise<void> {
    this.flush();
    for (const table of SESSION_TABLES) this.db.prepare(`DELETE FROM ${table} WHERE code = ?`).run(code);
  }

  /** Closes the file, after the answers still queued. */
  async close(): Promise<void> {
    this.closeNow();
  }

  /** Closes the file at once (a start that failed half-way, where nothing awaits). */
  closeNow(): void {
    if (!this.db.isOpen) return;
    this.flush();
    this.db.close();
  }
}
