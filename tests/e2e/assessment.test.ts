// The assessment measures learning: learners who know nothing and follow a test-wise strategy
// fail the final evaluation; retries draw other questions; wrong choices are marked on
// themselves in both themes; a tap before hydration survives it; a pass leads to the certificate
// once the lessons are read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seedStorage, siteUrl, watchPage } from '../support/browser';
import { readQuizFiles } from '../support/quiz-files';
import { questionSelector, shownQuestions, takeQuiz, waitForIslands } from '../support/quiz-driver';
import type { Quiz } from '../../src/schemas/quiz';
import { KEY } from '../support/storage-keys';
import { readLessonFiles } from '../support/course-files';

const quizzes = readQuizFiles();
const final = quizzes.get('evaluation-finale') as Quiz;
const ATTEMPTS = 20;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Strategy = 'first' | 'longest' | 'all-but-last-two';

/**
 * Answers every question shown as a test-wise learner who has read nothing would, from what the
 * page shows only: the first option(s), the longest option(s), or the first option of single
 * choices and all but the last two options of multiple choices. Ordering lists stay as shown.
 */
async function answerTestWise(page: Page, quizId: string, strategy: Strategy): Promise<void> {
  await page.evaluate(
    ({ quizId, strategy }) => {
      const root = document.querySelector(`[data-quiz="${quizId}"]`);
      const text = (input: Element) => input.closest('label')?.textContent?.trim() ?? '';
      const longestFirst = <T extends Element>(items: T[], length: (x: T) => number) =>
        [...items].sort((a, b) => length(b) - length(a));
      for (const field of root?.querySelectorAll('fieldset.quiz-q') ?? []) {
        const radios = [...field.querySelectorAll<HTMLInputElement>('input[type=radio]')];
        const boxes = [...field.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
        const selects = [...field.querySelectorAll<HTMLSelectElement>('select')];
        if (radios.length > 0) {
          const pick = strategy === 'longest' ? longestFirst(radios, (r) => text(r).length)[0] : radios[0];
          pick?.click();
        } else if (boxes.length > 0) {
          const ticks =
            strategy === 'first'
              ? boxes.slice(0, 1)
              : strategy === 'longest'
                ? longestFirst(boxes, (b) => text(b).length).slice(0, Math.max(1, Math.floor(boxes.length / 2)))
                : boxes.slice(0, Math.max(1, boxes.length - 2));
          for (const box of ticks) box.click();
        }
        for (const select of selects) {
          const options = [...select.options].filter((o) => o.value !== '');
          const pick =
            strategy === 'longest' ? longestFirst(options, (o) => (o.textContent ?? '').length)[0] : options[0];
          select.value = pick?.value ?? '';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
    },
    { quizId, strategy },
  );
}

const percentShown = async (page: Page) => {
  const said = await page.locator(`[data-quiz="${final.id}"] .quiz-score`).innerText();
  const match = /\((\d+)\s%\)/.exec(said);
  if (!match) throw new Error(`score illisible : ${said}`);
  return Number(match[1]);
};

describe('test-wise learners who know nothing', () => {
  it.each(['first', 'longest', 'all-but-last-two'] as const)(
    'all fail the final evaluation when they pick « %s », over 20 attempts',
    async (strategy) => {
      const { context, page } = await newPage(browser);
      const seen = watchPage(page);
      await page.goto(siteUrl(`/quiz/${final.id}/`));
      await waitForIslands(page);
      const scores: number[] = [];
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        await answerTestWise(page, final.id, strategy);
        await page.locator(`[data-quiz="${final.id}"] .quiz > .quiz-actions button`).click();
        await page.locator(`[data-quiz="${final.id}"] .quiz-score`).waitFor();
        scores.push(await percentShown(page));
        await page.getByRole('button', { name: 'Recommencer' }).click();
        await page.locator(`[data-quiz="${final.id}"] .quiz-score`).waitFor({ state: 'detached' });
      }
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      expect(mean, `scores : ${scores.join(', ')}`).toBeLessThan(final.passMark - 25);
      expect(Math.max(...scores), `scores : ${scores.join(', ')}`).toBeLessThan(final.passMark);
      expect(seen.errors).toEqual([]);
      await context.close();
    },
  );
});

describe('the final evaluation as a question bank', () => {
  it('shows another set of questions on the next attempt, also after a reload', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl(`/quiz/${final.id}/`));
    await waitForIslands(page);
    const first = (await shownQuestions(page, final)).map((q) => q.id);
    expect(first).toHaveLength(final.draw ?? final.questions.length);
    await takeQuiz(page, final, undefined, 'form');
    await page.getByRole('button', { name: 'Recommencer' }).click();
    await expect.poll(async () => (await shownQuestions(page, final)).map((q) => q.id)).not.toEqual(first);
    const second = (await shownQuestions(page, final)).map((q) => q.id);
    expect(new Set(second).size).toBe(second.length);
    // A learner who comes back later starts at their next attempt's draw, not the first one again.
    await page.reload();
    await waitForIslands(page);
    await expect.poll(async () => (await shownQuestions(page, final)).map((q) => q.id)).toEqual(second);
    await context.close();
  });

  it('passes the module only once the lessons are read too: certificate, home page and progress agree', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl(`/quiz/${final.id}/`));
    await waitForIslands(page);
    // Said before starting: the evaluation may be taken now, the module needs the lessons.
    expect(await page.locator('.quiz-intro').allInnerTexts()).toContain(
      'Vous pouvez passer l’évaluation finale dès maintenant. Le module ne sera toutefois réussi, et l’attestation délivrée, qu’une fois toutes les leçons lues jusqu’à la fin.',
    );
    await takeQuiz(page, final, undefined, 'form');
    // A pass with no lesson read: the next step says what remains, and the certificate stays locked.
    const remains = page.getByRole('link', { name: 'Voir ce qu’il reste à faire' });
    await expect.poll(() => remains.getAttribute('href')).toBe(new URL(siteUrl('/attestation/')).pathname);
    expect(await page.getByRole('link', { name: 'Obtenir mon attestation' }).count()).toBe(0);
    await Promise.all([page.waitForURL(/\/attestation\/$/, { waitUntil: 'load' }), remains.click()]);
    await expect.poll(() => page.locator('.certificate-locked').innerText()).toContain('Lire ces leçons');
    expect(await page.locator('.certificate').count()).toBe(0);
    await page.goto(siteUrl('/'));
    await expect.poll(() => page.locator('home-progress .summary').innerText()).toMatch(/parcours complété/);
    expect(await page.locator('home-progress .summary a').count()).toBe(0);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    await expect.poll(() => page.locator('main').innerText()).toContain('leçons à lire pour réussir le module');
    // Every lesson read to its end: now the module is passed, on every surface.
    await page.evaluate(
      ({ key, slugs }) => {
        const at = '2026-11-26T10:00:00.000Z';
        localStorage.setItem(
          key,
          JSON.stringify(Object.fromEntries(slugs.map((s) => [s, { visitedAt: at, readAt: at }]))),
        );
      },
      { key: KEY.lessons, slugs: readLessonFiles().map((l) => l.slug) },
    );
    await page.goto(siteUrl(`/quiz/${final.id}/`));
    await waitForIslands(page);
    await takeQuiz(page, final, undefined, 'form');
    const link = page.getByRole('link', { name: 'Obtenir mon attestation' });
    await expect.poll(() => link.getAttribute('href')).toBe(new URL(siteUrl('/attestation/')).pathname);
    await Promise.all([page.waitForURL(/\/attestation\/$/, { waitUntil: 'load' }), link.click()]);
    await expect.poll(() => page.locator('.certificate').innerText()).toContain('Attestation de réussite');
    await expect.poll(() => page.locator('.certificate-kind').innerText()).toContain('autodéclarée');
    await expect.poll(() => page.locator('.certificate').innerText()).toMatch(/\d+ sur \d+ \(\d+\s%\)/);
    await page.goto(siteUrl('/'));
    const passed = page.locator('home-progress .summary a');
    await expect.poll(() => passed.innerText()).toBe('Module réussi\u00a0: voir mon attestation');
    await expect.poll(() => passed.getAttribute('href')).toBe(new URL(siteUrl('/attestation/')).pathname);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    await expect.poll(() => page.locator('main').innerText()).toContain('module réussi');
    await context.close();
  });

  it('does not count a pass on an earlier version of the bank for the certificate', async () => {
    const { context, page } = await newPage(browser);
    const at = '2026-01-15T10:00:00.000Z';
    await seedStorage(page, {
      [KEY.quizzes]: {
        [final.id]: { hash: 'version-2025', attempts: 1, best: 20, last: 20, max: 21, passed: true, passedAt: at, at },
      },
    });
    await page.goto(siteUrl('/attestation/'));
    await waitForIslands(page);
    await expect.poll(() => page.locator('.certificate-earlier').innerText()).toContain('version antérieure');
    await expect.poll(() => page.locator('.certificate').count()).toBe(0);
    await context.close();
  });
});

describe('what a learner sees after answering', () => {
  it.each(['light', 'dark'] as const)(
    'marks a wrong choice on the option itself in the error colour, and the right one too (%s theme)',
    async (colorScheme) => {
      const practice = [...quizzes.values()].find(
        (q) => q.mode === 'practice' && q.questions.some((x) => x.kind === 'single'),
      ) as Quiz;
      const q = practice.questions.find((x) => x.kind === 'single');
      if (q?.kind !== 'single') throw new Error('aucune question à choix unique');
      const wrong = q.options.find((o) => !o.correct);
      const right = q.options.find((o) => o.correct);
      const { context, page } = await newPage(browser, { colorScheme, width: 360, height: 740 });
      await page.goto(siteUrl(`/quiz/${practice.id}/`));
      await waitForIslands(page);
      const scope = questionSelector(practice.id, q.id);
      await page.locator(`${scope} input[value="${wrong?.id}"]`).check();
      await page.locator(`${scope} .quiz-actions button`).first().click();
      const wrongItem = page.locator(`${scope} li:has(input[value="${wrong?.id}"])`);
      const rightItem = page.locator(`${scope} li:has(input[value="${right?.id}"])`);
      await expect.poll(() => wrongItem.getAttribute('class')).toBe('is-wrong');
      const colours = await page.evaluate(() => {
        const probe = document.createElement('span');
        document.body.append(probe);
        probe.style.color = 'var(--ko)';
        const ko = getComputedStyle(probe).color;
        probe.style.color = 'var(--ok)';
        const ok = getComputedStyle(probe).color;
        probe.remove();
        return { ko, ok };
      });
      await expect.poll(() => wrongItem.evaluate((li) => getComputedStyle(li).borderTopColor)).toBe(colours.ko);
      await expect
        .poll(() => wrongItem.locator('.quiz-mark').innerText())
        .toContain('Votre choix n’est pas la bonne réponse');
      await expect.poll(() => rightItem.evaluate((li) => getComputedStyle(li).borderTopColor)).toBe(colours.ok);
      await expect.poll(() => rightItem.locator('.quiz-mark').innerText()).toContain('Bonne réponse');
      // The feedback fits a phone: the per-option explanations are folded.
      const feedback = page.locator(`${scope} .quiz-feedback`);
      await expect.poll(() => feedback.locator('details').getAttribute('open')).toBeNull();
      const height = await feedback.evaluate((el) => el.getBoundingClientRect().height);
      expect(height).toBeLessThan(740);
      await context.close();
    },
  );

  it('keeps a choice made before the quiz hydrated, on a slow phone (CPU throttled 6×)', async () => {
    const practice = [...quizzes.values()].find(
      (q) => q.mode === 'practice' && q.questions.some((x) => x.kind === 'single'),
    ) as Quiz;
    const q = practice.questions.find((x) => x.kind === 'single');
    if (q?.kind !== 'single') throw new Error('aucune question à choix unique');
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    // Hold the quiz island's own module back until the tap is made, as a slow network would (the
    // page's other scripts load as usual).
    const html = await (await page.request.get(siteUrl(`/quiz/${practice.id}/`))).text();
    const component = /component-url="([^"]+)"/.exec(html)?.[1];
    if (!component) throw new Error('aucun îlot dans la page');
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route(
      (url) => url.pathname === new URL(component, siteUrl()).pathname,
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto(siteUrl(`/quiz/${practice.id}/`), { waitUntil: 'domcontentloaded' });
    const scope = questionSelector(practice.id, q.id);
    const choice = q.options[q.options.length - 1]?.id ?? '';
    expect(await page.locator(`[data-quiz="${practice.id}"] astro-island[ssr]`).count()).toBe(1);
    await page.locator(`${scope} input[value="${choice}"]`).check();
    release();
    await waitForIslands(page);
    await expect.poll(() => page.locator(`${scope} input[value="${choice}"]`).isChecked()).toBe(true);
    // The island holds it too: checking gives feedback on that choice.
    await page.locator(`${scope} .quiz-actions button`).first().click();
    await expect
      .poll(() => page.locator(`${scope} .quiz-feedback`).innerText())
      .toMatch(/Bonne réponse\.|Ce n’est pas la bonne réponse\./);
    await expect.poll(() => page.locator(`${scope} input[value="${choice}"]`).isChecked()).toBe(true);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await context.close();
  });
});
