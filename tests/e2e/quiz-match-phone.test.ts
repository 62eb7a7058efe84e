// A matching question on a 360 px phone: a <select> shows one line and cuts a long choice, so the
// chosen partner is printed in full under its menu, inside the screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, siteUrl } from '../support/browser';
import { readQuizFiles } from '../support/quiz-files';
import { waitForIslands } from '../support/quiz-driver';

const quizzes = readQuizFiles();
/** The quiz whose matching question has the longest partner. */
const [quizId] =
  [...quizzes]
    .map(([id, quiz]) => {
      const lengths = quiz.questions.flatMap((q) =>
        q.kind === 'matching' ? q.pairs.map((p) => (p.right ?? '').length) : [],
      );
      return [id, Math.max(0, ...lengths)] as const;
    })
    .sort((a, b) => b[1] - a[1])[0] ?? [];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('matching question at 360 px', () => {
  it('prints the chosen partner in full under its menu', async () => {
    expect(quizId).toBeDefined();
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'fr-CA',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(siteUrl(`/quiz/${quizId}/`));
    await waitForIslands(page);
    const select = page.locator('.quiz-match select').first();
    await select.scrollIntoViewIfNeeded();
    // The longest choice of the menu: the one a phone cuts.
    const { value, text } = await select.evaluate((s: HTMLSelectElement) => {
      const o = [...s.options].filter((x) => x.value).sort((a, b) => b.text.length - a.text.length)[0];
      return { value: o?.value ?? '', text: o?.text ?? '' };
    });
    expect(text.length).toBeGreaterThan(30);
    await select.selectOption(value);
    const chosen = page.locator('.quiz-match-row').first().locator('.quiz-match-chosen');
    await expect.poll(() => chosen.isVisible()).toBe(true);
    expect(await chosen.textContent()).toBe(text);
    const box = await chosen.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, cut: el.scrollWidth > el.clientWidth };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    expect(box.cut).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});
