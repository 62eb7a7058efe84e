// Quizzes in the browser: taken with the keyboard alone in both modes, feedback announced, the
// score kept across reloads and shown on the progress page, readable without JavaScript, a
// result from an earlier version labelled as such, and the lesson page's JavaScript budget.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seedStorage, siteUrl, watchPage } from '../support/browser';
import { readQuizFiles } from '../support/quiz-files';
import { readLessonFiles } from '../support/course-files';
import {
  answerQuestion,
  questionSelector,
  shownQuestions,
  tabTo,
  takeQuiz,
  waitForIslands,
} from '../support/quiz-driver';
import { quizHash } from '../../src/build-time/quiz-hash';
import type { Quiz } from '../../src/schemas/quiz';
import { KEY } from '../support/storage-keys';
import { LESSON_IN_USE_JS_BUDGET } from '../support/budgets';

const quizzes = readQuizFiles();
const lessons = readLessonFiles();
const kinds = (q: Quiz) => new Set(q.questions.map((x) => x.kind)).size;
// The lesson quiz with the most kinds of question, to exercise them all from the keyboard.
const practice = [...quizzes.values()]
  .filter((q) => q.mode === 'practice' && lessons.some((l) => l.slug === q.id))
  .sort((a, b) => kinds(b) - kinds(a))[0] as Quiz;
const final = quizzes.get('evaluation-finale') as Quiz;
const lessonOf = (id: string) => lessons.find((l) => l.slug === id);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const text = (page: Page, selector: string) => page.locator(selector).innerText();
const stored = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);

describe('a practice quiz', () => {
  it('is taken with the keyboard alone: each check gives feedback, then the score', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    const seen = watchPage(page);
    await page.goto(siteUrl(`/quiz/${practice.id}/`));
    await waitForIslands(page);
    await takeQuiz(page, practice);
    for (const q of practice.questions) {
      const feedback = page.locator(`${questionSelector(practice.id, q.id)} .quiz-feedback`);
      await expect.poll(() => feedback.getAttribute('aria-live')).toBe('polite');
      const said = await feedback.innerText();
      expect(said, q.id).toContain('Bonne réponse.');
      expect(said, q.id).toContain(q.explanation.slice(0, 30));
    }
    const n = practice.questions.length;
    await expect.poll(() => text(page, '.quiz-score')).toBe(`Score\u00a0: ${n} sur ${n} (100\u00a0%)`);
    await expect.poll(() => text(page, '.quiz-pass')).toContain('Réussi');
    await expect.poll(() => page.locator('.quiz-result').getAttribute('aria-live')).toBe('polite');
    expect(seen.errors).toEqual([]);

    // Kept across a reload, and shown on the progress page.
    await page.reload();
    await waitForIslands(page);
    await expect.poll(() => text(page, '.quiz-best')).toContain(`${n} sur ${n} (100\u00a0%) · 1 tentative`);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    const row = page.locator(`.progress-quizzes [data-quiz="${practice.id}"]`);
    const said = await row.innerText();
    expect(said).toContain(`Meilleur score\u00a0: ${n} sur ${n} (100\u00a0%)`);
    expect(said).toContain('1 tentative');
    expect(said).toContain('Réussi');
    if (lessonOf(practice.id)) {
      await expect
        .poll(() => page.locator(`li[data-lesson="${practice.id}"]`).getAttribute('data-status'))
        .toBe('completed');
    }
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('explains a wrong answer, then lets the learner try again', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl(`/quiz/${practice.id}/`));
    await waitForIslands(page);
    // An ordering question always holds an answer (its current order): take another kind.
    const q = practice.questions.find((x) => x.kind !== 'ordering');
    if (!q) throw new Error('aucune question à choix dans ce questionnaire');
    const scope = questionSelector(practice.id, q.id);

    // Checking with no answer asks for one.
    await tabTo(page, `${scope} .quiz-actions button`);
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, `${scope} .quiz-feedback`)).toBe('Répondez à la question avant de vérifier.');

    await answerQuestion(page, practice.id, q, false);
    await tabTo(page, `${scope} .quiz-actions button:first-child`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => text(page, `${scope} .quiz-feedback`))
      .toMatch(/Ce n’est pas la bonne réponse\.|Réponse en partie juste/);
    await expect.poll(() => text(page, `${scope} .quiz-feedback`)).toContain('À retenir');
    await tabTo(page, `${scope} .quiz-actions button:nth-child(2)`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Réessayer');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, `${scope} .quiz-feedback`)).toBe('');
    await expect
      .poll(() => page.evaluate((s) => document.querySelector(s)?.contains(document.activeElement), scope))
      .toBe(true);
    await context.close();
  });

  it('shows a result obtained on an earlier version of the quiz as such', async () => {
    const { context, page } = await newPage(browser);
    await seedStorage(page, {
      [KEY.quizzes]: {
        [practice.id]: {
          hash: 'version-2017',
          attempts: 3,
          best: 2,
          last: 1,
          max: 4,
          passed: false,
          at: '2026-01-01T00:00:00.000Z',
        },
      },
    });
    await page.goto(siteUrl(`/quiz/${practice.id}/`));
    await waitForIslands(page);
    await expect.poll(() => text(page, '.quiz-best')).toContain('version antérieure');
    await expect.poll(() => text(page, '.quiz-best')).toContain('3 tentatives');
    // A new attempt starts a new record for the current version.
    await takeQuiz(page, practice);
    const record = (await stored(page, KEY.quizzes))[practice.id];
    expect(record).toMatchObject({ hash: quizHash(practice), attempts: 1, passed: true });
    await expect.poll(() => text(page, '.quiz-best')).not.toContain('version antérieure');
    await context.close();
  });
});

describe('the final evaluation', () => {
  // Two whole attempts of 20 questions from the keyboard, about 350 presses of Tab: 7 s on a quiet
  // 2-core machine (27 s when boxes were ticked in the bank's order, Tab going round the page).
  it('asks for every answer, then scores, announces and can be restarted — from the keyboard', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    await page.goto(siteUrl(`/quiz/${final.id}/`));
    await waitForIslands(page);
    const submit = `[data-quiz="${final.id}"] .quiz > .quiz-actions button`;
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    // Every question drawn but the ordering ones (which always hold an order) is missing.
    const drawn = await shownQuestions(page, final);
    expect(drawn.length).toBe(final.draw ?? final.questions.length);
    const missing = drawn.flatMap((q, i) => (q.kind === 'ordering' ? [] : [i + 1]));
    await expect
      .poll(() => text(page, '.quiz-message'))
      .toMatch(/^Répondez à toutes les questions avant de soumettre\s: il manque /);
    const message = await text(page, '.quiz-message');
    expect(message.match(/\d+/g)?.map(Number)).toEqual(missing);
    await expect.poll(() => page.locator('.quiz-message').getAttribute('aria-live')).toBe('polite');
    const firstMissing = drawn[(missing[0] ?? 1) - 1]?.id ?? '';
    await expect
      .poll(() =>
        page.evaluate(
          (s) => document.querySelector(s)?.contains(document.activeElement),
          questionSelector(final.id, firstMissing),
        ),
      )
      .toBe(true);
    const firstId = drawn[0]?.id ?? '';

    // Half right: below the pass mark.
    const half = Math.floor(drawn.length / 2);
    await takeQuiz(page, final, half);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`quiz-${final.id}-result`);
    await expect.poll(() => text(page, '.quiz-fail')).toContain('Pas encore réussi');
    await expect
      .poll(() =>
        page
          .locator(`${questionSelector(final.id, firstId)} :is(input, select, button)`)
          .first()
          .isDisabled(),
      )
      .toBe(true);
    expect(await page.locator('.quiz-verdict').count()).toBe(drawn.length);

    // « Recommencer », then all right.
    await tabTo(page, `[data-quiz="${final.id}"] .quiz > .quiz-actions:last-child button`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Recommencer');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.quiz-verdict').count()).toBe(0);
    const redrawn = await shownQuestions(page, final);
    // A new attempt draws another set from the bank.
    if (final.draw !== undefined) expect(redrawn.map((q) => q.id)).not.toEqual(drawn.map((q) => q.id));
    await takeQuiz(page, final);
    const n = redrawn.length;
    await expect.poll(() => text(page, '.quiz-score')).toBe(`Score\u00a0: ${n} sur ${n} (100\u00a0%)`);
    await expect.poll(() => text(page, '.quiz-pass')).toContain('Réussi');
    const record = (await stored(page, KEY.quizzes))[final.id];
    expect(record).toMatchObject({ attempts: 2, best: n, max: n, passed: true, hash: quizHash(final) });
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});

describe('quizzes in lessons', () => {
  const lesson = lessonOf(practice.id) ?? lessons[0];

  it('marks the lesson visited on opening, hydrates the quiz at the first interaction, completes the lesson on a pass', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    await page.goto(siteUrl(`/lecons/${lesson?.slug}/`));
    await page.waitForFunction(({ slug, key }) => localStorage.getItem(key)?.includes(slug) ?? false, {
      slug: lesson?.slug ?? '',
      key: KEY.lessons,
    });
    expect((await stored(page, KEY.lessons))[lesson?.slug ?? '']).toHaveProperty('visitedAt');
    await expect
      .poll(() => page.locator(`[data-quiz="${practice.id}"] astro-island`).getAttribute('ssr'))
      .not.toBeNull();
    // Scrolled into view, it waits; Tab into it (takeQuiz, from the keyboard) hydrates it.
    await page.locator(`[data-quiz="${practice.id}"]`).scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    expect(await page.locator(`[data-quiz="${practice.id}"] astro-island`).getAttribute('ssr')).not.toBeNull();
    await takeQuiz(page, practice);
    await expect
      .poll(() => text(page, `[data-quiz="${practice.id}"] .quiz-result`))
      .toContain('La leçon est marquée comme terminée');
    expect((await stored(page, KEY.lessons))[lesson?.slug ?? '']).toHaveProperty('completedAt');
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('keeps a lesson page with its quiz hydrated within the budget of a lesson in use (23.5 kB gzip)', async () => {
    const { context, page } = await newPage(browser);
    const scripts: Promise<number>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.body().then((b) => gzipSync(b).length));
    });
    await page.goto(siteUrl(`/lecons/${lessons.at(-1)?.slug}/`));
    for (const block of await page.locator('.quiz-block').all()) await block.scrollIntoViewIfNeeded();
    await waitForIslands(page);
    await page.waitForLoadState('networkidle');
    const inline = await page.$$eval('script:not([src])', (s) => s.map((x) => x.textContent ?? ''));
    const total =
      (await Promise.all(scripts)).reduce((a, b) => a + b, 0) + inline.reduce((a, s) => a + gzipSync(s).length, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(total, `${total} octets gzip`).toBeLessThanOrEqual(LESSON_IN_USE_JS_BUDGET);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it.each([
    ['its own page', `/quiz/${practice.id}/`],
    ['a lesson', `/lecons/${lessonOf(practice.id)?.slug ?? lessons[0]?.slug}/`],
  ])('shows the questions on %s, as native form controls', async (_name, path) => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl(path));
    const block = page.locator(`[data-quiz="${practice.id}"]`);
    await expect.poll(() => block.locator('fieldset.quiz-q').count()).toBe(practice.questions.length);
    for (const q of practice.questions) {
      const fieldset = block.locator(questionSelector(practice.id, q.id));
      await expect.poll(() => fieldset.locator('legend').first().innerText()).toContain(q.prompt);
      if (q.kind === 'single' || q.kind === 'multiple') {
        for (const o of q.options)
          await expect.poll(() => fieldset.getByLabel(o.text, { exact: true }).count()).toBe(1);
      }
      if (q.kind === 'matching') await expect.poll(() => fieldset.locator('select').count()).toBe(q.pairs.length);
      if (q.kind === 'ordering') await expect.poll(() => fieldset.locator('li').count()).toBe(q.items.length);
    }
    await expect.poll(() => block.locator('.quiz-noscript').isVisible()).toBe(true);
    await context.close();
  });
});
