// A lesson's quiz hydrates on the first interaction with it (client:interaction,
// src/client/directives/interaction.ts): a reader who only reads loads no framework, and nothing
// the learner does while the island loads is lost — a choice in the form is kept, a button pressed
// meanwhile is pressed again once the island is ready, by pointer or by keyboard. The quiz's
// module is held back here so that both answers happen before hydration, as on a slow phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seedStorage, siteUrl, watchPage } from '../support/browser';
import { readQuizFiles } from '../support/quiz-files';
import { readLessonFiles } from '../support/course-files';
import { answerQuestion, questionSelector, tabTo } from '../support/quiz-driver';
import { quizHash } from '../../src/build-time/quiz-hash';
import { islandDataPath } from '../../src/build-time/island-data';
import type { Question, Quiz } from '../../src/schemas/quiz';
import { KEY } from '../support/storage-keys';

const lessons = readLessonFiles();
const quizzes = readQuizFiles();
// A lesson whose quiz opens on a question answered by clicking (radio buttons or checkboxes).
const clickable = (q: Question | undefined) => q?.kind === 'single' || q?.kind === 'true-false';
// A lesson's quiz has the lesson's slug for its id.
const lesson = lessons.find((l) => {
  const quiz = quizzes.get(l.slug);
  return quiz?.mode === 'practice' && quiz.draw === undefined && clickable(quiz.questions[0]);
});
if (!lesson) throw new Error('aucune leçon dont le questionnaire commence par une question à choix');
const quiz = quizzes.get(lesson.slug) as Quiz;
const first = quiz.questions[0] as Question;
const lessonPath = `/lecons/${lesson.slug}/`;
// A lesson whose quiz has a question to put in order (« Monter », « Descendre »).
const ordering = lessons
  .map((l) => ({ l, q: quizzes.get(l.slug)?.questions.find((x) => x.kind === 'ordering') }))
  .find(({ l, q }) => q && quizzes.get(l.slug)?.draw === undefined);
if (!ordering?.q) throw new Error('aucune leçon dont le questionnaire a une question à mettre en ordre');
const scope = questionSelector(quiz.id, first.id);
const island = `[data-quiz="${quiz.id}"] astro-island`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Holds the quiz island's module back until `release` is called. */
async function holdQuizModule(page: Page): Promise<{ asked: () => boolean; release: () => void }> {
  let asked = false;
  let release = () => {};
  const released = new Promise<void>((ok) => (release = ok));
  await page.route(/\/_astro\/Quiz\.[\w-]+\.js$/, async (route) => {
    asked = true;
    await released;
    await route.continue();
  });
  return { asked: () => asked, release };
}

/**
 * Opens the lesson with the quiz's module held back, runs `answer` (which must start the island),
 * checks that it did so before hydration, then lets the module through and waits for hydration.
 */
async function answeredBeforeHydration(width: number, answer: (page: Page) => Promise<void>, quizId = quiz.id) {
  const { context, page } = await newPage(browser, { width, height: 800 });
  const seen = watchPage(page);
  const held = await holdQuizModule(page);
  await page.goto(siteUrl(`/lecons/${quizId}/`));
  await answer(page);
  await expect.poll(held.asked).toBe(true);
  expect(await hydrated(page, `[data-quiz="${quizId}"] astro-island`)).toBe(false);
  held.release();
  await expect.poll(() => hydrated(page, `[data-quiz="${quizId}"] astro-island`)).toBe(true);
  return { context, page, seen };
}

const hydrated = (page: Page, at = island) => page.locator(at).evaluate((e) => !e.hasAttribute('ssr'));
const feedback = (page: Page) => page.locator(`${scope} .quiz-feedback`).innerText();

describe('a lesson quiz that waits for the first interaction', () => {
  it('loads no framework for a reader who reads the lesson to its end', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    const seen = watchPage(page);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(siteUrl(lessonPath), { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(scripts.filter((s) => /preact|\/Quiz\.|\/client\./.test(s))).toEqual([]);
    expect(await hydrated(page)).toBe(false);
    // The questions are there, as a form that can be answered.
    expect(await page.locator(`${scope} input`).first().isEnabled()).toBe(true);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('keeps a pointer answer and the « Vérifier » pressed before it hydrated', async () => {
    const { context, page, seen } = await answeredBeforeHydration(390, async (page) => {
      await answerQuestion(page, quiz.id, first, true, 'form');
      await page.click(`${scope} .quiz-actions button`);
    });
    await expect.poll(() => feedback(page)).toContain('Bonne réponse.');
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('keeps a keyboard answer and the Enter on « Vérifier » given before it hydrated', async () => {
    // A wrong answer this time: the feedback must come from what was chosen, not from a default.
    const { context, page, seen } = await answeredBeforeHydration(1280, async (page) => {
      await answerQuestion(page, quiz.id, first, false);
      await tabTo(page, `${scope} .quiz-actions button`);
      await page.keyboard.press('Enter');
    });
    await expect.poll(() => feedback(page)).toMatch(/\S/);
    expect(await feedback(page)).not.toContain('Bonne réponse.');
    expect(await page.locator(`${scope} .quiz-hint-error`).count()).toBe(0);
    // Focus stayed where the learner was.
    expect(await page.evaluate((s) => document.activeElement?.matches(`${s} .quiz-actions button`), scope)).toBe(true);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('shows the best score on arrival, before hydration, and updates it after an attempt', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    const hash = quizHash(quiz);
    const max = quiz.questions.length;
    const at = '2026-12-01T10:00:00.000Z';
    await seedStorage(page, {
      [KEY.quizzes]: { [quiz.id]: { hash, attempts: 1, best: 1, last: 1, max, passed: false, at } },
    });
    await page.goto(siteUrl(lessonPath));
    const best = page.locator(`[data-quiz="${quiz.id}"] .quiz-best`);
    await expect.poll(() => best.innerText()).toContain(`1 sur ${max}`);
    expect(await best.innerText()).toContain('1 tentative');
    expect(await hydrated(page)).toBe(false);
    // One attempt more, every question right: two attempts, the best is now the full score.
    for (const q of quiz.questions) {
      await answerQuestion(page, quiz.id, q, true, 'form');
      await page.click(`${questionSelector(quiz.id, q.id)} .quiz-actions button`);
      await expect
        .poll(() => page.locator(`${questionSelector(quiz.id, q.id)} .quiz-feedback`).innerText())
        .toMatch(/\S/);
    }
    await expect.poll(() => best.innerText()).toContain(`${max} sur ${max} (100\u00a0%) · 2 tentatives`);
    expect(await best.innerText()).toContain('Réussi');
    await context.close();
  });
  it('replays two « Monter » pressed before it hydrated, one after the other', async () => {
    const { l, q } = ordering as { l: (typeof lessons)[number]; q: Question };
    const at = questionSelector(l.slug, q.id);
    const items = (page: Page) =>
      page.$$eval(`${at} .quiz-order li`, (lis) => lis.map((li) => li.getAttribute('data-item')));
    let before: (string | null)[] = [];
    const { context, page } = await answeredBeforeHydration(
      390,
      async (page) => {
        before = await items(page);
        const last = before.at(-1) ?? '';
        await page.click(`${at} button[data-move$="/${last}/-1"]`);
        await page.click(`${at} button[data-move$="/${last}/-1"]`);
      },
      l.slug,
    );
    const last = before.at(-1) ?? null;
    const expected = [...before.slice(0, -3), last, ...before.slice(-3, -1)];
    await expect.poll(() => items(page)).toEqual(expected);
    await context.close();
  });

  it('starts on a click alone, as a screen reader in browse mode may give it', async () => {
    const { context, page, seen } = await answeredBeforeHydration(390, async (page) => {
      const wanted =
        first.kind === 'single'
          ? (first.options.find((o) => o.correct)?.id ?? '')
          : String(first.kind === 'true-false' && first.answer);
      // element.click(): no focus, no pointer, no key comes before the click.
      await page.evaluate(
        ({ s, v }) => {
          document.querySelector<HTMLInputElement>(`${s} input[value="${v}"]`)?.click();
          document.querySelector<HTMLButtonElement>(`${s} .quiz-actions button`)?.click();
        },
        { s: scope, v: wanted },
      );
    });
    await expect.poll(() => feedback(page)).toContain('Bonne réponse.');
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('tries again at the next interaction when its code failed to load', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    let refuse = true;
    await page.route(/\/_astro\/Quiz\.[\w-]+\.js/, (route) => (refuse ? route.abort() : route.continue()));
    await page.goto(siteUrl(lessonPath));
    await page.locator(`${scope} input`).first().focus();
    // Astro reports the failed import and leaves the island as the server wrote it.
    await page.waitForTimeout(1_500);
    expect(await hydrated(page)).toBe(false);
    refuse = false;
    await page.locator(`${scope} input`).nth(1).focus();
    await expect.poll(() => hydrated(page)).toBe(true);
    await context.close();
  });

  it('fetches its questions with its code at the first interaction, not with the page', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    const seen = watchPage(page);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(siteUrl(lessonPath));
    // The island's props in the page hold no question: they are in the quiz's own file.
    const props = await page.locator(island).getAttribute('props');
    expect(props).not.toContain(JSON.stringify(first.prompt).slice(1, -1));
    expect(props).toContain('"hash"');
    await page.waitForLoadState('networkidle');
    expect(fetched).not.toContain(islandDataPath('quiz', quiz.id, quizHash(quiz)));
    await page.locator(`${scope} input`).first().focus();
    await expect.poll(() => hydrated(page)).toBe(true);
    expect(fetched).toContain(islandDataPath('quiz', quiz.id, quizHash(quiz)));
    await answerQuestion(page, quiz.id, first, true, 'form');
    await page.click(`${scope} .quiz-actions button`);
    await expect.poll(() => feedback(page)).toContain('Bonne réponse.');
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('tries again at the next interaction when its questions could not be fetched', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    let refuse = true;
    await page.route(`**${islandDataPath('quiz', quiz.id, quizHash(quiz))}`, (route) =>
      refuse ? route.abort() : route.continue(),
    );
    await page.goto(siteUrl(lessonPath));
    await page.locator(`${scope} input`).first().focus();
    await expect.poll(() => page.locator(island).getAttribute('data-load-failed')).toBe('');
    expect(await hydrated(page)).toBe(false);
    refuse = false;
    await page.locator(`${scope} input`).nth(1).focus();
    await expect.poll(() => hydrated(page)).toBe(true);
    expect(await page.locator(island).getAttribute('data-load-failed')).toBeNull();
    await context.close();
  });
});

describe('a lesson quiz that draws its questions', () => {
  it('fetches its bank and hydrates when it comes into view, with no interaction', async () => {
    const last = lessons.at(-1);
    const bank = [...quizzes.values()].find((q) => q.draw !== undefined);
    if (!last || !bank) throw new Error('il faut une leçon finale et un questionnaire à tirage');
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    const seen = watchPage(page);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(siteUrl(`/lecons/${last.slug}/`));
    const at = `[data-quiz="${bank.id}"] astro-island`;
    expect(await page.locator(at).getAttribute('props')).not.toContain(
      JSON.stringify(bank.questions[0]?.prompt).slice(1, -1),
    );
    await page.waitForLoadState('networkidle');
    expect(fetched).not.toContain(islandDataPath('quiz', bank.id, quizHash(bank)));
    expect(await hydrated(page, at)).toBe(false);
    await page.locator(`[data-quiz="${bank.id}"]`).scrollIntoViewIfNeeded();
    await expect.poll(() => hydrated(page, at)).toBe(true);
    expect(fetched).toContain(islandDataPath('quiz', bank.id, quizHash(bank)));
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
