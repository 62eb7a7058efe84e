/**
 * What the course tells an LMS, computed from the progress the site keeps: the status, the score,
 * the bookmark and the suspend data's limits (its format is suspend-data.ts), and back. Pure
 * functions: the browser side is src/client/lms/lms-adapter.ts. Data model references: SCORM 1.2
 * Run-Time Environment, section 3.4 (cmi.core.lesson_status, cmi.core.score.*,
 * cmi.core.lesson_location, cmi.suspend_data); SCORM 2004 4th Edition RTE, section 4.2
 * (cmi.completion_status and cmi.success_status, separate there).
 */
import type { LessonRecords, QuizRecord } from '../progress/progress-records';
import { courseVerdict } from '../progress/course-pass';
import { lastSeenLesson } from '../progress/resume';
import { percentOf } from '../quiz/percent';
import { SUSPEND_DATA_LIMIT, type SuspendedProgress } from './suspend-data';

/** The values of cmi.core.lesson_status the course sets. */
export type LessonStatus12 = 'incomplete' | 'completed' | 'passed' | 'failed';

/** The name of the meta tag that carries the course (LmsCourse, as JSON) in the package's pages. */
export const LMS_COURSE_META = 'msst-lms-course';

/**
 * The course as the adapter needs to know it: written into every page of the package at build time
 * (a meta tag named LMS_COURSE_META, by PageHead.astro from the content collections).
 */
export interface LmsCourse {
  /** Lesson slugs, in course order. */
  lessons: readonly string[];
  /** Id of the quiz that sets passed or failed (FINAL_QUIZ_ID), if the course has one. */
  finalQuizId?: string | undefined;
  /** That quiz's current fingerprint (quizHash): a result on another version neither passes nor fails. */
  finalHash?: string | undefined;
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
 * (`hash`, when given), or undefined before one; the percent the course shows (rounded down).
 */
export function score12(record: QuizRecord | undefined, hash?: string): Score12 | undefined {
  if (!record || record.max <= 0 || (hash !== undefined && record.hash !== hash)) return undefined;
  return { raw: percentOf(record.best, record.max), min: 0, max: 100 };
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
