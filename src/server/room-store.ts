/**
 * Keeps room sessions in a SQLite file (Node's built-in node:sqlite), so a server restart during a
 * talk loses no answer already given. Every change is written at once; on start the sessions of
 * the last day are read back. Rows that do not read back as valid are skipped, never trusted.
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { answerValueSchema, questionSchema } from '../lib/room-messages.ts';
import {
  isExpired,
  SESSION_TTL_MS,
  type QuestionState,
  type QuestionStatus,
  type Session,
} from '../lib/room-session.ts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS sessions (
    code TEXT PRIMARY KEY, secret TEXT NOT NULL, deck TEXT NOT NULL, created INTEGER NOT NULL, current TEXT
  );
  CREATE TABLE IF NOT EXISTS questions (
    code TEXT NOT NULL, id TEXT NOT NULL, definition TEXT NOT NULL, status TEXT NOT NULL,
    PRIMARY KEY (code, id)
  );
  CREATE TABLE IF NOT EXISTS answers (
    code TEXT NOT NULL, question TEXT NOT NULL, participant TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (code, question, participant)
  );
`;

const statuses: readonly QuestionStatus[] = ['open', 'closed', 'revealed'];

function parseJson(text: unknown): unknown {
  try {
    return typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** The sessions file of a data folder, and the statements that write it. */
export class RoomStore {
  /** Path of the SQLite file. */
  readonly path: string;
  /** Set when the file could not be read and was put aside (its new name), for the console. */
  readonly setAside: string | undefined;
  private readonly db: DatabaseSync;
  private readonly statements: Record<'session' | 'question' | 'answer' | 'clear', StatementSync>;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, 'salle.sqlite');
    let setAside: string | undefined;
    let db: DatabaseSync;
    try {
      db = RoomStore.open(this.path);
    } catch {
      // A damaged file is kept for inspection under another name; the room starts afresh.
      setAside = `${this.path}.illisible-${Date.now()}`;
      if (existsSync(this.path)) renameSync(this.path, setAside);
      db = RoomStore.open(this.path);
    }
    this.db = db;
    this.setAside = setAside;
    this.statements = {
      session: db.prepare(
        'INSERT INTO sessions (code, secret, deck, created, current) VALUES (?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET current = excluded.current',
      ),
      question: db.prepare(
        'INSERT INTO questions (code, id, definition, status) VALUES (?, ?, ?, ?) ON CONFLICT(code, id) DO UPDATE SET definition = excluded.definition, status = excluded.status',
      ),
      answer: db.prepare(
        'INSERT INTO answers (code, question, participant, value) VALUES (?, ?, ?, ?) ON CONFLICT(code, question, participant) DO UPDATE SET value = excluded.value',
      ),
      clear: db.prepare('DELETE FROM answers WHERE code = ? AND question = ?'),
    };
  }

  private static open(path: string): DatabaseSync {
    const db = new DatabaseSync(path);
    // WAL with NORMAL sync: each answer is one small append, safe against a process crash.
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    db.exec(SCHEMA);
    db.prepare('SELECT count(*) FROM sessions').get();
    return db;
  }

  /** Deletes the sessions over a day old. */
  sweep(now: number): void {
    const cutoff = now - SESSION_TTL_MS;
    for (const table of ['answers', 'questions'])
      this.db.prepare(`DELETE FROM ${table} WHERE code IN (SELECT code FROM sessions WHERE created <= ?)`).run(cutoff);
    this.db.prepare('DELETE FROM sessions WHERE created <= ?').run(cutoff);
  }

  /** Deletes the sessions over a day old and reads back the others. */
  load(now: number): Session[] {
    this.sweep(now);

    const sessions = new Map<string, Session>();
    for (const row of this.db.prepare('SELECT code, secret, deck, created, current FROM sessions').all()) {
      const { code, secret, deck, created, current } = row;
      if (typeof code !== 'string' || typeof secret !== 'string' || typeof deck !== 'string') continue;
      if (typeof created !== 'number') continue;
      const session: Session = {
        code,
        secret,
        deck,
        created,
        current: typeof current === 'string' ? current : null,
        questions: new Map(),
      };
      if (!isExpired(session, now)) sessions.set(code, session);
    }
    for (const row of this.db.prepare('SELECT code, id, definition, status FROM questions').all()) {
      const session = sessions.get(String(row.code));
      const question = questionSchema.safeParse(parseJson(row.definition));
      const status = statuses.find((s) => s === row.status);
      if (!session || !question.success || !status) continue;
      session.questions.set(question.data.id, { question: question.data, status, answers: new Map() });
    }
    for (const row of this.db.prepare('SELECT code, question, participant, value FROM answers').all()) {
      const state = sessions.get(String(row.code))?.questions.get(String(row.question));
      const value = answerValueSchema.safeParse(parseJson(row.value));
      if (!state || !value.success || typeof row.participant !== 'string') continue;
      state.answers.set(row.participant, value.data);
    }
    return [...sessions.values()];
  }

  /** Writes a new session, or its current question. */
  saveSession(session: Session): void {
    this.statements.session.run(session.code, session.secret, session.deck, session.created, session.current);
  }

  /** Writes a question's definition and status. */
  saveQuestion(code: string, state: QuestionState): void {
    this.statements.question.run(code, state.question.id, JSON.stringify(state.question), state.status);
  }

  /** Writes one participant's answer (replacing an earlier one). */
  saveAnswer(code: string, question: string, participant: string, value: readonly number[]): void {
    this.statements.answer.run(code, question, participant, JSON.stringify(value));
  }

  /** Forgets a question's answers (reset). */
  clearAnswers(code: string, question: string): void {
    this.statements.clear.run(code, question);
  }

  /** Closes the file. */
  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}
