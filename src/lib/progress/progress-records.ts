/**
 * The shape of what the course keeps in the browser, and the decoding of it. Stored and imported
 * data is distrusted: anything that is not valid JSON of the right shape decodes to empty (stored
 * data) or is refused as a whole (an imported file) — never an exception. Hand-written checks
 * rather than zod keep this out of the pages' JavaScript budget.
 */
import type { QuizScore } from '../quiz/scoring';
import { exactPercent } from '../quiz/percent';
import type { PlanValues } from '../plan/plan-data';

/** What is kept about one lesson. Dates are ISO 8601 strings. */
export interface LessonRecord {
  /** When the lesson page was first opened. */
  visitedAt: string;
  /** When the lesson was completed (its quiz passed). */
  completedAt?: string;
  /** When the lesson was first read to its end (« lue »). */
  readAt?: string;
  /** When the lesson was last being read: « Reprendre » goes to the most recent one. */
  seenAt?: string;
  /** Id of the last heading the reader had reached, where « Reprendre » lands in this lesson. */
  section?: string;
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

/** Where a learner stands in one lesson: opened, read to its end (« lue »), its quiz passed. */
export type LessonStatus = 'todo' | 'visited' | 'read' | 'completed';

/**
 * A lesson's status: completed wins over read, read over visited. Here rather than in
 * progress.ts so that a lesson page, which shows each lesson's state in its menu, needs no more.
 */
export function lessonStatus(slug: string, lessons: LessonRecords): LessonStatus {
  const record = lessons[slug];
  if (!record) return 'todo';
  return record.completedAt ? 'completed' : record.readAt ? 'read' : 'visited';
}
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

// Ids are lesson slugs and quiz ids: this also keeps out keys such as « __proto__ ».
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Whether a value is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// What toISOString() writes, with or without milliseconds, in UTC or with an offset.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/** Earliest plausible date of a record (the course did not exist before). */
const DATE_MIN = Date.UTC(2017, 0, 1);
/** First implausible date of a record (a year 9999 is damage, not progress). */
const DATE_MAX = Date.UTC(2100, 0, 1);
/** Most points a quiz can have, and most attempts counted: beyond is damage (a 309-digit score). */
export const MAX_POINTS = 1000;
/** See MAX_POINTS. */
const MAX_ATTEMPTS = 100_000;

/** Whether a value is a date as the course writes it (ISO 8601, see toISOString), from 2017 to 2099. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_8601.test(value)) return false;
  const time = Date.parse(value);
  return time >= DATE_MIN && time < DATE_MAX;
}

/** Whether a value is a finite number of zero or more. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Whether a value has the fields of a lesson record. */
function isLessonRecord(value: unknown): value is LessonRecord {
  return isObject(value) && isDate(value.visitedAt) && (value.completedAt === undefined || isDate(value.completedAt));
}

/**
 * Why a quiz record's counts are impossible, in the order checked: no attempt, too many attempts,
 * too many points, a pass without a point, a best score over the maximum, a pass under the pass
 * mark. Numbers rather than names keep the pages that decode records light; progress-file.ts says
 * each in French.
 */
export type QuizRecordFault = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * What makes a quiz record's counts impossible (see QuizRecordFault), or 0 when they are coherent:
 * the one set of rules for stored records, suspend data and imported files. The pass mark is
 * checked only when it is known.
 */
export function quizRecordFault(
  record: Pick<QuizRecord, 'attempts' | 'best' | 'max' | 'passed'>,
  passMark?: number,
): QuizRecordFault | 0 {
  const { attempts, best, max, passed } = record;
  if (attempts < 1) return 1;
  if (attempts > MAX_ATTEMPTS) return 2;
  if (max > MAX_POINTS || best > MAX_POINTS) return 3;
  // A pass without a single point is damage (a certificate « 0 sur 0 »).
  if (passed && (max <= 0 || best <= 0)) return 4;
  if (best > max) return 5;
  if (passed && passMark !== undefined && exactPercent(best, max) < passMark) return 6;
  return 0;
}

/** Whether a value has the fields of a coherent quiz record. */
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
    value.last <= value.best &&
    typeof value.passed === 'boolean' &&
    // The counts are numbers and `passed` a boolean, checked above.
    !quizRecordFault(value as Pick<QuizRecord, 'attempts' | 'best' | 'max' | 'passed'>) &&
    (value.passedAt === undefined || isDate(value.passedAt)) &&
    isDate(value.at)
  );
}

/** Most entries read from one map: a real course has a few dozen lessons and quizzes. */
const MAX_ENTRIES = 500;
/** Longest stored or imported text read (a real one is a few kilobytes). */
export const MAX_STORED_LENGTH = 1_000_000;

// A heading id as Astro writes it (letters, digits, « - », « _ »), bounded.
const SECTION = /^[\p{L}\p{N}_-]{1,100}$/u;

/**
 * A lesson record built from its known fields only: unknown fields, however deep, are never read.
 * The reading fields (readAt, seenAt, section) are optional extras: an invalid one is left out,
 * the record kept.
 */
function lessonRecord(value: LessonRecord): LessonRecord {
  const { visitedAt, completedAt, readAt, seenAt, section } = value;
  return {
    visitedAt,
    ...(completedAt === undefined ? {} : { completedAt }),
    ...(isDate(readAt) ? { readAt } : {}),
    ...(isDate(seenAt) ? { seenAt } : {}),
    ...(typeof section === 'string' && SECTION.test(section) ? { section } : {}),
  };
}

/** A quiz record built from its known fields only. */
function quizRecord(value: QuizRecord): QuizRecord {
  const { hash, attempts, best, last, max, passed, passedAt, at } = value;
  return { hash, attempts, best, last, max, passed, ...(passedAt === undefined ? {} : { passedAt }), at };
}

/**
 * The valid entries of a record map, each rebuilt from its known fields (no generic deep copy, so
 * nothing nested in an unknown field can exhaust the stack); `dropped` says whether any entry
 * was left out. At most MAX_ENTRIES entries are read.
 */
export function pick<T>(
  value: unknown,
  valid: (v: unknown) => v is T,
  build: (v: T) => T,
): { entries: Record<string, T>; dropped: boolean } {
  const entries: Record<string, T> = {};
  if (!isObject(value)) return { entries, dropped: true };
  let dropped = false;
  let read = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (++read > MAX_ENTRIES) return { entries, dropped: true };
    const entry = value[key];
    if (ID.test(key) && valid(entry)) entries[key] = build(entry);
    else dropped = true;
  }
  return { entries, dropped };
}

/** The pickers of each kind of record, for progress-file.ts too. */
export const pickLessons = (value: unknown) => pick(value, isLessonRecord, lessonRecord);
/** See pickLessons. */
export const pickQuizzes = (value: unknown) => pick(value, isQuizRecord, quizRecord);

/** JSON.parse that never throws: undefined for anything unreadable or longer than MAX_STORED_LENGTH. */
export function parse(raw: string | null | undefined): unknown {
  if (typeof raw !== 'string' || raw.length > MAX_STORED_LENGTH) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Decodes stored lesson records; invalid entries are dropped, anything unreadable gives {}. */
export function decodeLessons(raw: string | null | undefined): LessonRecords {
  return pickLessons(parse(raw)).entries;
}

/** Decodes stored quiz records; invalid entries are dropped, anything unreadable gives {}. */
export function decodeQuizzes(raw: string | null | undefined): QuizRecords {
  return pickQuizzes(parse(raw)).entries;
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

/**
 * Two views of the lesson records (this tab's, and storage's as another tab left it) as one: each
 * lesson keeps its first visit, its first completion and its first reading to the end, and the
 * place (seenAt, section) of the most recent reading.
 */
export function mergeLessons(a: LessonRecords, b: LessonRecords): LessonRecords {
  const out: LessonRecords = { ...a };
  for (const [slug, theirs] of Object.entries(b)) {
    const mine = out[slug];
    if (!mine) {
      out[slug] = theirs;
      continue;
    }
    const merged: LessonRecord = { ...((theirs.seenAt ?? '') > (mine.seenAt ?? '') ? theirs : mine) };
    for (const key of ['visitedAt', 'completedAt', 'readAt'] as const) {
      const first = [mine[key], theirs[key]].filter((d) => d !== undefined).sort()[0];
      if (first) merged[key] = first;
    }
    out[slug] = merged;
  }
  return out;
}

/** Two views of the quiz records as one: for each quiz, the record of the latest attempt wins. */
export function mergeQuizzes(a: QuizRecords, b: QuizRecords): QuizRecords {
  const out: QuizRecords = { ...a };
  for (const [id, record] of Object.entries(b)) {
    const mine = out[id];
    if (!mine || record.at > mine.at || (record.at === mine.at && record.attempts > mine.attempts)) out[id] = record;
  }
  return out;
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
