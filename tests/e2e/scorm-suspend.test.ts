// Suspend data the course cannot read, in a real SCORM run-time (scorm-again, tests/support/scorm-lms.ts):
// truncated, malformed or of another version, it stays untouched in the LMS, the browser's progress
// stays, the page says saving is paused and why, and the status and bookmark still reach the LMS.
// A date out of range costs that date only: the rest is restored and tracking goes on.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser, newPage, watchPage } from '../support/browser';
import { readLessonFiles } from '../support/course-files';
import { CMI_KEY, CONTENT_PATH, serveLms, type RunningLms } from '../support/scorm-lms';
import { unzipScormPackage } from '../support/scorm-package';
import { decodeSuspendData, encodeSuspendData } from '../../src/lib/scorm';
import { storageKey } from '../../src/lib/storage-keys';

const lessons = readLessonFiles();
const [first, second] = lessons as [(typeof lessons)[0], (typeof lessons)[0]];
const PKG_KEY = { lessons: storageKey('lessons', CONTENT_PATH), quizzes: storageKey('quizzes', CONTENT_PATH) };

let dir: string;
let lms: RunningLms;
let browser: Browser;

beforeAll(async () => {
  dir = unzipScormPackage();
  lms = await serveLms(dir);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await lms?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Cmi {
  core: { lesson_status: string; lesson_location: string };
  suspend_data: string;
}
const cmi = (page: Page) =>
  page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi)) as Cmi);

/** Opens the player with what the LMS holds and what this browser holds; resolves with the course frame. */
async function launchWith(page: Page, suspendData: string, browserProgress?: { lessons: object; quizzes: object }) {
  await page.goto(lms.blank);
  await page.evaluate(
    ({ key, data, progress, keys }) => {
      sessionStorage.setItem(
        key,
        JSON.stringify({ core: { student_name: 'Tremblay, Marie', lesson_status: 'incomplete' }, suspend_data: data }),
      );
      if (progress) {
        localStorage.setItem(keys.lessons, JSON.stringify(progress.lessons));
        localStorage.setItem(keys.quizzes, JSON.stringify(progress.quizzes));
      }
    },
    { key: CMI_KEY, data: suspendData, progress: browserProgress, keys: PKG_KEY },
  );
  await page.goto(lms.player);
  const frame = await (await page.waitForSelector('#sco')).contentFrame();
  if (!frame) throw new Error('pas de cadre');
  await frame.waitForLoadState('load');
  await page.waitForFunction(() => (window as unknown as { lmsCalls: string[] }).lmsCalls.includes('LMSInitialize'));
  return frame;
}

async function goTo(frame: Frame, path: string) {
  const target = new URL(path, lms.content);
  await frame.evaluate((url) => location.assign(url), target.href);
  await frame.waitForURL((u) => u.pathname === target.pathname);
  await frame.waitForLoadState('load');
}

const visitedAt = '2026-11-20T10:00:00.000Z';
const quizzes = {
  [first.slug]: {
    hash: 'abcdef1234',
    attempts: 1,
    best: 4,
    last: 4,
    max: 5,
    passed: true,
    at: visitedAt,
    passedAt: visitedAt,
  },
};
const good = encodeSuspendData({ lessons: { [first.slug]: { visitedAt } }, quizzes: {} });

describe('suspend data the course cannot read', () => {
  it.each([
    ['truncated', good.slice(0, -5), /illisibles/],
    ['malformed', '{"lecons":"deux"}', /illisibles/],
    ['of another version', good.replace(/^\[1,/, '[7,'), /autre version/],
  ])(
    '%s: kept in the LMS, progress kept here, a notice says why, status and bookmark still sent',
    async (_kind, data, why) => {
      const { context, page } = await newPage(browser);
      const seen = watchPage(page, lms.origin);
      const here = { lessons: { [first.slug]: { visitedAt }, [second.slug]: { visitedAt } }, quizzes };
      const frame = await launchWith(page, data, here);
      const notice = frame.getByRole('status').filter({ hasText: 'en pause' });
      await expect.poll(() => notice.count()).toBe(1);
      expect(await notice.innerText()).toMatch(why);
      await goTo(frame, `lecons/${second.slug}/index.html`);
      await expect.poll(async () => (await cmi(page)).core.lesson_location).toBe(`lecons/${second.slug}/index.html`);
      expect((await cmi(page)).core.lesson_status).toBe('incomplete');
      expect((await cmi(page)).suspend_data).toBe(data);
      const kept = await frame.evaluate(
        (keys) =>
          [localStorage.getItem(keys.lessons), localStorage.getItem(keys.quizzes)].map((v) => JSON.parse(v ?? '{}')),
        PKG_KEY,
      );
      expect(Object.keys(kept[0] as object).sort()).toEqual([first.slug, second.slug].sort());
      expect((kept[1] as typeof quizzes)[first.slug]?.passed).toBe(true);
      expect(seen.errors).toEqual([]);
      await context.close();
    },
  );

  it('a date out of range costs that date only: the rest is restored and tracking goes on', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page, lms.origin);
    const fine = Math.floor(Date.parse(visitedAt) / 1000).toString(36);
    const data = JSON.stringify([
      1,
      [
        [first.slug, fine, 'zzzzzzzzz'],
        [second.slug, 'zzzzzzzzz'],
      ],
      [],
    ]);
    const frame = await launchWith(page, data);
    await goTo(frame, `lecons/${second.slug}/index.html`);
    await expect.poll(async () => (await cmi(page)).core.lesson_location).toBe(`lecons/${second.slug}/index.html`);
    await expect.poll(async () => decodeSuspendData((await cmi(page)).suspend_data).lessons[second.slug]).toBeDefined();
    const back = decodeSuspendData((await cmi(page)).suspend_data);
    expect(back.lessons[first.slug]).toEqual({ visitedAt });
    expect(await frame.getByRole('status').filter({ hasText: 'en pause' }).count()).toBe(0);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
