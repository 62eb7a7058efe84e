/**
 * The progress carried in cmi.suspend_data: the lessons' records (first visit, completion, reading
 * to the end, last place) and the quizzes' results, compacted to fit the 4,096 characters SCORM 1.2
 * allows (the oldest entries left out first), read back field by field (a damaged field costs that
 * field, never the rest), and merged with this browser's copy. A versioned format: a future one is
 * told apart and left untouched in the LMS.
 */
import {
  pickLessons,
  pickQuizzes,
  mergeLessons,
  mergeQuizzes,
  type LessonRecords,
  type QuizRecord,
  type QuizRecords,
} from '../progress/progress-records';

/** Longest cmi.suspend_data a SCORM 1.2 LMS must accept (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

/** The progress carried in cmi.suspend_data. */
export interface SuspendedProgress {
  lessons: LessonRecords;
  quizzes: QuizRecords;
}

// Dates travel as whole seconds since 1970 in base 36 (« tkqhs0 »): 6 characters instead of 24.
function packDate(iso: string): string {
  return Math.floor(Date.parse(iso) / 1000).toString(36);
}

/** Earliest date suspend data may hold (before the course existed: anything earlier is damage). */
const SUSPEND_DATE_MIN = Date.UTC(2017, 0, 1);
/** How far in the future a date may be (clocks drift; further is damage), in ms. */
const SUSPEND_DATE_SLACK_MS = 2 * 24 * 60 * 60 * 1000;

/** A packed date read back, or undefined when it is not one or out of range (never a RangeError). */
function unpackDate(value: unknown, now: number): string | undefined {
  if (typeof value !== 'string' || !/^[0-9a-z]{1,9}$/.test(value)) return undefined;
  const ms = parseInt(value, 36) * 1000;
  if (!Number.isSafeInteger(ms) || ms < SUSPEND_DATE_MIN || ms > now + SUSPEND_DATE_SLACK_MS) return undefined;
  return new Date(ms).toISOString();
}

/**
 * A lesson in suspend data: its first visit, then, each when known (« » when not, trailing ones
 * left out), its completion, its reading to the end (« lue », which the pass rule asks of every
 * lesson), the last time the reader was there and the heading they were at (« Reprendre »). Format
 * 1 held the first two dates only.
 */
type PackedLesson = [slug: string, visited: string, completed?: string, read?: string, seen?: string, section?: string];
type PackedQuiz = [
  id: string,
  hash: string,
  attempts: number,
  best: number,
  last: number,
  max: number,
  passed: 0 | 1,
  at: string,
  passedAt?: string,
];

/** Version of the suspend data format, first in the string so that a future format is told apart. */
const FORMAT = 2;
/** Formats this version reads: 1 is 2 without the reading fields of a lesson. */
const READABLE_FORMATS: readonly number[] = [1, 2];

function packLesson(slug: string, record: LessonRecords[string]): PackedLesson {
  const optional = (iso: string | undefined) => (iso ? packDate(iso) : '');
  const packed: PackedLesson = [
    slug,
    packDate(record.visitedAt),
    optional(record.completedAt),
    optional(record.readAt),
    optional(record.seenAt),
    record.section ?? '',
  ];
  while (packed.length > 2 && packed.at(-1) === '') packed.pop();
  return packed;
}

function packQuiz(id: string, r: QuizRecord): PackedQuiz {
  const packed: PackedQuiz = [id, r.hash, r.attempts, r.best, r.last, r.max, r.passed ? 1 : 0, packDate(r.at)];
  if (r.passedAt) packed.push(packDate(r.passedAt));
  return packed;
}

/** When an entry last changed: the most recent entries are the last to be dropped. */
function lessonTime(record: LessonRecords[string]): number {
  return Math.max(
    ...[record.visitedAt, record.completedAt, record.readAt, record.seenAt]
      .map((d) => Date.parse(d ?? ''))
      .filter(Number.isFinite),
  );
}

/**
 * The suspend data for some progress: compact JSON, at most `limit` characters. When the whole
 * progress does not fit, the entries that changed longest ago are left out one by one until it
 * does, so that the most recent progress always wins.
 */
export function encodeSuspendData(progress: SuspendedProgress, limit = SUSPEND_DATA_LIMIT): string {
  const entries = [
    ...Object.entries(progress.lessons).map(([slug, r]) => ({
      time: lessonTime(r),
      kind: 'l' as const,
      packed: packLesson(slug, r),
    })),
    ...Object.entries(progress.quizzes).map(([id, r]) => ({
      time: Date.parse(r.at),
      kind: 'q' as const,
      packed: packQuiz(id, r),
    })),
  ].sort((a, b) => b.time - a.time);
  const render = (count: number): string => {
    const kept = entries.slice(0, count);
    return JSON.stringify([
      FORMAT,
      kept.filter((e) => e.kind === 'l').map((e) => e.packed),
      kept.filter((e) => e.kind === 'q').map((e) => e.packed),
    ]);
  };
  // Few entries (a course has a few dozen): dropping one at a time is fast enough and exact.
  for (let count = entries.length; count > 0; count--) {
    const text = render(count);
    if (text.length <= limit) return text;
  }
  return render(0).length <= limit ? render(0) : '';
}

/**
 * What suspend data read back as: nothing yet (`empty`); progress (`read`, with the number of
 * entries or fields dropped because they were damaged or out of range); or something this version
 * cannot read (`unreadable`: not JSON, truncated, another shape; `other-version`: another format
 * number), which the adapter keeps untouched in the LMS.
 */
export type SuspendReading =
  | { kind: 'empty'; progress: SuspendedProgress }
  | { kind: 'read'; progress: SuspendedProgress; dropped: number }
  | { kind: 'unreadable' | 'other-version'; progress: SuspendedProgress };

const nothing = (): SuspendedProgress => ({ lessons: {}, quizzes: {} });

/**
 * Reads suspend data, checking every value on its own (dates in range, counts coherent): a bad
 * field costs that field (a bad completion date) or its entry (a lesson without a valid first
 * visit, an incoherent quiz record), never the rest.
 */
export function readSuspendData(text: string, now: number = Date.now()): SuspendReading {
  if (text.trim() === '') return { kind: 'empty', progress: nothing() };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', progress: nothing() };
  }
  if (!Array.isArray(value) || typeof value[0] !== 'number') return { kind: 'unreadable', progress: nothing() };
  if (!READABLE_FORMATS.includes(value[0])) return { kind: 'other-version', progress: nothing() };
  if (!Array.isArray(value[1]) || !Array.isArray(value[2])) return { kind: 'unreadable', progress: nothing() };
  let dropped = 0;
  let entries = 0;
  const lessons: Record<string, unknown> = {};
  const quizzes: Record<string, unknown> = {};
  for (const entry of value[1] as unknown[]) {
    entries++;
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
    // An optional date: absent (left out, or « » in format 2), kept, or dropped as damage.
    const date = (index: number) => {
      const packed = entry[index] as unknown;
      if (packed === undefined || packed === '') return undefined;
      const iso = unpackDate(packed, now);
      if (!iso) dropped++;
      return iso;
    };
    const [completedAt, readAt, seenAt] = [date(2), date(3), date(4)];
    const section = typeof entry[5] === 'string' && entry[5] !== '' ? entry[5] : undefined;
    lessons[entry[0]] = {
      visitedAt: unpackDate(entry[1], now),
      ...(completedAt ? { completedAt } : {}),
      ...(readAt ? { readAt } : {}),
      ...(seenAt ? { seenAt } : {}),
      ...(section ? { section } : {}),
    };
  }
  for (const entry of value[2] as unknown[]) {
    entries++;
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
    const [id, hash, attempts, best, last, max, passed, at, passedAt] = entry as unknown[];
    const passedDate = unpackDate(passedAt, now);
    if (passedAt !== undefined && !passedDate) dropped++;
    quizzes[id as string] = {
      hash,
      attempts,
      best,
      last,
      max,
      passed: passed === 1,
      at: unpackDate(at, now),
      ...(passedDate ? { passedAt: passedDate } : {}),
    };
  }
  // The stored-data pickers check every field and key: one set of rules for every source.
  const progress = { lessons: pickLessons(lessons).entries, quizzes: pickQuizzes(quizzes).entries };
  dropped += entries - Object.keys(progress.lessons).length - Object.keys(progress.quizzes).length;
  return { kind: 'read', progress, dropped };
}

/** Progress read back from suspend data: what readSuspendData could trust (empty when unreadable). */
export function decodeSuspendData(text: string, now: number = Date.now()): SuspendedProgress {
  return readSuspendData(text, now).progress;
}

/**
 * Two copies of the progress made one: a lesson keeps its first visit, first completion and first
 * reading to the end, and its latest place (mergeLessons, as between two tabs); a quiz keeps the
 * record of its latest attempt.
 */
export function mergeProgress(a: SuspendedProgress, b: SuspendedProgress): SuspendedProgress {
  return { lessons: mergeLessons(a.lessons, b.lessons), quizzes: mergeQuizzes(a.quizzes, b.quizzes) };
}
