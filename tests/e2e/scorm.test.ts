// The SCORM package in a real SCORM run-time: scorm-again's Scorm12API (and Scorm2004API) plays
// the LMS in a parent page that shows the unzipped package in an iframe, under a sub-path, file by file (see
// tests/support/scorm-lms.ts). The final evaluation is answered from its quiz file, whatever
// questions the page shows. Without an LMS, no adapter code loads.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { answerQuestion, waitForIslands } from '../support/quiz-driver';
import { readQuiz } from '../support/quiz-files';
import { readLessonFiles } from '../support/course-files';
import { CMI_KEY, serveLms, type RunningLms } from '../support/scorm-lms';
import {
  PKG_KEY,
  courseFrame,
  goInCourse,
  launchPlayer,
  lmsCalls,
  lmsOpened,
  readCmi,
  seedLms,
  type Cmi,
} from '../support/scorm-player';
import { unzipScormPackage } from '../support/scorm-package';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../src/lib/lms/suspend-data';
import type { QuizRecords } from '../../src/lib/progress/progress-records';

const FINAL = 'evaluation-finale';
const final = readQuiz(FINAL);
const lessons = readLessonFiles();
const [first, second] = lessons as [(typeof lessons)[0], (typeof lessons)[0]];

let dir: string;
let lms: RunningLms;
let browser: Browser;

beforeAll(async () => {
  // `npm test` builds the package before the tests; a lone run of this file builds it if missing.
  dir = unzipScormPackage();
  lms = await serveLms(dir);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await lms?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The console warnings the course writes about the LMS. */
function lmsWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('LMS')) warnings.push(m.text());
  });
  return warnings;
}

/** Opens the player (1.2 unless told); resolves once the package has opened the LMS session. */
const launch = (page: Page, player = lms.player, init = 'LMSInitialize') => launchPlayer(page, player, init);
/** Goes to a page of the package the way a link would. */
const go = (frame: Frame, path: string) => goInCourse(frame, lms, path);

/** The quiz driver works on a Page: this one reads and waits in the frame, and types on the page. */
function driverFor(page: Page, frame: Frame): Page {
  return new Proxy(frame, {
    get(target, prop) {
      if (prop === 'keyboard') return page.keyboard;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Page;
}

/** Takes the final evaluation: every question shown answered rightly or wrongly, then submitted. */
async function takeFinal(page: Page, frame: Frame, right: boolean): Promise<void> {
  await waitForIslands(driverFor(page, frame), `[data-quiz="${FINAL}"]`);
  const shown = await frame.$$eval(`[data-quiz="${FINAL}"] fieldset.quiz-q`, (sets) => sets.map((s) => s.id));
  expect(shown.length).toBeGreaterThan(0);
  const driver = driverFor(page, frame);
  for (const id of shown) {
    const question = final.questions.find((q) => `quiz-${FINAL}-${q.id}` === id);
    if (!question) throw new Error(`question inconnue dans ${FINAL}.yaml : ${id}`);
    await answerQuestion(driver, FINAL, question, right, 'form');
  }
  await frame.click(`[data-quiz="${FINAL}"] .quiz > .quiz-actions button`);
}

/** Marks every lesson read to its end in the package's storage, as reading them all would. */
async function readAllLessons(frame: Frame): Promise<void> {
  const at = '2026-11-26T10:00:00.000Z';
  await frame.evaluate(
    ({ key, slugs, at }) => {
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, object>;
      for (const slug of slugs) stored[slug] = { visitedAt: at, ...stored[slug], readAt: at };
      localStorage.setItem(key, JSON.stringify(stored));
    },
    { key: PKG_KEY.lessons, slugs: lessons.map((l) => l.slug), at },
  );
}

describe('the SCORM package in an LMS', () => {
  it('reports passed, the score and the bookmark, and resumes there with the results on the next launch', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page, lms.origin);
    const warnings = lmsWarnings(page);
    let frame = await launch(page);
    await expect.poll(async () => (await readCmi(page)).core.lesson_status).toBe('incomplete');
    // The name the LMS gives (« Nom, Prénom ») is the certificate's.
    await expect
      .poll(() => frame.evaluate((key) => localStorage.getItem(key), PKG_KEY.learnerName))
      .toBe(JSON.stringify('Marie Tremblay'));

    // Through the course by its own links: each one names a file the LMS serves.
    await frame.click('[data-start-link]');
    await frame.waitForURL((u) => u.pathname.endsWith(`/lecons/${first.slug}/index.html`));
    await frame.click('a[rel="next"]');
    await frame.waitForURL((u) => u.pathname.endsWith(`/lecons/${second.slug}/index.html`));
    await expect.poll(async () => (await readCmi(page)).core.lesson_location).toBe(`lecons/${second.slug}/index.html`);

    await go(frame, `quiz/${FINAL}/index.html`);
    await takeFinal(page, frame, true);
    // The evaluation passed with two lessons opened only: the attestation refuses, and so does the LMS.
    await expect.poll(async () => (await readCmi(page)).core.score.raw).toBe('100');
    expect((await readCmi(page)).core.lesson_status).toBe('incomplete');
    await go(frame, 'attestation/index.html');
    await frame.locator('.certificate-locked').waitFor();
    expect(await frame.locator('.certificate').count()).toBe(0);
    expect((await readCmi(page)).core.lesson_status).toBe('incomplete');
    // Every lesson read: the attestation is given, and the LMS gets passed at the same moment.
    await readAllLessons(frame);
    await go(frame, 'attestation/index.html');
    await frame.locator('.certificate').waitFor();
    await expect.poll(async () => (await readCmi(page)).core.lesson_status).toBe('passed');
    const passed = await readCmi(page);
    expect(passed.core.score).toEqual({ raw: '100', min: '0', max: '100' });
    expect(passed.core.lesson_location).toBe(`lecons/${second.slug}/index.html`);
    expect(decodeSuspendData(passed.suspend_data).quizzes[FINAL]?.passed).toBe(true);
    // One session across pages: opened once, not finished by moving from page to page.
    expect((await lmsCalls(page)).filter((c) => c === 'LMSInitialize')).toHaveLength(1);
    expect(await lmsCalls(page)).not.toContain('LMSFinish');

    // Another computer, the same LMS record: this browser's storage is emptied, then the player
    // reloads with the data the run-time saved (a new launch).
    await frame.evaluate(() => localStorage.clear());
    await page.reload();
    frame = await courseFrame(page);
    await lmsOpened(page);
    const saved = await page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null') as Cmi, CMI_KEY);
    expect(saved.core.lesson_status).toBe('passed');
    expect(saved.core.exit).toBe('');
    // « Reprendre » leads to the bookmark (the site alone would say the first unfinished lesson).
    const start = frame.locator('[data-start-link]');
    await expect.poll(() => start.getAttribute('href')).toMatch(new RegExp(`lecons/${second.slug}/index\\.html$`));
    await expect(start.innerText()).resolves.toContain(second.title);
    const results = await frame.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as QuizRecords,
      PKG_KEY.quizzes,
    );
    expect(results[FINAL]?.passed).toBe(true);
    // The lessons' reading travelled in the suspend data too: on this other computer, every lesson
    // is still « lue », so the attestation agrees with the LMS's passed.
    await go(frame, 'attestation/index.html');
    await frame.locator('.certificate').waitFor();
    // The progress page's « Reprendre » too.
    await go(frame, 'progression/index.html');
    await expect
      .poll(() => frame.locator('[data-resume-link]').getAttribute('href'))
      .toMatch(new RegExp(`lecons/${second.slug}/index\\.html$`));
    await go(frame, 'index.html');
    await start.click();
    await frame.waitForURL((u) => u.pathname.endsWith(`/lecons/${second.slug}/index.html`));
    await expect(frame.locator('h1').innerText()).resolves.toBe(second.title);
    await expect.poll(async () => (await readCmi(page)).core.lesson_status).toBe('passed');
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    expect(warnings).toEqual([]);
    await context.close();
  });

  it('warns when the LMS refuses a value, and the course keeps working', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page, lms.origin);
    const warnings = lmsWarnings(page);
    const frame = await launch(page, `${lms.player}?refuse=cmi.suspend_data`);
    await frame.click('[data-start-link]');
    await frame.waitForURL((u) => u.pathname.endsWith(`/lecons/${first.slug}/index.html`));
    await expect(frame.locator('h1').innerText()).resolves.toBe(first.title);
    await expect.poll(async () => (await readCmi(page)).core.lesson_location).toBe(`lecons/${first.slug}/index.html`);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toContain('cmi.suspend_data');
    expect(warnings[0]).toContain('405');
    // The progress is still kept in the browser.
    await expect
      .poll(() => frame.evaluate((key) => localStorage.getItem(key) ?? '', PKG_KEY.lessons))
      .toContain(first.slug);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('reports failed after a failed evaluation, and suspends the attempt on exit', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page, lms.origin);
    const frame = await launch(page);
    await go(frame, `quiz/${FINAL}/index.html`);
    await takeFinal(page, frame, false);
    await expect.poll(async () => (await readCmi(page)).core.lesson_status).toBe('failed');
    expect((await readCmi(page)).core.score.raw).toBe('0');
    // The LMS closes the activity: the course finishes the session, leaving it open to resume.
    await page.evaluate(() => document.querySelector('iframe')?.setAttribute('src', 'about:blank'));
    await expect.poll(() => lmsCalls(page)).toContain('LMSFinish');
    expect((await readCmi(page)).core.exit).toBe('suspend');
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('keeps the suspend data within 4,096 characters, the most recent progress first', async () => {
    // A learner with a long history: old quiz records fill the suspend data to the limit.
    const old: QuizRecords = {};
    for (let i = 0; encodeSuspendData({ lessons: {}, quizzes: old }).length < SUSPEND_DATA_LIMIT - 40; i++) {
      const at = new Date(Date.UTC(2020, 0, 1, 0, i)).toISOString();
      old[`ancien-questionnaire-${i}`] = {
        hash: 'abcdef1234',
        attempts: 3,
        best: 7,
        last: 5,
        max: 10,
        passed: false,
        at,
      };
    }
    const full = encodeSuspendData({ lessons: {}, quizzes: old });
    expect(full.length).toBeGreaterThan(SUSPEND_DATA_LIMIT - 100);
    const { context, page } = await newPage(browser);
    const seen = watchPage(page, lms.origin);
    await seedLms(page, lms, { suspendData: full });
    const frame = await launch(page);
    await frame.click('[data-start-link]');
    await frame.waitForURL((u) => u.pathname.endsWith(`/lecons/${first.slug}/index.html`));
    await expect
      .poll(async () => decodeSuspendData((await readCmi(page)).suspend_data).lessons[first.slug])
      .toBeDefined();
    const data = (await readCmi(page)).suspend_data;
    expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const kept = Object.keys(decodeSuspendData(data).quizzes);
    // The oldest record made room; the newest old ones are still there.
    expect(kept).not.toContain('ancien-questionnaire-0');
    expect(kept).toContain(`ancien-questionnaire-${Object.keys(old).length - 1}`);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('writes nothing back when the LMS reopens the attempt for review', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page, lms.origin);
    const bookmark = `lecons/${second.slug}/index.html`;
    await seedLms(page, lms, {
      cmi: {
        core: {
          student_name: 'Tremblay, Marie',
          lesson_mode: 'review',
          lesson_status: 'passed',
          lesson_location: bookmark,
        },
        suspend_data: '[1,[],[]]',
      },
    });
    const frame = await launch(page);
    // The saved bookmark still leads « Reprendre »; opening a lesson records nothing.
    const start = frame.locator('[data-start-link]');
    await expect.poll(async () => (await start.getAttribute('href'))?.endsWith(bookmark)).toBe(true);
    const reads = async () => (await lmsCalls(page)).filter((c) => c === 'LMSGetValue').length;
    const before = await reads();
    await go(frame, `lecons/${first.slug}/index.html`);
    await expect(frame.locator('h1').innerText()).resolves.toBe(first.title);
    // The lesson page's adapter has read the LMS (and, in the same task, written nothing).
    await expect.poll(reads).toBeGreaterThan(before);
    const held = await readCmi(page);
    expect(held.core.lesson_location).toBe(bookmark);
    expect(held.suspend_data).toBe('[1,[],[]]');
    expect(await lmsCalls(page)).not.toContain('LMSCommit');
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('speaks SCORM 2004 to a SCORM 2004 LMS: completion and success apart, scaled score, resume', async () => {
    interface Cmi2004 {
      completion_status: string;
      success_status: string;
      location: string;
      exit: string;
      suspend_data: string;
      score: { scaled: string; raw: string; min: string; max: string };
    }
    const cmi2004 = (page: Page) =>
      page.evaluate(
        () =>
          JSON.parse(
            JSON.stringify((window as unknown as { API_1484_11: { cmi: unknown } }).API_1484_11.cmi),
          ) as Cmi2004,
      );
    const { context, page } = await newPage(browser);
    const seen = watchPage(page, lms.origin);
    const warnings = lmsWarnings(page);
    let frame = await launch(page, lms.player2004, 'Initialize');
    await expect.poll(async () => (await cmi2004(page)).completion_status).toBe('incomplete');
    expect((await cmi2004(page)).success_status).toBe('unknown');
    await expect
      .poll(() => frame.evaluate((key) => localStorage.getItem(key), PKG_KEY.learnerName))
      .toBe(JSON.stringify('Marie Tremblay'));
    await frame.click('[data-start-link]');
    await frame.waitForURL((u) => u.pathname.endsWith(`/lecons/${first.slug}/index.html`));
    await frame.click('a[rel="next"]');
    await frame.waitForURL((u) => u.pathname.endsWith(`/lecons/${second.slug}/index.html`));
    // The bookmark is written once the lesson's LMS script has run (late, on a loaded machine):
    // leaving before then would keep the first lesson's, as the SCORM 1.2 case above waits too.
    await expect.poll(async () => (await cmi2004(page)).location).toBe(`lecons/${second.slug}/index.html`);
    await go(frame, `quiz/${FINAL}/index.html`);
    await takeFinal(page, frame, true);
    // Passed with lessons unread: neither the attestation nor the LMS says passed.
    await expect.poll(async () => (await cmi2004(page)).score.raw).toBe('100');
    expect((await cmi2004(page)).success_status).toBe('unknown');
    await go(frame, 'attestation/index.html');
    await frame.locator('.certificate-locked').waitFor();
    expect((await cmi2004(page)).success_status).toBe('unknown');
    await readAllLessons(frame);
    await go(frame, 'attestation/index.html');
    await frame.locator('.certificate').waitFor();
    await expect.poll(async () => (await cmi2004(page)).success_status).toBe('passed');
    const passed = await cmi2004(page);
    expect(passed.completion_status).toBe('completed');
    expect(passed.score).toEqual({ scaled: '1', raw: '100', min: '0', max: '100' });
    expect(passed.location).toBe(`lecons/${second.slug}/index.html`);
    expect((await lmsCalls(page)).filter((c) => c === 'Initialize')).toHaveLength(1);
    expect(await lmsCalls(page)).not.toContain('Terminate');

    await frame.evaluate(() => localStorage.clear());
    await page.reload();
    frame = await courseFrame(page);
    await lmsOpened(page, 'Initialize');
    const saved = await page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null') as Cmi2004, CMI_KEY);
    expect(saved.exit).toBe('normal');
    const start = frame.locator('[data-start-link]');
    await expect.poll(() => start.getAttribute('href')).toMatch(new RegExp(`lecons/${second.slug}/index\\.html$`));
    const results = await frame.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as QuizRecords,
      PKG_KEY.quizzes,
    );
    expect(results[FINAL]?.passed).toBe(true);
    expect(seen.errors).toEqual([]);
    expect(warnings).toEqual([]);
    await context.close();
  });

  it('keeps the session open when a page is left while its adapter is still loading', async () => {
    // SCORM 2004 refuses to reopen a terminated session: ending it by mistake between two pages
    // would lose everything after. Here the adapter of a lesson page only arrives once the learner
    // has already clicked « next », and the next page only arrives once that adapter has run.
    const { context, page } = await newPage(browser);
    const seen = watchPage(page, lms.origin);
    const frame = await launch(page, lms.player2004, 'Initialize');
    const reads = async () => (await lmsCalls(page)).filter((c) => c === 'GetValue').length;
    let adapterAsked!: () => void;
    const adapterRequested = new Promise<void>((ok) => (adapterAsked = ok));
    let releaseAdapter!: () => void;
    const adapterReleased = new Promise<void>((ok) => (releaseAdapter = ok));
    let held = false;
    await context.route(/_astro\/lms-adapter\.[\w-]+\.js$/, async (route) => {
      if (!held) {
        held = true;
        adapterAsked();
        await adapterReleased;
      }
      await route.continue();
    });
    let nextAsked!: () => void;
    const nextRequested = new Promise<void>((ok) => (nextAsked = ok));
    let releaseNext!: () => void;
    const nextReleased = new Promise<void>((ok) => (releaseNext = ok));
    await context.route(`${lms.content}lecons/${second.slug}/index.html`, async (route) => {
      nextAsked();
      await nextReleased;
      await route.continue();
    });
    await frame.click('[data-start-link]');
    await frame.waitForURL((u) => u.pathname.endsWith(`/lecons/${first.slug}/index.html`));
    await adapterRequested;
    const before = await reads();
    await frame.click('a[rel="next"]');
    await nextRequested;
    releaseAdapter();
    // The first lesson's adapter runs (it reads the LMS) while the next page is on its way.
    await expect.poll(reads).toBeGreaterThan(before);
    releaseNext();
    await frame.waitForURL((u) => u.pathname.endsWith(`/lecons/${second.slug}/index.html`));
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { API_1484_11: { cmi: { location: string } } }).API_1484_11.cmi.location,
        ),
      )
      .toBe(`lecons/${second.slug}/index.html`);
    expect(await lmsCalls(page)).not.toContain('Terminate');
    expect((await lmsCalls(page)).filter((c) => c === 'Initialize')).toHaveLength(1);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('names a file in every link a page draws after loading, with no script mending them', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page, lms.origin);
    const frame = await launch(page);
    /** Links of the page that name a folder (an LMS answers those with « not found »). */
    const folderLinks = () =>
      frame.$$eval('a[href]', (links) =>
        links
          .map((a) => a.getAttribute('href') ?? '')
          .filter((h) => !/^[a-z]+:/i.test(h) && !h.startsWith('#') && /\/$/.test(h.split(/[?#]/)[0] ?? '')),
      );
    // A failed attempt: the result lists the lessons to review, each question links to its section.
    await go(frame, `quiz/${FINAL}/index.html`);
    await takeFinal(page, frame, false);
    await frame.locator('.quiz-review').waitFor();
    expect(await frame.locator('.quiz-review a[href]').count()).toBeGreaterThan(0);
    expect(await folderLinks()).toEqual([]);
    // The progress page's island: « Reprendre », lessons and quizzes.
    await go(frame, 'progression/index.html');
    await frame.locator('[data-resume-link]').waitFor();
    await waitForIslands(driverFor(page, frame));
    expect(await folderLinks()).toEqual([]);
    // The home page's « Reprendre », drawn by its script from the stores.
    await go(frame, 'index.html');
    await expect.poll(() => frame.locator('[data-start-link]').getAttribute('href')).toMatch(/index\.html(#.*)?$/);
    expect(await folderLinks()).toEqual([]);
    // The attestation, locked: the lessons still to read.
    await go(frame, 'attestation/index.html');
    await frame.locator('.certificate-locked a[href]').first().waitFor();
    expect(await folderLinks()).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('keeps search and the decks working inside the package', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page, lms.origin);
    const frame = await launch(page);
    // Search: Pagefind loads from the package, and its results name files.
    await go(frame, 'recherche/index.html?q=veille');
    const hit = frame.locator('a.result-link').first();
    await hit.waitFor();
    expect(await hit.getAttribute('href')).toMatch(/\/index\.html(#.*)?$/);
    await hit.click();
    await frame.waitForURL((u) => /\/(lecons|quiz)\/[a-z0-9-]+\/index\.html$/.test(u.pathname));
    await expect(frame.locator('h1').count()).resolves.toBe(1);
    // Decks: the deck's script runs and its links lead back into the course.
    await go(frame, 'diapos/index.html');
    await frame.waitForFunction(() => /^1 \/ \d+$/.test(document.querySelector('[data-counter]')?.textContent ?? ''));
    const exit = await frame.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(exit.filter((h) => !h.startsWith('#') && /\/$/.test(h.split(/[?#]/)[0] ?? ''))).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await context.close();
  });
});

describe('without an LMS', () => {
  const adapter = (urls: string[]) => urls.filter((u) => /lms-adapter/.test(u));

  it('the package works as a plain site and loads no adapter', async () => {
    const { context, page } = await newPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const seen = watchPage(page, lms.origin);
    await page.goto(`${lms.content}index.html`);
    await page.click('[data-start-link]');
    await page.waitForURL((u) => u.pathname.endsWith(`/lecons/${first.slug}/index.html`));
    await page.waitForLoadState('networkidle');
    expect(scripts.some((u) => /_astro\/page\./.test(u))).toBe(true);
    expect(adapter(scripts)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('the normal site loads none of the LMS code', async () => {
    const { context, page } = await newPage(browser);
    // The static site has a page-level script of its own (the offline registration), so the LMS
    // code is looked for by what it does: looking up a SCORM API object.
    const scripts: Promise<{ url: string; body: string }>[] = [];
    page.on('response', (r) => {
      // A body no longer readable (the page moved on) counts as read and empty: the URL still counts.
      if (r.request().resourceType() === 'script') {
        scripts.push(
          r.text().then(
            (body) => ({ url: r.url(), body }),
            () => ({ url: r.url(), body: '' }),
          ),
        );
      }
    });
    for (const path of ['/', `/lecons/${first.slug}/`, `/quiz/${FINAL}/`]) {
      await page.goto(siteUrl(path));
      await page.waitForLoadState('load');
      const html = await page.content();
      expect(html).not.toMatch(/lms-probe|lms-adapter/);
    }
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((s) => /lms/.test(s.url) || s.body.includes('API_1484_11')).map((s) => s.url)).toEqual([]);
    await context.close();
  });
});
