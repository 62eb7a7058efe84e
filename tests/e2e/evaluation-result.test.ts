// After submitting the final evaluation: the result comes first, focused, with score, verdict and
// one next step in view without scrolling (360×640 and 1366×768); each missed question links to
// the lesson section that teaches it; ordering and matching answers are marked row by row in
// words; « Revoir les leçons ciblées » lists the lessons of the missed questions; axe reports
// nothing in either theme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seedStorage, siteUrl } from '../support/browser';
import { runAxe } from '../support/axe';
import { readQuizFiles } from '../support/quiz-files';
import { readLessonFiles } from '../support/course-files';
import { shownQuestions, takeQuiz, waitForIslands } from '../support/quiz-driver';
import { KEY } from '../support/storage-keys';
import { startSession } from '../../src/lib/quiz/quiz-session';
import { quizHash } from '../../src/build-time/quiz-hash';
import type { Quiz } from '../../src/schemas/quiz';

const final = readQuizFiles().get('evaluation-finale') as Quiz;
const prefix = `quiz-${final.id}`;
const at = '2026-11-26T10:00:00.000Z';
const allRead = Object.fromEntries(readLessonFiles().map((l) => [l.slug, { visitedAt: at, readAt: at }]));

// An attempt number whose draw holds a matching question, and an ordering one when the bank has
// any (the fourth-round bank has none): a record of that many attempts makes the page start there
// (a bank taken before starts at the next attempt's draw).
const hasOrdering = final.questions.some((q) => q.kind === 'ordering');
const round = Array.from({ length: 500 }, (_, i) => i + 1).find((r) => {
  const kinds = startSession(final, r).questions.map((id) => final.questions.find((q) => q.id === id)?.kind);
  return kinds.includes('matching') && (!hasOrdering || kinds.includes('ordering'));
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the evaluation with stored progress: lessons read or not, and `attempts` earlier attempts. */
async function open(
  options: { width: number; height: number; colorScheme?: 'light' | 'dark' },
  lessons: Record<string, unknown>,
  attempts = 0,
): Promise<Page> {
  const { page } = await newPage(browser, options);
  const record = { hash: quizHash(final), attempts, best: 0, last: 0, max: 20, passed: false, at };
  await seedStorage(page, { [KEY.lessons]: lessons, [KEY.quizzes]: attempts > 0 ? { [final.id]: record } : {} });
  await page.goto(siteUrl(`/quiz/${final.id}/`));
  // On a phone the quiz starts below the fold: it hydrates once scrolled into view.
  // Scrolled from inside the page: hydration may replace the fieldset while a locator acts on it.
  await page.evaluate((id) => document.querySelector(`[data-quiz="${id}"] fieldset`)?.scrollIntoView(), final.id);
  await waitForIslands(page);
  return page;
}

/** Whether each selector's element lies wholly inside the viewport. */
async function inView(page: Page, selectors: string[]): Promise<Record<string, boolean>> {
  return page.evaluate((list) => {
    const out: Record<string, boolean> = {};
    for (const s of list) {
      const r = document.querySelector(s)?.getBoundingClientRect();
      out[s] = r !== undefined && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    }
    return out;
  }, selectors);
}

const sizes = [
  { width: 360, height: 640 },
  { width: 1366, height: 768 },
];

describe('the result of the final evaluation', () => {
  for (const size of sizes) {
    it(`is focused and in view with its next step at ${size.width}×${size.height}, passed and failed`, async () => {
      const passed = await open(size, allRead);
      await takeQuiz(passed, final, undefined, 'form');
      await expect.poll(() => passed.evaluate(() => document.activeElement?.id)).toBe(`${prefix}-result`);
      const heading = passed.locator(`#${prefix}-result`);
      expect(await heading.getAttribute('aria-describedby')).toBe(`${prefix}-score ${prefix}-verdict`);
      const next = `.quiz-result a.button[href$="/attestation/"]`;
      expect(await passed.locator(next).innerText()).toBe('Obtenir mon attestation');
      const shown = [`#${prefix}-result`, `#${prefix}-score`, `#${prefix}-verdict`, next];
      expect(await inView(passed, shown)).toEqual(Object.fromEntries(shown.map((s) => [s, true])));
      await passed.context().close();

      const failed = await open(size, allRead);
      await takeQuiz(failed, final, 3, 'form');
      await expect.poll(() => failed.evaluate(() => document.activeElement?.id)).toBe(`${prefix}-result`);
      expect(await failed.locator(`#${prefix}-verdict`).innerText()).toMatch(/^Pas encore réussi/);
      const review = '.quiz-review > summary';
      expect(await failed.locator(review).innerText()).toBe('Revoir les leçons ciblées');
      const shownFailed = [`#${prefix}-result`, `#${prefix}-score`, `#${prefix}-verdict`, review];
      expect(await inView(failed, shownFailed)).toEqual(Object.fromEntries(shownFailed.map((s) => [s, true])));
      await failed.context().close();
    });
  }

  it('links each missed question to its lesson section, and lists the lessons to review', async () => {
    const page = await open({ width: 1280, height: 800 }, {});
    const questions = await shownQuestions(page, final);
    await takeQuiz(page, final, 5, 'form');
    await page.locator(`#${prefix}-result`).waitFor();
    const missed = questions.slice(5);
    const hrefs: string[] = [];
    for (const q of missed) {
      const link = page.locator(`#${prefix}-${q.id} .quiz-review-link a`);
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(new RegExp(`/lecons/${q.lesson}/(#[^#\\s]+)?$`));
      expect(await link.innerText()).toMatch(/^Revoir /);
      hrefs.push(href);
    }
    // Right answers have no review link.
    for (const q of questions.slice(0, 5)) {
      expect(await page.locator(`#${prefix}-${q.id} .quiz-review-link`).count()).toBe(0);
    }
    // « Revoir les leçons ciblées » opens the list of the missed questions' lessons, each once.
    await page.locator('.quiz-review > summary').click();
    const listed = await page.locator('.quiz-review li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const lessons = [...new Set(missed.map((q) => q.lesson))];
    expect(listed.map((h) => /\/lecons\/([^/]+)\//.exec(h ?? '')?.[1])).toEqual(lessons);
    // Most links land on a section, and every section they name exists on its lesson page.
    const sections = [...new Set(hrefs.filter((h) => h.includes('#')))];
    expect(sections.length).toBeGreaterThanOrEqual(Math.ceil(new Set(hrefs).size / 2));
    for (const href of sections) {
      await page.goto(new URL(href, page.url()).toString());
      const id = decodeURIComponent(href.split('#')[1] ?? '');
      expect(await page.evaluate((x) => document.getElementById(x)?.tagName, id)).toMatch(/^H[23]$/);
    }
    await page.context().close();
  });

  it('marks ordering and matching answers row by row, in words', async () => {
    expect(round).toBeDefined();
    const page = await open({ width: 1280, height: 800 }, allRead, round);
    const questions = await shownQuestions(page, final);
    await takeQuiz(page, final, 0, 'form');
    await page.locator(`#${prefix}-result`).waitFor();
    const ordering = questions.find((q) => q.kind === 'ordering');
    const matching = questions.find((q) => q.kind === 'matching');
    const rows = (id = '') => page.locator(`#${prefix}-${id} .quiz-rows > li`).allInnerTexts();
    if (hasOrdering) {
      const orderRows = await rows(ordering?.id);
      expect(orderRows.length).toBe(ordering?.kind === 'ordering' ? ordering.items.length : -1);
      for (const row of orderRows) expect(row).toMatch(/: (bien placé\.|mal placé \(place attendue\s: \d+\)\.)$/);
      expect(orderRows.some((r) => r.includes('mal placé'))).toBe(true);
    }
    const matchRows = await rows(matching?.id);
    expect(matchRows.length).toBe(matching?.kind === 'matching' ? matching.pairs.length : -1);
    for (const row of matchRows) {
      expect(row).toMatch(/(\s: juste\.|\s: ce n’est pas la bonne réponse, qui est «\s.+\s»\.)$/);
    }
    expect(matchRows.some((r) => r.includes('pas la bonne réponse'))).toBe(true);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`is axe-clean once submitted and failed, review list open (${colorScheme} theme, 360 px)`, async () => {
      const page = await open({ width: 360, height: 640, colorScheme }, {}, round);
      await takeQuiz(page, final, 4, 'form');
      await page.locator('.quiz-review > summary').click();
      await page.locator('.quiz-review li a').first().waitFor();
      expect(await runAxe(page)).toEqual([]);
      await page.screenshot({ path: `test-results/evaluation-result-360-${colorScheme}.png` });
      await page.context().close();
    });
  }
});
