/**
 * The LMS adapter of the SCORM 1.2 package: imported by the probe (LmsProbe.astro) only when the
 * page finds an LMS's API. It subscribes to the progress stores and tells the LMS what they hold
 * (status, score, bookmark, suspend data); pages and islands know nothing of it. The mapping is
 * pure and lives in src/lib/scorm.ts.
 *
 * The course is one SCO of many pages: each page loads this adapter. The first page opens the
 * session (LMSInitialize answers « true »); the next ones find it open (the LMS answers with
 * error 101, « already initialized ») and carry on. Leaving a page for another page of the course
 * only commits; leaving the course (window closed, LMS page changed) finishes the session.
 */
import { $lessons, $quizResults, markVisited } from '../stores/progress';
import { $learnerName, setLearnerName } from '../stores/learner';
import { summarize } from '../lib/progress';
import {
  bookmarkFor,
  decodeSuspendData,
  displayName,
  encodeSuspendData,
  exitFor,
  lessonOfBookmark,
  lessonStatus12,
  mergeProgress,
  nextStatus,
  score12,
  timespan12,
  type LessonStatus12,
  type SuspendedProgress,
} from '../lib/scorm';
import { fill } from '../lib/template';
import { withBase } from '../lib/url';
import { lms as t } from '../i18n/fr-lms';
import type { Scorm12Api } from './lms-api';

/** What the page tells the adapter about the course (data-lms-course, written at build time). */
export interface PageCourse {
  /** Lessons in course order. */
  lessons: { slug: string; title: string }[];
  /** The mastery evaluation's quiz id, when the course has one. */
  finalQuizId?: string;
  /** Label of « Reprendre » towards a lesson, with {title}. */
  resumeLesson: string;
}

/** sessionStorage key of when the LMS session started (cmi.core.session_time spans its pages). */
const SESSION_START_KEY = 'msst:lms-session-start';

/** The API behind checks: every call's error code is read, refusals are warned about, never thrown. */
class Lms {
  constructor(private readonly api: Scorm12Api) {}

  private lastError(call: string): string {
    try {
      const code = String(this.api.LMSGetLastError());
      if (code === '0' || code === '') return '0';
      let text = '';
      try {
        text = String(this.api.LMSGetErrorString(code));
      } catch {
        // The code alone says enough.
      }
      console.warn(fill(t.refused, { call, code, text: text ? ` « ${text} »` : '' }));
      return code;
    } catch (error) {
      console.warn(fill(t.threw, { call: 'LMSGetLastError', text: String(error) }));
      return '101';
    }
  }

  private run(call: string, action: () => unknown): { value: string; ok: boolean } {
    try {
      const value = String(action());
      return { value, ok: this.lastError(call) === '0' };
    } catch (error) {
      console.warn(fill(t.threw, { call, text: String(error) }));
      return { value: '', ok: false };
    }
  }

  /** « launch » for a new session, « continued » when a previous page opened it, else undefined. */
  initialize(): 'launch' | 'continued' | undefined {
    try {
      if (String(this.api.LMSInitialize('')) === 'true') {
        if (this.lastError('LMSInitialize') === '0') return 'launch';
      }
    } catch (error) {
      console.warn(fill(t.threw, { call: 'LMSInitialize', text: String(error) }));
    }
    // A previous page of the course opened the session: reading works without a warning then.
    try {
      this.api.LMSGetValue('cmi.core.lesson_status');
      if (String(this.api.LMSGetLastError()) === '0') return 'continued';
    } catch {
      // Same outcome as a refusal.
    }
    console.warn(t.noSession);
    return undefined;
  }

  get(element: string): string {
    const result = this.run(`LMSGetValue("${element}")`, () => this.api.LMSGetValue(element));
    return result.ok ? result.value : '';
  }

  set(element: string, value: string): boolean {
    const result = this.run(`LMSSetValue("${element}")`, () => this.api.LMSSetValue(element, value));
    return result.ok && result.value === 'true';
  }

  commit(): void {
    this.run('LMSCommit', () => this.api.LMSCommit(''));
  }

  finish(): void {
    this.run('LMSFinish', () => this.api.LMSFinish(''));
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function readSessionStart(launch: boolean): number {
  const now = Date.now();
  try {
    const stored = Number(sessionStorage.getItem(SESSION_START_KEY));
    if (!launch && Number.isFinite(stored) && stored > 0 && stored <= now) return stored;
    sessionStorage.setItem(SESSION_START_KEY, String(now));
  } catch {
    // No sessionStorage: the session time counts from this page.
  }
  return now;
}

/**
 * Whether the page is being left for another page of the course. The Navigation API sees every
 * navigation this page starts (links, forms, scripts, back and forward); where it is missing,
 * link clicks and form submissions are watched instead.
 */
function watchNavigation(insideCourse: (url: string) => boolean): () => boolean {
  let leavingForCourse = false;
  const nav = (window as Window & { navigation?: EventTarget }).navigation;
  if (nav) {
    nav.addEventListener('navigate', (event) => {
      const e = event as Event & { destination: { url: string; sameDocument: boolean } };
      if (!e.destination.sameDocument) leavingForCourse = insideCourse(e.destination.url);
    });
    nav.addEventListener('navigateerror', () => {
      leavingForCourse = false;
    });
  } else {
    document.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
      if (!link || event.defaultPrevented || (link.target && link.target !== '_self')) return;
      const url = new URL(link.href);
      const here = new URL(location.href);
      if (url.pathname === here.pathname && url.search === here.search) return;
      leavingForCourse = insideCourse(link.href);
    });
    document.addEventListener('submit', (event) => {
      if (event.target instanceof HTMLFormElement) leavingForCourse = insideCourse(event.target.action);
    });
  }
  return () => leavingForCourse;
}

/**
 * Points « Reprendre » (home page and progress page) at the bookmark while it is shown: the
 * page's own script sets it from the progress when the stores change, and this sets it back.
 */
function keepResumeOnBookmark(course: PageCourse, bookmark: string): void {
  const slug = lessonOfBookmark(bookmark);
  const lesson = course.lessons.find((l) => l.slug === slug);
  // Only the home page and the progress page (whose island renders the link later) show it.
  const shown = document.querySelector('a[data-start-link], astro-island[component-url*="ProgressPanel"]');
  if (!lesson || !shown) return;
  const href = withBase(bookmarkFor(lesson.slug));
  const label = fill(course.resumeLesson, { title: lesson.title });
  const apply = () => {
    const summary = summarize(
      course.lessons.map((l) => l.slug),
      $lessons.get(),
      $quizResults.get(),
    );
    // Once every lesson is done, the page's own « Reprendre » (final evaluation, certificate) wins.
    if (summary.resume.kind !== 'lesson') return;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-start-link], a[data-resume-link]')) {
      if (link.getAttribute('href') !== href) link.setAttribute('href', href);
      if (link.textContent !== label) link.textContent = label;
    }
  };
  apply();
  new MutationObserver(apply).observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['href'],
  });
}

/** Starts tracking this page in the LMS behind `api`; never throws. */
export function startLms(api: Scorm12Api, course: PageCourse): void {
  const lms = new Lms(api);
  const session = lms.initialize();
  if (!session) return;
  const launch = session === 'launch';
  const startedAt = readSessionStart(launch);
  const lmsCourse = { lessons: course.lessons.map((l) => l.slug), finalQuizId: course.finalQuizId };

  // What the LMS holds wins over this browser's storage at launch: on a shared computer, the
  // browser may hold someone else's progress. Later pages of the same session merge the two, so
  // that a browser that keeps nothing (private mode) loses nothing between pages.
  const saved = decodeSuspendData(lms.get('cmi.suspend_data'));
  const here: SuspendedProgress = { lessons: $lessons.get(), quizzes: $quizResults.get() };
  const restored = launch ? saved : mergeProgress(saved, here);
  if (!sameJson(restored.lessons, here.lessons)) $lessons.set(restored.lessons);
  if (!sameJson(restored.quizzes, here.quizzes)) $quizResults.set(restored.quizzes);
  const name = displayName(lms.get('cmi.core.student_name'));
  if (name && (launch || !$learnerName.get())) setLearnerName(name);

  const written = new Map<string, string>([
    ['cmi.core.lesson_status', lms.get('cmi.core.lesson_status')],
    ['cmi.core.score.raw', lms.get('cmi.core.score.raw')],
    ['cmi.suspend_data', lms.get('cmi.suspend_data')],
    ['cmi.core.lesson_location', lms.get('cmi.core.lesson_location')],
  ]);
  let status: LessonStatus12 = 'incomplete';
  let dirty = false;

  const write = (element: string, value: string) => {
    if (written.get(element) === value) return;
    // A refused value is not retried on every change: it is noted as written, and warned about once.
    lms.set(element, value);
    written.set(element, value);
    dirty = true;
  };

  const sync = () => {
    const progress = { lessons: $lessons.get(), quizzes: $quizResults.get() };
    status = nextStatus(written.get('cmi.core.lesson_status') ?? '', lessonStatus12(lmsCourse, progress));
    write('cmi.core.lesson_status', status);
    const score = score12(course.finalQuizId ? progress.quizzes[course.finalQuizId] : undefined);
    if (score) {
      write('cmi.core.score.min', String(score.min));
      write('cmi.core.score.max', String(score.max));
      write('cmi.core.score.raw', String(score.raw));
    }
    write('cmi.suspend_data', encodeSuspendData(progress));
    if (dirty) {
      lms.commit();
      dirty = false;
    }
  };

  // The page's lesson, if any: visited again in case the restore above replaced the visit this
  // page recorded on load, and written as the bookmark.
  const pageLesson = document.querySelector<HTMLElement>('lesson-visit[data-slug]')?.dataset.slug;
  const bookmark = written.get('cmi.core.lesson_location') ?? '';
  if (pageLesson) {
    markVisited(pageLesson);
    write('cmi.core.lesson_location', bookmarkFor(pageLesson));
  } else if (bookmark) {
    keepResumeOnBookmark(course, bookmark);
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

  const root = new URL(withBase('/'), location.href).href;
  const leavingForCourse = watchNavigation((url) => url.startsWith(root));
  let finished = false;
  window.addEventListener('pagehide', () => {
    // Another page of the course comes next: every change is already committed (see sync).
    if (finished || leavingForCourse()) return;
    finished = true;
    lms.set('cmi.core.exit', exitFor(status));
    lms.set('cmi.core.session_time', timespan12(Date.now() - startedAt));
    lms.finish();
  });
}
