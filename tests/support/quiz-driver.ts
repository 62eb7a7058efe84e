/**
 * Answers a quiz in the browser with the keyboard alone — Tab to reach a control, Space and the
 * arrow keys to choose, Enter to press a button — as a learner without a mouse would. Knows the
 * right answers from the quiz file, and can answer wrongly on purpose.
 */
import type { Page } from 'playwright-core';
import type { Question, Quiz } from '../../src/schemas/quiz';

/** The CSS id of a question's fieldset, as the island writes it. */
export const questionSelector = (quizId: string, questionId: string) => `#quiz-${quizId}-${questionId}`;

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab n’atteint jamais ${selector}`);
}

async function tabToAndPress(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}

/** Chooses the radio at `index` in a group: Tab into the group, then arrows (which also check). */
async function chooseRadio(page: Page, group: string, index: number): Promise<void> {
  await tabTo(page, `${group} input[type=radio]`);
  const at = await page.evaluate(
    (g) => [...document.querySelectorAll(`${g} input[type=radio]`)].indexOf(document.activeElement as Element),
    group,
  );
  if (at === index) await page.keyboard.press('Space');
  for (let i = at; i < index; i++) await page.keyboard.press('ArrowDown');
  for (let i = at; i > index; i--) await page.keyboard.press('ArrowUp');
}

/** Puts the ordering items in `target` order with the « Monter » buttons, from the keyboard. */
async function order(page: Page, scope: string, target: readonly string[]): Promise<void> {
  for (let i = 0; i < target.length; i++) {
    const id = target[i];
    const current = await page.$$eval(`${scope} .quiz-order li button[data-move$="/-1"]`, (bs) =>
      bs.map((b) => (b as HTMLElement).dataset.move?.split('/')[1]),
    );
    const from = current.indexOf(id);
    if (from === i) continue;
    await tabTo(page, `${scope} button[data-move$="/${id}/-1"]`);
    // Focus stays on the moved item's « Monter » button until it reaches its place.
    for (let k = from; k > i; k--) {
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (moved) => (document.activeElement as HTMLElement | null)?.dataset.move?.includes(`/${moved}/`) ?? false,
        id,
      );
    }
  }
}

/** Picks, in each select, the option whose text is wanted, with the arrow keys. */
async function match(page: Page, scope: string, picks: Record<string, string>): Promise<void> {
  for (const [pairId, text] of Object.entries(picks)) {
    const select = `${scope} select[id$="-${pairId}"]`;
    await tabTo(page, select);
    for (let i = 0; i < 30; i++) {
      const chosen = await page.$eval(select, (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
      if (chosen === text) break;
      await page.keyboard.press('ArrowDown');
    }
  }
}

/**
 * The questions the page shows for this attempt, in the order shown: all of a quiz's questions, or
 * the ones drawn from a question bank.
 */
export async function shownQuestions(page: Page, quiz: Quiz): Promise<Question[]> {
  const prefix = `quiz-${quiz.id}-`;
  const ids = await page.$$eval(
    `[data-quiz="${quiz.id}"] fieldset.quiz-q`,
    (sets, p) => sets.map((s) => s.id.slice(p.length)),
    prefix,
  );
  return ids.map((id) => {
    const q = quiz.questions.find((x) => x.id === id);
    if (!q) throw new Error(`question « ${id} » absente de ${quiz.id}.yaml`);
    return q;
  });
}

/** Answers one question, rightly or wrongly. */
export async function answerQuestion(page: Page, quizId: string, q: Question, right: boolean): Promise<void> {
  const scope = questionSelector(quizId, q.id);
  switch (q.kind) {
    case 'single': {
      // Options are shown in a shuffled order: find the wanted one's position on the page.
      const wanted = q.options.find((o) => o.correct === right)?.id ?? '';
      const index = await page.$$eval(
        `${scope} input[type=radio]`,
        (inputs, id) => inputs.findIndex((i) => (i as HTMLInputElement).value === id),
        wanted,
      );
      await chooseRadio(page, scope, index);
      break;
    }
    case 'multiple': {
      const ticks = right ? q.options.filter((o) => o.correct) : q.options.filter((o) => !o.correct).slice(0, 1);
      for (const o of ticks) {
        await tabTo(page, `${scope} input[value="${o.id}"]`);
        await page.keyboard.press('Space');
      }
      break;
    }
    case 'true-false':
      await chooseRadio(page, scope, q.answer === right ? 0 : 1);
      break;
    case 'ordering': {
      const ids = q.items.map((i) => i.id);
      await order(page, scope, right ? ids : [...ids].reverse());
      break;
    }
    case 'matching': {
      const rights = q.pairs.map((p) => p.right ?? '');
      const picks = Object.fromEntries(
        q.pairs.map((p, i) => [
          p.id,
          right ? (p.right ?? '') : (rights.find((r) => r !== p.right) ?? rights[(i + 1) % rights.length] ?? ''),
        ]),
      );
      await match(page, scope, picks);
      break;
    }
  }
}

/**
 * Takes a whole quiz from the keyboard. `rightCount` questions (the first ones) are answered
 * rightly, the others wrongly. Practice: each question is checked; evaluation: submitted at the end.
 */
export async function takeQuiz(page: Page, quiz: Quiz, rightCount = quiz.questions.length): Promise<void> {
  for (const [i, q] of (await shownQuestions(page, quiz)).entries()) {
    await answerQuestion(page, quiz.id, q, i < rightCount);
    if (quiz.mode === 'practice') {
      await tabToAndPress(page, `${questionSelector(quiz.id, q.id)} .quiz-actions button:first-child`);
    }
  }
  if (quiz.mode === 'evaluation') {
    await tabToAndPress(page, `[data-quiz="${quiz.id}"] .quiz > .quiz-actions button`);
  }
}

/** Waits until every island inside `scope` has hydrated (Astro drops their « ssr » attribute). */
export async function waitForIslands(page: Page, scope = 'body'): Promise<void> {
  // client:visible islands hydrate only once scrolled into view: wait for those in `scope` only.
  await page.waitForFunction((s) => document.querySelectorAll(`${s} astro-island[ssr]`).length === 0, scope);
}
