/**
 * The shape of what the course keeps in the browser, and the decoding of it. Stored and imported
 * data is distrusted: anything that is not valid JSON of the right shape decodes to empty (stored
 * data) or is refused as a whole (an imported file) — never an exception. Hand-written checks
 * rather than zod keep this out of the pages' JavaScript budget.
 */
import type { QuizScore } from './scoring';
import type { PlanValues } from './plan-data';

/** What is kept about one lesson. Dates are ISO 8601 strings. */
export interface LessonRecord {
  /** When the lesson page was first opened. */
  visitedAt: string;
  /** When the lesson was completed (its quiz passed). */
  completedAt?: string;
}

/** What is kept about one quiz, for its current version (`hash`). */
export interface QuizRecord {
  /** Fingerprint of the quiz version these results belong to (see quizHash). */
  hash: string;
  /** Attempts completed on this version. */
  attempts: number;
  /** Best score, in points. */
  best: number;
  /** Score of the last attempt, in points. */
  last: number;
  /** Points available (one per question). */
  max: number;
  /** Whether some attempt reached the pass mark. */
  passed: boolean;
  /** When the quiz was first passed. */
  passedAt?: string;
  /** When the last attempt ended. */
  at: string;
}

/** Lesson records by lesson slug. */
export type LessonRecords = Record<string, LessonRecord>;
/** Quiz records by quiz id. */
export type QuizRecords = Record<string, QuizRecord>;

/** Everything a progress file holds. */
export interface ProgressSnapshot {
  lessons: LessonRecords;
  quizzes: QuizRecords;
  /** The name typed for the certificate, or an empty string. */
  learnerName: string;
  /**
   * « Mon plan » (field key → text), when the file has one. Read by progress-file.ts, not here,
   * so that quiz pages do not load the plan's decoding.
   */
  plan?: PlanValues;
}

/** Marks a progress file, so that any other JSON file is told apart. */
export const EXPORT_FORMAT = 'msst-progression';
/** Version of the progress file format. */
export const EXPORT_VERSION = 1;
/** Longest name kept for the certificate. */
export const MAX_NAME_LENGTH = 120;
/** Largest progress file read (a real one is a few kilobytes). */
const MAX_FILE_LENGTH = 1_000_000;

/** Why an imported file was refused. */
export type ImportProblem = 'too-big' | 'not-json' | 'not-progress' | 'newer-version' | 'damaged';

/** The outcome of reading a progress file. */
export type ImportResult = { ok: true; snapshot: ProgressSnapshot } | { ok: false; problem: ImportProblem };

// Ids are lesson slugs and quiz ids: this also keeps out keys such as « __proto__ ».
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isLessonRecord(value: unknown): value is LessonRecord {
  return isObject(value) && isDate(value.visitedAt) && (value.completedAt === undefined || isDate(value.completedAt));
}

function isQuizRecord(value: unknown): value is QuizRecord {
  return (
    isObject(value) &&
    typeof value.hash === 'string' &&
    value.hash.length > 0 &&
    value.hash.length <= 64 &&
    isCount(value.attempts) &&
    Number.isInteger(value.attempts) &&
    isCount(value.max) &&
    isCount(value.best) &&
    isCount(value.last) &&
    value.best <= value.max &&
    value.last <= value.best &&
    typeof value.passed === 'boolean' &&
    (value.passedAt === undefined || isDate(value.passedAt)) &&
    isDate(value.at)
  );
}

/** Copies the valid entries of a record map; `dropped` says whether any entry was left out. */
function pick<T>(value: unknown, valid: (v: unknown) => v is T): { entries: Record<string, T>; dropped: boolean } {
  const entries: Record<string, T> = {};
  if (!isObject(value)) return { entries, dropped: true };
  let dropped = false;
  for (const [key, entry] of Object.entries(value)) {
    if (ID.test(key) && valid(entry)) entries[key] = copy(entry);
    else dropped = true;
  }
  return { entries, dropped };
}

/** A plain copy without unknown fields' prototypes: what was read is never kept by reference. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function parse(raw: string | null | undefined): unknown {
  if (typeof raw !== 'string') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Decodes stored lesson records; invalid entries are dropped, anything unreadable gives {}. */
export function decodeLessons(raw: string | null | undefined): LessonRecords {
  return pick(parse(raw), isLessonRecord).entries;
}

/** Decodes stored quiz records; invalid entries are dropped, anything unreadable gives {}. */
export function decodeQuizzes(raw: string | null | undefined): QuizRecords {
  return pick(parse(raw), isQuizRecord).entries;
}

/** Decodes the stored learner name; anything but a JSON string gives ''. */
export function decodeName(raw: string | null | undefined): string {
  const value = parse(raw);
  return typeof value === 'string' ? cleanName(value) : '';
}

/** A name as kept: single spaces, trimmed, cut to MAX_NAME_LENGTH characters. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

/** The text of a progress file. */
export function encodeSnapshot(snapshot: ProgressSnapshot, exportedAt: Date): string {
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), ...snapshot },
    null,
    2,
  );
}

/** Reads a progress file; the whole file is refused if any part of it is not valid. */
export function decodeSnapshot(text: string): ImportResult {
  if (text.length > MAX_FILE_LENGTH) return { ok: false, problem: 'too-big' };
  const data = parse(text);
  if (data === undefined) return { ok: false, problem: 'not-json' };
  if (!isObject(data) || data.format !== EXPORT_FORMAT) return { ok: false, problem: 'not-progress' };
  if (typeof data.version === 'number' && data.version > EXPORT_VERSION) return { ok: false, problem: 'newer-version' };
  if (data.version !== EXPORT_VERSION) return { ok: false, problem: 'damaged' };
  const lessons = pick(data.lessons, isLessonRecord);
  const quizzes = pick(data.quizzes, isQuizRecord);
  const name = data.learnerName ?? '';
  if (lessons.dropped || quizzes.dropped || typeof name !== 'string') return { ok: false, problem: 'damaged' };
  return { ok: true, snapshot: { lessons: lessons.entries, quizzes: quizzes.entries, learnerName: cleanName(name) } };
}

/**
 * A quiz record after one more attempt. A first attempt, or one on a changed quiz (another hash),
 * starts a new record; otherwise attempts add up, the best score is kept and so is the first pass.
 */
export function withAttempt(previous: QuizRecord | undefined, hash: string, score: QuizScore, now: Date): QuizRecord {
  const at = now.toISOString();
  const base = previous && previous.hash === hash ? previous : undefined;
  const passedAt = base?.passedAt ?? (score.passed ? at : undefined);
  return {
    hash,
    attempts: (base?.attempts ?? 0) + 1,
    best: Math.max(base?.best ?? 0, score.points),
    last: score.points,
    max: score.max,
    passed: (base?.passed ?? false) || score.passed,
    ...(passedAt ? { passedAt } : {}),
    at,
  };
}

/** A stored quiz result seen against the quiz as built now. */
export type QuizStanding =
  | { kind: 'none' }
  /** A result on the current version of the quiz. */
  | { kind: 'current'; record: QuizRecord }
  /** A result on an earlier version: shown as such, and the next attempt starts afresh. */
  | { kind: 'earlier'; record: QuizRecord };

/** How a stored result relates to the quiz whose fingerprint is `hash`. */
export function quizStanding(record: QuizRecord | undefined, hash: string): QuizStanding {
  if (!record) return { kind: 'none' };
  return record.hash === hash ? { kind: 'current', record } : { kind: 'earlier', record };
}
