/**
 * Opening the room's sessions file (src/server/room-store.ts): its table layout and version, the
 * migration of an older layout, and how SQLite's faults are told apart at start — a damaged file
 * is set aside, a file another program holds is waited for, anything else stops the server.
 */
import { DatabaseSync } from 'node:sqlite';
import { existsSync, renameSync } from 'node:fs';
import { room as t } from '../i18n/fr-room.ts';
import type { RoomLimits } from './room-limits.ts';

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
export const SESSION_TABLES = ['ask_votes', 'asks', 'hidden_texts', 'answers', 'questions', 'sessions'] as const;

/** The primary SQLite result code of an error (extended codes carry it in their low byte). */
function sqliteCode(error: unknown): number | undefined {
  const code = (error as { errcode?: unknown }).errcode;
  return typeof code === 'number' ? code & 0xff : undefined;
}

/** Whether an error says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB). */
function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === 11 || code === 26;
}

/** Whether an error says another connection holds the file (SQLITE_BUSY, SQLITE_LOCKED). */
function isBusy(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === 5 || code === 6;
}

/** Stops the start of the server with a message for the console (the file was left as it was). */
export class RoomStoreError extends Error {}

/** Waits without an event loop (only at start, before the server listens). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A file opened at its current layout, and the older version it was migrated from (if it was). */
interface OpenedFile {
  db: DatabaseSync;
  from: number | undefined;
}

/** Opens the file, checks it whole, and migrates an older layout; throws SQLite's errors as they are. */
function openOnce(path: string, busyMs: number, limits: RoomLimits): OpenedFile {
  const db = new DatabaseSync(path, { timeout: busyMs });
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
      throw new RoomStoreError(t.store.newer(path, version));
    }
    db.exec(SCHEMA);
    if (tables.length === 0) db.exec(`PRAGMA user_version = ${LAYOUT_VERSION}`);
    const pageSize = Number(db.prepare('PRAGMA page_size').get()?.page_size ?? 4096);
    db.exec(`PRAGMA max_page_count = ${Math.max(16, Math.floor(limits.maxDatabaseBytes / pageSize))}`);
    return { db, from };
  } catch (error) {
    if (db.isOpen) db.close();
    throw error;
  }
}

/** The sessions file once open, and what happened to it on the way (for the console). */
export interface SessionsFile {
  db: DatabaseSync;
  /** Set when the file was damaged and put aside (its new name). */
  setAside: string | undefined;
  /** Set when the file had an older table layout and was migrated (the old version). */
  migratedFrom: number | undefined;
}

/**
 * Opens the sessions file at `path`: a locked file is tried `attempts` times, `waitMs` apart (and
 * SQLite's busy timeout), then stops the start with RoomStoreError, untouched; a damaged one is
 * renamed aside once and a new file started; any other fault stops the start with RoomStoreError.
 */
export function openSessionsFile(path: string, limits: RoomLimits, attempts: number, waitMs: number): SessionsFile {
  let setAside: string | undefined;
  let opened: OpenedFile | undefined;
  for (let attempt = 1; !opened; attempt++) {
    try {
      opened = openOnce(path, waitMs, limits);
    } catch (error) {
      if (isBusy(error)) {
        // Another program holds the file: never treat it as damaged, never touch it.
        if (attempt >= attempts) throw new RoomStoreError(t.store.locked(path), { cause: error });
        sleep(waitMs);
      } else if (isCorruption(error) && !setAside) {
        // A damaged file is kept for inspection under another name; the room starts afresh.
        setAside = `${path}.illisible-${Date.now()}`;
        for (const suffix of ['', '-wal', '-shm'])
          if (existsSync(path + suffix)) renameSync(path + suffix, setAside + suffix);
      } else {
        throw new RoomStoreError(t.store.failed(path, String((error as Error).message)), { cause: error });
      }
    }
  }
  return { db: opened.db, setAside, migratedFrom: opened.from };
}
