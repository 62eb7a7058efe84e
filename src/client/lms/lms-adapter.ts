/**
 * The LMS adapter of the SCORM packages (1.2 and 2004): imported by the probe (lms-probe.ts) only
 * when the page finds an LMS's API. It subscribes to the progress stores and tells the LMS what
 * they hold (status, score, bookmark, suspend data); pages and islands know nothing of it. The
 * mapping is pure and lives in src/lib/lms/scorm.ts.
 *
 * The course is one SCO of many pages: each page loads this adapter. The first page opens the
 * session (Initialize answers « true »); the next ones find it open (the LMS answers with error
 * 101 in SCORM 1.2, 103 in 2004, « already initialized ») and carry on. Leaving a page for another
 * page of the course only commits (see lms-navigation.ts); leaving the course (window closed, LMS
 * page changed) finishes the session.
 */
import { $lessons, $quizResults, markVisited } from '../../stores/progress';
import { $learnerName, setLearnerName } from '../../stores/learner';
import { lmsSessionKey } from '../../lib/storage/storage-keys';
import { readItem, writeItem } from '../../lib/storage/browser-storage';
import {
  bookmarkFor,
  displayName,
  ELEMENTS,
  exitValue,
  heldStatus,
  lessonStatus12,
  nextStatus,
  placeAtBookmark,
  recordsProgress,
  score12,
  scoreElements,
  sessionTime,
  statusElements,
  SUSPEND_DATA_LIMITS,
  type LessonStatus12,
  type LmsCourse,
  type ScormVersion,
} from '../../lib/lms/scorm';
import { readSuspendData, encodeSuspendData, mergeProgress, type SuspendedProgress } from '../../lib/lms/suspend-data';
import { fill } from '../../lib/template';
import { lms as t } from '../../i18n/fr-lms';
import type { LmsApi } from './lms-api';
import { showTrackingPaused } from './lms-notice';

/** sessionStorage key of when the LMS session started (cmi.core.session_time spans its pages). */
const SESSION_START_KEY = lmsSessionKey();

/** The names of the API functions in each version. */
const CALLS: Record<
  ScormVersion,
  Record<'init' | 'finish' | 'get' | 'set' | 'commit' | 'error' | 'errorText', string>
> = {
  '1.2': {
    init: 'LMSInitialize',
    finish: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    error: 'LMSGetLastError',
    errorText: 'LMSGetErrorString',
  },
  '2004': {
    init: 'Initialize',
    finish: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    error: 'GetLastError',
    errorText: 'GetErrorString',
  },
};

/** The API behind checks: every call's error code is read, refusals are warned about, never thrown. */
class Lms {
  private readonly names: (typeof CALLS)[ScormVersion];
  private readonly api: Record<string, (...args: string[]) => unknown>;

  constructor(
    readonly version: ScormVersion,
    api: LmsApi['api'],
  ) {
    this.names = CALLS[version];
    this.api = api as unknown as Record<string, (...args: string[]) => unknown>;
  }

  private call(name: keyof (typeof CALLS)[ScormVersion], ...args: string[]): string {
    const method = this.names[name];
    return String(this.api[method]?.call(this.api, ...args) ?? '');
  }

  /** The last error code, warned about unless it is 0 or one of `quiet`. */
  private lastError(what: string, quiet: readonly string[] = []): string {
    try {
      const code = this.call('error');
      if (code === '0' || code === '' || quiet.includes(code)) return code === '' ? '0' : code;
      let text = '';
      try {
        text = this.call('errorText', code);
      } catch {
        // The code alone says enough.
      }
      console.warn(fill(t.refused, { call: what, code, text: text ? ` «\u00a0${text}\u00a0»` : '' }));
      return code;
    } catch (error) {
      console.warn(fill(t.threw, { call: this.names.error, text: String(error) }));
      return '101';
    }
  }

  private run(what: string, action: () => string, quiet: readonly string[] = []): { value: string; ok: boolean } {
    try {
      const value = action();
      return { value, ok: this.lastError(what, quiet) === '0' };
    } catch (error) {
      console.warn(fill(t.threw, { call: what, text: String(error) }));
      return { value: '', ok: false };
    }
  }

  /** « launch » for a new session, « continued » when a previous page opened it, else undefined. */
  initialize(): 'launch' | 'continued' | undefined {
    let code = '';
    try {
      if (this.call('init', '') === 'true' && this.call('error') === '0') return 'launch';
      code = this.call('error');
    } catch (error) {
      console.warn(fill(t.threw, { call: this.names.init, text: String(error) }));
    }
    // SCORM 2004 says « already initialized » with its own code; SCORM 1.2 says 101 for that and
    // for other refusals, so there a read that works tells an open session apart.
    if (this.version === '2004' && code === '103') return 'continued';
    if (this.version === '1.2' && code === '101') {
      try {
        this.call('get', 'cmi.core.lesson_status');
        if (this.call('error') === '0') return 'continued';
      } catch {
        // Same outcome as a refusal.
      }
    }
    console.warn(t.noSession);
    return undefined;
  }

  get(element: string): string {
    // SCORM 2004 answers 403 for an element that was never set: that is an empty value, not a fault.
    const result = this.run(`${this.names.get}("${element}")`, () => this.call('get', element), ['403']);
    return result.ok ? result.value : '';
  }

  set(element: string, value: string): void {
    this.run(`${this.names.set}("${element}")`, () => this.call('set', element, value));
  }

  commit(): void {
    this.run(this.names.commit, () => this.call('commit', ''));
  }

  finish(): void {
    this.run(this.names.finish, () => this.call('finish', ''));
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function readSessionStart(launch: boolean): number {
  const now = Date.now();
  const stored = Number(readItem('session', SESSION_START_KEY));
  if (!launch && Number.isFinite(stored) && stored > 0 && stored <= now) return stored;
  // No sessionStorage: the session time counts from this page.
  writeItem('session', SESSION_START_KEY, String(now));
  return now;
}

/**
 * Starts tracking this page in the LMS behind `found`; never throws. `leavingForCourse` (from
 * lms-navigation.ts, watched since the page started) says whether the page is being left for
 * another page of the course.
 */
export function startLms(found: LmsApi, course: LmsCourse, leavingForCourse: () => boolean): void {
  const lms = new Lms(found.version, found.api);
  const names = ELEMENTS[found.version];
  const session = lms.initialize();
  if (!session) return;
  const launch = session === 'launch';
  const startedAt = readSessionStart(launch);

  // What the LMS holds wins over this browser's storage at launch: on a shared computer, the
  // browser may hold someone else's progress. Later pages of the same session merge the two, so
  // that a browser that keeps nothing (private mode) loses nothing between pages. Suspend data
  // this version cannot read (damaged, another format) is never overwritten, and the browser's
  // progress is kept: the page says that saving to the LMS is paused, and why.
  const reading = readSuspendData(lms.get(names.suspendData));
  const trusted = reading.kind === 'empty' || reading.kind === 'read';
  if (reading.kind === 'unreadable' || reading.kind === 'other-version') showTrackingPaused(reading.kind);
  const saved = reading.progress;
  const here: SuspendedProgress = { lessons: $lessons.get(), quizzes: $quizResults.get() };
  const restored = launch && trusted ? saved : mergeProgress(saved, here);
  if (!sameJson(restored.lessons, here.lessons)) $lessons.set(restored.lessons);
  if (!sameJson(restored.quizzes, here.quizzes)) $quizResults.set(restored.quizzes);
  const name = displayName(lms.get(names.learnerName));
  if (name && (launch || !$learnerName.get())) setLearnerName(name);

  // What the LMS holds, so that only changes are written (and committed).
  const written = new Map<string, string>();
  for (const element of [names.scoreRaw, names.suspendData, names.location]) written.set(element, lms.get(element));
  const held = heldStatus(found.version, (element) => {
    const value = lms.get(element);
    written.set(element, value);
    return value;
  });
  let status: LessonStatus12 = 'incomplete';
  let dirty = false;

  // A review or a preview shows what was saved and writes nothing back.
  const records = recordsProgress(lms.get(names.mode));

  const write = (element: string, value: string) => {
    if (!records || written.get(element) === value) return;
    if (element === names.suspendData && !trusted) return;
    // A refused value is not retried on every change: it is noted as written, and warned about once.
    lms.set(element, value);
    written.set(element, value);
    dirty = true;
  };

  const sync = () => {
    const progress = { lessons: $lessons.get(), quizzes: $quizResults.get() };
    status = nextStatus(held, lessonStatus12(course, progress));
    for (const [element, value] of statusElements(found.version, status)) write(element, value);
    const score = score12(course.finalQuizId ? progress.quizzes[course.finalQuizId] : undefined, course.finalHash);
    if (score) for (const [element, value] of scoreElements(found.version, score)) write(element, value);
    write(names.suspendData, encodeSuspendData(progress, SUSPEND_DATA_LIMITS[found.version]));
    if (dirty) {
      lms.commit();
      dirty = false;
    }
  };

  // The page's lesson, if any: visited again in case the restore above replaced the visit this
  // page recorded on load, and written as the bookmark.
  const pageLesson = document.querySelector<HTMLElement>('lesson-visit[data-slug]')?.dataset.slug;
  const bookmark = written.get(names.location) ?? '';
  if (pageLesson) {
    markVisited(pageLesson);
    write(names.location, bookmarkFor(pageLesson));
  } else {
    // Elsewhere, the bookmark is the reader's place: « Reprendre » is drawn from the stores.
    const placed = placeAtBookmark(course.lessons, $lessons.get(), bookmark);
    if (placed) $lessons.set(placed);
  }
  sync();

  // Several store changes in one task (an import, a quiz finished) make one commit.
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      sync();
    });
  };
  $lessons.listen(schedule);
  $quizResults.listen(schedule);

  let finished = false;
  window.addEventListener('pagehide', () => {
    // Another page of the course comes next: every change is already committed (see sync).
    if (finished || leavingForCourse()) return;
    finished = true;
    if (records) {
      lms.set(names.exit, exitValue(found.version, status));
      lms.set(names.sessionTime, sessionTime(found.version, Date.now() - startedAt));
    }
    lms.finish();
  });
}
