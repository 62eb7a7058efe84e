// Suspend data the course cannot read, in a real SCORM run-time (scorm-again, tests/support/scorm-lms.ts):
// truncated, malformed or of another version, it stays untouched in the LMS, the browser's progress
// stays, the page says saving is paused and why, and the status and bookmark still reach the LMS.
// A date out of range costs that date only: the rest is restored and tracking goes on.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, watchPage } from '../support/browser';
import { readLessonFiles } from '../support/course-files';
import { serveLms, type RunningLms } from '../support/scorm-lms';
import { PKG_KEY, goInCourse, launchPlayer, readCmi, seedLms } from '../support/scorm-player';
import { unzipScormPackage } from '../support/scorm-package';
import { decodeSuspendData, encodeSuspendData } from '../../src/lib/lms/suspend-data';

const lessons = readLessonFiles();
const [first, second] = lessons as [(typeof lessons)[0], (typeof lessons)[0]];

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

/** Opens the player with what the LMS holds and what this browser holds; resolves with the course frame. */
async function launchWith(page: Page, suspendData: string, progress?: { lessons: object; quizzes: object }) {
  await seedLms(page, lms, { suspendData, progress });
  return launchPlayer(page, lms.player);
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
    ['of another version', good.replace(/^\[\d+,/, '[7,'), /autre version/],
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
      await goInCourse(frame, lms, `lecons/${second.slug}/index.html`);
      await expect
        .poll(async () => (await readCmi(page)).core.lesson_location)
        .toBe(`lecons/${second.slug}/index.html`);
      expect((await readCmi(page)).core.lesson_status).toBe('incomplete');
      expect((await readCmi(page)).suspend_data).toBe(data);
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
    await goInCourse(frame, lms, `lecons/${second.slug}/index.html`);
    await expect.poll(async () => (await readCmi(page)).core.lesson_location).toBe(`lecons/${second.slug}/index.html`);
    await expect
      .poll(async () => decodeSuspendData((await readCmi(page)).suspend_data).lessons[second.slug])
      .toBeDefined();
    const back = decodeSuspendData((await readCmi(page)).suspend_data);
    expect(back.lessons[first.slug]).toEqual({ visitedAt });
    expect(await frame.getByRole('status').filter({ hasText: 'en pause' }).count()).toBe(0);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
