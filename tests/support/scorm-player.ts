/**
 * The browser side of the stand-in LMS (tests/support/scorm-lms.ts): what the package's pages store
 * under the LMS's folder, what the run-time holds, and how a test opens the player, waits for the
 * package to open its session, and moves inside the course frame. Shared by the SCORM browser tests.
 */
import type { Frame, Page } from 'playwright-core';
import { CMI_KEY, CONTENT_PATH, STUDENT_NAME, type RunningLms } from './scorm-lms';
import { storageKey } from '../../src/lib/storage/storage-keys';

/** The package's storage keys: scoped by the folder the LMS serves it from. */
export const PKG_KEY = {
  lessons: storageKey('lessons', CONTENT_PATH),
  quizzes: storageKey('quizzes', CONTENT_PATH),
  learnerName: storageKey('learnerName', CONTENT_PATH),
};

/** What the SCORM 1.2 run-time holds. */
export interface Cmi {
  core: {
    lesson_status: string;
    lesson_location: string;
    exit: string;
    score: { raw: string; min: string; max: string };
  };
  suspend_data: string;
}

/** What the run-time holds (read from its data model directly, so no API call is added). */
export const readCmi = (page: Page) =>
  page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi)) as Cmi);

/** The API calls the package made, in order. */
export const lmsCalls = (page: Page) => page.evaluate(() => (window as unknown as { lmsCalls: string[] }).lmsCalls);

/** The package's frame, once its page has loaded. */
export async function courseFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#sco')).contentFrame();
  if (!frame) throw new Error('pas de cadre');
  await frame.waitForLoadState('load');
  return frame;
}

/** Waits until the package has opened the LMS session (Initialize called). */
export async function lmsOpened(page: Page, init = 'LMSInitialize'): Promise<void> {
  await page.waitForFunction((call) => (window as unknown as { lmsCalls: string[] }).lmsCalls.includes(call), init);
}

/** Opens a player page; resolves with the course frame once the package has opened the LMS session. */
export async function launchPlayer(page: Page, player: string, init = 'LMSInitialize'): Promise<Frame> {
  await page.goto(player);
  const frame = await courseFrame(page);
  await lmsOpened(page, init);
  return frame;
}

/** Goes to a page of the package the way a link would (a navigation the page starts). */
export async function goInCourse(frame: Frame, lms: RunningLms, path: string): Promise<void> {
  const target = new URL(path, lms.content);
  await frame.evaluate((url) => location.assign(url), target.href);
  await frame.waitForURL((u) => u.pathname === target.pathname && u.search === target.search);
  await frame.waitForLoadState('load');
}

/**
 * Gives the LMS saved CMI data for the next launch (a learner coming back), by default an attempt
 * in progress with the given suspend data, and optionally progress this browser already holds.
 */
export async function seedLms(
  page: Page,
  lms: RunningLms,
  saved: { suspendData?: string; cmi?: object; progress?: { lessons: object; quizzes: object } | undefined },
): Promise<void> {
  const cmi = saved.cmi ?? {
    core: { student_name: STUDENT_NAME, lesson_status: 'incomplete' },
    suspend_data: saved.suspendData ?? '',
  };
  await page.goto(lms.blank);
  await page.evaluate(
    ({ key, cmi, progress, keys }) => {
      sessionStorage.setItem(key, JSON.stringify(cmi));
      if (progress) {
        localStorage.setItem(keys.lessons, JSON.stringify(progress.lessons));
        localStorage.setItem(keys.quizzes, JSON.stringify(progress.quizzes));
      }
    },
    { key: CMI_KEY, cmi, progress: saved.progress, keys: PKG_KEY },
  );
}
