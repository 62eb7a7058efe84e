/**
 * Answers a quiz in the browser, knowing the right answers from the quiz file, rightly or wrongly
 * on purpose. Two ways:
 * - with the keyboard alone (the default) — Tab to reach a control, Space and the arrow keys to
 *   choose, Enter to press a button — as a learner without a mouse would: quiz.test.ts and
 *   quiz-a11y.test.ts take every kind of question so;
 * - through the form (`by: 'form'`), one call to the page per question: the controls are clicked
 *   and the selects changed as a pointer would, the island hears the same events. For tests whose
 *   subject is what follows the answers (the result, progress, the LMS): the keyboard path costs
 *   8 to 11 s for a 20-question evaluation on the test machine, this one well under a second.
 */
import type { Page } from 'playwright-core';
import type { Question, Quiz } from '../../src/schemas/quiz';

/** The CSS id of a question's fieldset, as the island writes it. */
export const questionSelector = (quizId: string, questionId: string) => `#quiz-${quizId}-${questionId}`;

/**
 * Presses Tab until the focused element matches `selector`, or Shift+Tab when it is behind the
 * focus, as a learner goes back: Tab would go round the whole page to reach it (on the final
 * evaluation, hundreds of presses, seconds each time). Fails after `max` presses.
 */
export async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    const where = await page.evaluate((s) => {
      const active = document.activeElement;
      if (active?.matches(s)) return 'here';
      const target = document.querySelector(s);
      if (!target || !active || active === document.body) return 'ahead';
      return active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING ? 'behind' : 'ahead';
    }, selector);
    if (where === 'here') return;
    await page.keyboard.press(where === 'behind' ? 'Shift+Tab' : 'Tab');
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

/** How a quiz is answered: from the keyboard, or through the form (see the module's comment). */
export type AnswerWay = 'keyboard' | 'form';

/** What the form path does for one question: which inputs to click, selects to set, order to reach. */
interface FormAnswer {
  scope: string;
  click: string[];
  selects: Record<string, string>;
  order: string[];
}

/** The form path's answer to one question, rightly or wrongly (the same choices as the keyboard path). */
function formAnswer(scope: string, q: Question, right: boolean): FormAnswer {
  const answer: FormAnswer = { scope, click: [], selects: {}, order: [] };
  switch (q.kind) {
    case 'single':
      answer.click = [q.options.find((o) => o.correct === right)?.id ?? ''];
      break;
    case 'multiple':
      answer.click = (right ? q.options.filter((o) => o.correct) : q.options.filter((o) => !o.correct).slice(0, 1)).map(
        (o) => o.id,
      );
      break;
    case 'true-false':
      answer.click = [String(right ? q.answer : !q.answer)];
      break;
    case 'ordering': {
      const ids = q.items.map((i) => i.id);
      answer.order = right ? ids : [...ids].reverse();
      break;
    }
    case 'matching': {
      const rights = q.pairs.map((p) => p.right ?? '');
      answer.selects = Object.fromEntries(
        q.pairs.map((p, i) => [
          p.id,
          right ? (p.right ?? '') : (rights.find((r) => r !== p.right) ?? rights[(i + 1) % rights.length] ?? ''),
        ]),
      );
      break;
    }
  }
  return answer;
}

/** Answers one question through the form, in one call to the page. */
async function answerByForm(page: Page, answer: FormAnswer): Promise<void> {
  await page.evaluate(async ({ scope, click, selects, order }) => {
    const root = document.querySelector(scope);
    if (!root) throw new Error(`question absente : ${scope}`);
    const rendered = () => new Promise((ok) => setTimeout(ok, 0));
    for (const value of click) {
      const input = root.querySelector<HTMLInputElement>(`input[value="${CSS.escape(value)}"]`);
      if (!input) throw new Error(`choix absent : ${value}`);
      input.click();
      await rendered();
    }
    for (const [pair, text] of Object.entries(selects)) {
      const select = root.querySelector<HTMLSelectElement>(`select[id$="-${pair}"]`);
      const option = [...(select?.options ?? [])].find((o) => o.textContent === text);
      if (!select || !option) throw new Error(`association absente : ${pair} → ${text}`);
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await rendered();
    }
    // « Monter » until each item stands at its place, the island re-rendering after each move.
    const current = () =>
      [...root.querySelectorAll<HTMLElement>('.quiz-order li button[data-move$="/-1"]')].map(
        (b) => b.dataset.move?.split('/')[1] ?? '',
      );
    for (let i = 0; i < order.length; i++) {
      for (let guard = 0; guard < 50 && current().indexOf(order[i]!) > i; guard++) {
        const before = current().join();
        root.querySelector<HTMLButtonElement>(`button[data-move$="/${order[i]}/-1"]`)?.click();
        for (let wait = 0; wait < 100 && current().join() === before; wait++) await rendered();
      }
    }
  }, answer);
}

/** Answers one question, rightly or wrongly, from the keyboard or through the form. */
export async function answerQuestion(
  page: Page,
  quizId: string,
  q: Question,
  right: boolean,
  by: AnswerWay = 'keyboard',
): Promise<void> {
  const scope = questionSelector(quizId, q.id);
  if (by === 'form') return answerByForm(page, formAnswer(scope, q, right));
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
      // Ticked in the order shown (options are shuffled): Tab only moves forward, and a box behind
      // the focus would take a trip around the whole page.
      const shown = await page.$$eval(`${scope} input[type=checkbox]`, (inputs) =>
        inputs.map((i) => (i as HTMLInputElement).value),
      );
      const ids = ticks.map((o) => o.id).sort((a, b) => shown.indexOf(a) - shown.indexOf(b));
      for (const id of ids) {
        await tabTo(page, `${scope} input[value="${id}"]`);
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
 * Takes a whole quiz, from the keyboard or through the form (`by`). `rightCount` questions (the first ones) are answered
 * rightly, the others wrongly. Practice: each question is checked; evaluation: submitted at the end.
 */
export async function takeQuiz(
  page: Page,
  quiz: Quiz,
  rightCount = quiz.questions.length,
  by: AnswerWay = 'keyboard',
): Promise<void> {
  const press = (selector: string) => (by === 'form' ? page.click(selector) : tabToAndPress(page, selector));
  for (const [i, q] of (await shownQuestions(page, quiz)).entries()) {
    await answerQuestion(page, quiz.id, q, i < rightCount, by);
    if (quiz.mode === 'practice') await press(`${questionSelector(quiz.id, q.id)} .quiz-actions button:first-child`);
  }
  if (quiz.mode === 'evaluation') await press(`[data-quiz="${quiz.id}"] .quiz > .quiz-actions button`);
}

/**
 * Waits until every island inside `scope` has hydrated (Astro drops their « ssr » attribute). A
 * lesson's quiz hydrates on the first interaction with it (client:interaction): it is started here
 * as a pointer press would start it, without moving focus. Tests of what happens before hydration
 * (tests/e2e/quiz-interaction.test.ts) do not call this.
 */
export async function waitForIslands(page: Page, scope = 'body'): Promise<void> {
  await page.evaluate((s) => {
    for (const island of document.querySelectorAll(`${s} astro-island[ssr][client="interaction"]`))
      island.dispatchEvent(new Event('pointerdown'));
  }, scope);
  // client:visible islands hydrate only once scrolled into view: wait for those in `scope` only.
  await page.waitForFunction((s) => document.querySelectorAll(`${s} astro-island[ssr]`).length === 0, scope);
}
