// axe-core over the quiz, progress and certificate pages and a lesson with its quiz, in the light
// and dark themes — each in the state a learner sees: feedback shown, results listed, certificate
// locked and unlocked. Each state is reached once, checked in the light theme, then in the dark
// one on the same page (the theme follows the system live).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seedStorage, setColorScheme, siteUrl } from '../support/browser';
import { runAxe } from '../support/axe';
import { readQuizFiles } from '../support/quiz-files';
import { readLessonFiles } from '../support/course-files';
import { answerQuestion, questionSelector, takeQuiz, waitForIslands } from '../support/quiz-driver';
import { quizHash } from '../../src/build-time/quiz-hash';
import type { Quiz } from '../../src/schemas/quiz';
import { KEY } from '../support/storage-keys';

const quizzes = readQuizFiles();
const lessons = readLessonFiles();
const final = quizzes.get('evaluation-finale') as Quiz;
const lesson = lessons.find((l) => quizzes.get(l.slug)?.questions.some((q) => q.kind === 'ordering')) ?? lessons[0];
const lessonQuiz = quizzes.get(lesson?.slug ?? '') as Quiz;
const at = '2026-11-26T10:00:00.000Z';
const finalPassed = {
  [KEY.quizzes]: {
    [final.id]: { hash: quizHash(final), attempts: 1, best: 1, last: 1, max: 1, passed: true, passedAt: at, at },
  },
  // The pass rule asks for every lesson read too (src/lib/progress/course-pass.ts).
  [KEY.lessons]: Object.fromEntries(lessons.map((l) => [l.slug, { visitedAt: at, readAt: at }])),
  [KEY.learnerName]: 'Marie Tremblay',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each state to check: how to reach it. */
const states: Record<string, (page: Page) => Promise<void>> = {
  'quiz page, untouched': async (page) => {
    await page.goto(siteUrl(`/quiz/${lessonQuiz.id}/`));
    await waitForIslands(page);
  },
  'quiz page, with feedback and score': async (page) => {
    await page.goto(siteUrl(`/quiz/${lessonQuiz.id}/`));
    await waitForIslands(page);
    await takeQuiz(page, lessonQuiz, 1);
    await page.locator('.quiz-score').waitFor();
  },
  'final evaluation, submitted': async (page) => {
    await page.goto(siteUrl(`/quiz/${final.id}/`));
    await waitForIslands(page);
    await takeQuiz(page, final, 2);
    await page.locator('.quiz-score').waitFor();
  },
  'lesson with its quiz, one answer checked': async (page) => {
    await page.goto(siteUrl(`/lecons/${lesson?.slug}/`));
    await page.locator(`[data-quiz="${lessonQuiz.id}"]`).scrollIntoViewIfNeeded();
    await waitForIslands(page, `[data-quiz="${lessonQuiz.id}"]`);
    const q = lessonQuiz.questions[0];
    if (q) {
      await answerQuestion(page, lessonQuiz.id, q, false);
      await page
        .locator(`${questionSelector(lessonQuiz.id, q.id)} .quiz-actions button`)
        .first()
        .click();
      await page.locator(`${questionSelector(lessonQuiz.id, q.id)} .quiz-verdict`).waitFor();
    }
  },
  'progress page, with results': async (page) => {
    await seedStorage(page, finalPassed);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    await page.locator('.progress-lessons').waitFor();
  },
  'progress page, reset confirmation': async (page) => {
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Effacer ma progression' }).click();
    await page.locator('.progress-confirm').waitFor();
  },
  'certificate, locked': async (page) => {
    await page.goto(siteUrl('/attestation/'));
    await waitForIslands(page);
    await page.locator('.certificate-locked').waitFor();
  },
  'certificate, unlocked': async (page) => {
    await seedStorage(page, finalPassed);
    await page.goto(siteUrl('/attestation/'));
    await waitForIslands(page);
    await page.locator('.certificate').waitFor();
  },
  'home, with statuses': async (page) => {
    await seedStorage(page, { [KEY.lessons]: { [lesson?.slug ?? '']: { visitedAt: at, completedAt: at } } });
    await page.goto(siteUrl('/'));
    await page.locator('.lesson-status').first().waitFor();
  },
};

describe('axe-core, light then dark theme', () => {
  it.each(Object.entries(states))('%s has no violation', async (_name, reach) => {
    const { context, page } = await newPage(browser, { colorScheme: 'light', width: 390, height: 844 });
    await reach(page);
    const light = await runAxe(page);
    await setColorScheme(page, 'dark');
    const dark = await runAxe(page);
    expect({ light, dark }).toEqual({ light: [], dark: [] });
    await context.close();
  });
});
