/**
 * What the course tells an LMS, computed from the progress the site keeps: the status, the score,
 * the bookmark and the suspend data (progress compacted to fit the 4,096 characters SCORM 1.2
 * allows), and back. Pure functions: the browser side is src/client/lms/lms-adapter.ts. Data model
 * references: SCORM 1.2 Run-Time Environment, section 3.4 (cmi.core.lesson_status,
 * cmi.core.score.*, cmi.core.lesson_location, cmi.suspend_data); SCORM 2004 4th Edition RTE,
 * section 4.2 (cmi.completion_status and cmi.success_status, separate there).
 */
import {
  decodeLessons,
  decodeQuizzes,
  mergeLessons,
  mergeQuizzes,
  type LessonRecords,
  type QuizRecord,
  type QuizRecords,
} from '../progress/progress-records';
import { courseVerdict } from '../progress/course-pass';
import { lastSeenLesson } from '../progress/resume';

/** Longest cmi.suspend_data a SCORM 1.2 LMS must accept (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

/** The values of cmi.core.lesson_status the course sets. */
export type LessonStatus12 = 'incomplete' | 'completed' | 'passed' | 'failed';

/** The course as the adapter needs to know it (embedded in the page at build time). */
export interface LmsCourse {
  /** Lesson slugs, in course order. */
  lessons: readonly string[];
  /** Id of the quiz that sets passed or failed (FINAL_QUIZ_ID), if the course has one. */
  finalQuizId?: string | undefined;
  /** That quiz's current fingerprint (quizHash): a result on another version neither passes nor fails. */
  finalHash?: string | undefined;
}

/** The progress carried in cmi.suspend_data. */
export interface SuspendedProgress {
  lessons: LessonRecords;
  quizzes: QuizRecords;
}

/** cmi.core.score.* values: a percentage of the points, from 0 to 100. */
export interface Score12 {
  raw: number;
  min: number;
  max: number;
}

/**
 * The lesson status, by the course's one pass rule (courseVerdict, as the attestation): passed
 * when the module is passed (final evaluation passed on its current version, every lesson read);
 * failed when the current version was taken and never passed; incomplete otherwise (nothing taken,
 * a pass on an earlier version, or a pass with lessons left unread). Without a final evaluation:
 * completed once every lesson was opened.
 */
export function lessonStatus12(course: LmsCourse, progress: SuspendedProgress): LessonStatus12 {
  if (course.finalQuizId) {
    const verdict = courseVerdict(course.lessons, progress.lessons, progress.quizzes, course.finalHash);
    if (verdict.passed) return 'passed';
    return verdict.finalTaken && !verdict.finalPassed ? 'failed' : 'incomplete';
  }
  return course.lessons.every((slug) => progress.lessons[slug]) ? 'completed' : 'incomplete';
}

/**
 * The score to report: the final evaluation's best attempt in percent on its current version
 * (`hash`, when given), or undefined before one.
 */
export function score12(record: QuizRecord | undefined, hash?: string): Score12 | undefined {
  if (!record || record.max <= 0 || (hash !== undefined && record.hash !== hash)) return undefined;
  return { raw: Math.round((record.best * 100) / record.max), min: 0, max: 100 };
}

/** cmi.core.exit for a status: « suspend » keeps the attempt open while the course is unfinished. */
export function exitFor(status: LessonStatus12): 'suspend' | '' {
  return status === 'incomplete' || status === 'failed' ? 'suspend' : '';
}

/** The bookmark of a lesson: its page, relative to the package root (the launch page's folder). */
export function bookmarkFor(slug: string): string {
  return `lecons/${slug}/index.html`;
}

/** The lesson slug a bookmark points to, or undefined for anything else (another course's value). */
export function lessonOfBookmark(location: string): string | undefined {
  return /^lecons\/([a-z0-9][a-z0-9-]{0,99})\/(?:index\.html)?$/.exec(location.trim())?.[1];
}

/**
 * The LMS's bookmark made the reader's place: the lesson it names becomes the one last seen, so
 * that « Reprendre », which each page draws from the progress stores with its one rule
 * (resumeTarget), leads there. The lessons to store, or undefined when nothing is to change: the
 * bookmark names no lesson of the course, or its lesson already is the last seen (so a page that
 * opens again changes nothing). A lesson with no record yet gets one (the bookmark says it was
 * opened).
 */
export function placeAtBookmark(
  slugs: readonly string[],
  lessons: LessonRecords,
  bookmark: string,
  now: Date = new Date(),
): LessonRecords | undefined {
  const slug = lessonOfBookmark(bookmark);
  if (!slug || !slugs.includes(slug) || lastSeenLesson(slugs, lessons) === slug) return undefined;
  const at = now.toISOString();
  return { ...lessons, [slug]: { ...(lessons[slug] ?? { visitedAt: at }), seenAt: at } };
}

/**
 * A display name from cmi.core.student_name, which LMSs write « Nom, Prénom »: « Tremblay,
 * Marie » gives « Marie Tremblay ». A name without a comma is kept as it is.
 */
export function displayName(studentName: string): string {
  const comma = studentName.indexOf(',');
  const name = comma < 0 ? studentName : `${studentName.slice(comma + 1)} ${studentName.slice(0, comma)}`;
  return name.replace(/\s+/g, ' ').trim();
}

// Dates travel as whole seconds since 1970 in base 36 (« tkqhs0 »): 6 characters instead of 24.
function packDate(iso: string): string {
  return Math.floor(Date.parse(iso) / 1000).toString(36);
}

/** Earliest date suspend data may hold (before the course existed: anything earlier is damage). */
export const SUSPEND_DATE_MIN = Date.UTC(2017, 0, 1);
/** How far in the future a date may be (clocks drift; further is damage), in ms. */
export const SUSPEND_DATE_SLACK_MS = 2 * 24 * 60 * 60 * 1000;

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
  // The stored-data decoders check every field and key; going through JSON keeps one set of rules.
  const progress = {
    lessons: decodeLessons(JSON.stringify(lessons)),
    quizzes: decodeQuizzes(JSON.stringify(quizzes)),
  };
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

/**
 * The status to write, given what the LMS holds: a result the LMS already recorded (passed,
 * failed, completed) is never taken back to « incomplete », nor a pass to a fail, even if the
 * progress behind it was left out of the suspend data or this browser lost it.
 */
export function nextStatus(current: string, computed: LessonStatus12): LessonStatus12 {
  if (current === 'passed') return 'passed';
  if ((current === 'completed' || current === 'failed') && computed === 'incomplete') return current;
  return computed;
}

/** A duration as a SCORM 1.2 CMITimespan, « HHHH:MM:SS.SS » (hours on 2 to 4 digits). */
export function timespan12(ms: number): string {
  const centis = Math.max(0, Math.min(Math.round(ms / 10), 9999 * 360_000 + 359_999));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** The SCORM versions the adapter speaks. */
export type ScormVersion = '1.2' | '2004';

/** Longest cmi.suspend_data per version (SCORM 2004 4th Edition: 64,000 characters). */
export const SUSPEND_DATA_LIMITS: Record<ScormVersion, number> = { '1.2': SUSPEND_DATA_LIMIT, '2004': 64_000 };

/** The data model elements that only differ by name between versions. */
export const ELEMENTS: Record<
  ScormVersion,
  {
    location: string;
    suspendData: string;
    learnerName: string;
    exit: string;
    sessionTime: string;
    scoreRaw: string;
    mode: string;
  }
> = {
  '1.2': {
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    learnerName: 'cmi.core.student_name',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    scoreRaw: 'cmi.core.score.raw',
    mode: 'cmi.core.lesson_mode',
  },
  '2004': {
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    learnerName: 'cmi.learner_name',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    scoreRaw: 'cmi.score.raw',
    mode: 'cmi.mode',
  },
};

/** The elements that carry the status: one in SCORM 1.2, completion and success in 2004. */
export function statusElements(version: ScormVersion, status: LessonStatus12): [string, string][] {
  if (version === '1.2') return [['cmi.core.lesson_status', status]];
  const success = status === 'passed' || status === 'failed' ? status : 'unknown';
  return [
    ['cmi.completion_status', status === 'incomplete' ? 'incomplete' : 'completed'],
    ['cmi.success_status', success],
  ];
}

/** The status the LMS holds, as a SCORM 1.2 value (read with `get`), for nextStatus. */
export function heldStatus(version: ScormVersion, get: (element: string) => string): string {
  if (version === '1.2') return get('cmi.core.lesson_status');
  const success = get('cmi.success_status');
  if (success === 'passed' || success === 'failed') return success;
  return get('cmi.completion_status') === 'completed' ? 'completed' : '';
}

/** The elements that carry the score (2004 adds cmi.score.scaled, from 0 to 1). */
export function scoreElements(version: ScormVersion, score: Score12): [string, string][] {
  const prefix = version === '1.2' ? 'cmi.core.score' : 'cmi.score';
  const values: [string, string][] = [
    [`${prefix}.min`, String(score.min)],
    [`${prefix}.max`, String(score.max)],
    [`${prefix}.raw`, String(score.raw)],
  ];
  if (version === '2004') values.push(['cmi.score.scaled', String(score.raw / 100)]);
  return values;
}

/** cmi.exit for 2004 (« normal » rather than empty when the course is done), or cmi.core.exit. */
export function exitValue(version: ScormVersion, status: LessonStatus12): string {
  const exit = exitFor(status);
  return version === '2004' && exit === '' ? 'normal' : exit;
}

/** A duration as SCORM 2004 writes it (ISO 8601, « PT1H2M3.45S »). */
export function duration2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours}H${minutes}M${seconds}S`;
}

/** The session time in the version's format. */
export function sessionTime(version: ScormVersion, ms: number): string {
  return version === '1.2' ? timespan12(ms) : duration2004(ms);
}

/**
 * Whether the LMS records this launch: not in « review » (a finished attempt reopened) nor in
 * « browse » (a preview), where the course shows the saved progress but changes nothing.
 */
export function recordsProgress(mode: string): boolean {
  return mode !== 'review' && mode !== 'browse';
}
