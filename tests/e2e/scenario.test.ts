// The branching simulation of lesson 10 (« Une soirée sur la page du CISSS », issue #28), in a
// real browser: two different paths to two endings played with the keyboard alone, focus moved
// to each new situation's heading, the path and every decision's debrief at the end, its lesson
// links resolving to a section that exists, the finished path kept in progress, axe clean in both
// themes on a phone, without JavaScript the whole scenario readable as a script, and a reader who
// does not play loading no framework (the player hydrates at the first interaction).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { blockStorage, launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { runAxe } from '../support/axe';
import { waitForIslands } from '../support/quiz-driver';
import { KEY } from '../support/storage-keys';
import { weighPage } from '../support/weigh';
import { LESSON_JS_BUDGET, PAGE_BUDGETS } from '../support/budgets';
import { scenarioSchema } from '../../src/schemas/scenario';
import { islandDataPath } from '../../src/build-time/island-data';
import { cyrb53, stableStringify } from '../../src/build-time/quiz-hash';
import { endingOf, replay } from '../../src/lib/scenario/scenario-path';
import { lessonsPath, shortcutsPath } from '../fixtures/scenario-paths';

const scenario = scenarioSchema.parse(parse(readFileSync('content/scenarios/soiree-cisss.yaml', 'utf8')));
const LESSON = '/lecons/pieges-a-eviter/';
const block = `[data-scenario="${scenario.id}"]`;
// Two paths: the one the lessons teach, and the shortcuts (two more situations on the way).

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openScenario(page: Page): Promise<void> {
  await page.goto(siteUrl(LESSON));
  // The player's top, not the block's middle: the block holds the long script too.
  await page.locator(`${block} .scenario-player`).scrollIntoViewIfNeeded();
  await waitForIslands(page, block);
  await page.locator(`${block} .scenario-player[data-scenario-ready]`).waitFor();
}

/** The text of the focused element. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
/** The tag of the focused element. */
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? '');

/** Presses Tab until the focused element's text is `text`, then Enter: the keyboard alone. */
async function tabToAndPress(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`« ${text} » n’a pas été atteint au clavier`);
}

/** Plays a path with the keyboard; checks focus lands on each new situation's heading. */
async function playByKeyboard(page: Page, choices: string[], fromIntro = true): Promise<void> {
  if (fromIntro) {
    // Start from the player's heading, as a reader arriving on the activity does.
    await page.locator(`${block} .scenario-player h3`).focus();
    await tabToAndPress(page, 'Commencer la soirée');
  }
  let state = replay(scenario, []);
  for (const id of choices) {
    const node = scenario.nodes.find((n) => n.id === state.node);
    if (node?.kind !== 'decision') throw new Error(`pas de décision à « ${state.node} »`);
    await expect.poll(() => focusedTag(page)).toBe('h3');
    expect(await focusedText(page)).toContain(node.title);
    const choice = node.choices.find((c) => c.id === id);
    if (!choice) throw new Error(`pas de choix « ${id} » à « ${node.id} »`);
    await tabToAndPress(page, choice.text);
    await expect.poll(() => focusedText(page)).toBe('Ce qui se passe');
    await expect.poll(() => page.locator(`${block} .scenario-consequence`).textContent()).toBe(choice.consequence);
    state = replay(scenario, [...state.steps.map((s) => s.choice), id]);
    await tabToAndPress(page, endingOf(scenario, state) ? 'Voir la fin de la soirée' : 'Situation suivante');
  }
  const ending = endingOf(scenario, state);
  await expect.poll(() => focusedText(page)).toBe(ending?.title);
}

/** Every debrief link of the end view, checked against the target page's ids. */
async function checkLinks(page: Page, hrefs: string[]): Promise<void> {
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of new Set(hrefs)) {
    const url = new URL(href, page.url());
    const res = await page.request.get(url.toString());
    expect(res.status(), href).toBe(200);
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor)
      expect(await res.text(), href).toMatch(new RegExp(`id="?${anchor.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}[" >]`));
  }
}

describe('scenario in lesson 10', () => {
  it('plays the lessons’ path to « Une page qui a tenu », by keyboard, with the path and every debrief', async () => {
    const { context, page } = await newPage(browser);
    const { errors } = watchPage(page);
    await openScenario(page);
    // On paper, before a path is played, the script is the activity; once one is, its bilan.
    const script = page.locator(`${block} .scenario-script`);
    expect(await script.isHidden()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await script.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await playByKeyboard(page, lessonsPath);
    const end = page.locator(`${block} .scenario-end`);
    await expect.poll(() => end.locator('h3').textContent()).toBe('Une page qui a tenu');
    const items = end.locator('.scenario-path > li');
    await expect.poll(() => items.count()).toBe(lessonsPath.length);
    // Every decision shows the choice, what happened and the lessons' word, with its link.
    expect(await items.first().textContent()).toContain('Répondre sous le commentaire avec la réponse du guide');
    expect(await items.first().textContent()).toContain('C’est la méthode de la leçon 9');
    const hrefs = await end
      .locator('.scenario-path a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(lessonsPath.length);
    await checkLinks(page, hrefs);
    // Kept in progress like a practice quiz: one finished attempt.
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), KEY.quizzes);
    expect(stored[`scenario-${scenario.id}`]).toMatchObject({ attempts: 1, passed: true });
    expect(await end.textContent()).toContain('Vous avez terminé cette simulation une fois.');
    await page.emulateMedia({ media: 'print' });
    expect(await script.isHidden()).toBe(true);
    expect(await end.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('replays, and takes the shortcuts to « Le lendemain, une crise » through two more situations', async () => {
    const { context, page } = await newPage(browser);
    await openScenario(page);
    await playByKeyboard(page, lessonsPath);
    // « Rejouer » goes straight to the first situation, its heading focused.
    await tabToAndPress(page, 'Rejouer pour essayer un autre chemin');
    await playByKeyboard(page, shortcutsPath, false);
    const end = page.locator(`${block} .scenario-end`);
    await expect.poll(() => end.locator('h3').textContent()).toBe('Le lendemain, une crise');
    await expect.poll(() => end.locator('.scenario-path > li').count()).toBe(shortcutsPath.length);
    expect(await end.textContent()).toContain('La rumeur gagne un groupe de la municipalité');
    expect(await end.textContent()).toContain('Une amie s’inquiète');
    const hrefs = await end
      .locator('.scenario-path a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await checkLinks(page, hrefs);
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), KEY.quizzes);
    expect(stored[`scenario-${scenario.id}`]).toMatchObject({ attempts: 2 });
    expect(await end.textContent()).toContain('Vous avez terminé cette simulation 2 fois.');
    // A new visit says so in the introduction too, once a focus or a press has hydrated it.
    await openScenario(page);
    expect(await page.locator(block).textContent()).toContain('Vous avez terminé cette simulation 2 fois.');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation at 360 px in the ${colorScheme} theme (introduction, situation, consequence, end)`, async () => {
      const { context, page } = await newPage(browser, { colorScheme, width: 360, height: 740 });
      await openScenario(page);
      const found: string[] = [];
      const check = async (state: string) => {
        for (const v of await runAxe(page)) found.push(`${state}: ${v.id} ${v.help} ${v.targets.join(' ')}`);
        // Nothing wider than the screen.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, state).toBeLessThanOrEqual(0);
      };
      await check('introduction');
      await page.locator(`${block} button`, { hasText: 'Commencer la soirée' }).click();
      await page.locator(`${block} .scenario-player .quiz-exhibit`).waitFor();
      await check('situation');
      // The lessons' path, choice by choice (the recommended choice is not always the first).
      const textOf = (i: number) => {
        const state = replay(scenario, lessonsPath.slice(0, i));
        const node = scenario.nodes.find((n) => n.id === state.node);
        const choice = node?.kind === 'decision' ? node.choices.find((c) => c.id === lessonsPath[i]) : undefined;
        return choice?.text ?? '';
      };
      await page.locator(`${block} .scenario-choice`, { hasText: textOf(0) }).click();
      await page.locator(`${block} .scenario-consequence`).waitFor();
      await check('consequence');
      for (let i = 1; i < lessonsPath.length; i++) {
        await page.locator(`${block} button`, { hasText: 'Situation suivante' }).click();
        await page.locator(`${block} .scenario-choice`, { hasText: textOf(i) }).click();
      }
      await page.locator(`${block} button`, { hasText: 'Voir la fin de la soirée' }).click();
      await page.locator(`${block} .scenario-end`).waitFor();
      await check('end');
      expect(found).toEqual([]);
      await context.close();
    }, 240_000);
  }

  it('reads without JavaScript as a script: every situation, its choices, their consequences and the endings', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl(LESSON));
    const script = page.locator(`${block} .scenario-script`);
    expect(await script.isVisible()).toBe(true);
    // No button that would do nothing (« Commencer la soirée » is in the HTML, not shown).
    await expect.poll(() => page.locator(`${block} button`).count()).toBe(1);
    expect(await page.locator(`${block} button:visible`).count()).toBe(0);
    const titles = await script.locator('h4').allTextContents();
    for (const node of scenario.nodes) expect(titles.join('\n')).toContain(node.title);
    for (const node of scenario.nodes) {
      if (node.kind !== 'decision') continue;
      for (const c of node.choices) {
        expect(await script.textContent()).toContain(c.text);
        expect(await script.textContent()).toContain(c.consequence);
      }
    }
    // Each « Suite » link leads to a situation or an ending of the script.
    const targets = await script
      .locator('.scenario-script-next a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(targets.length).toBeGreaterThan(scenario.nodes.length);
    for (const href of new Set(targets)) await expect.poll(() => page.locator(href).count()).toBe(1);
    // A learner follows one: the browser goes to the next situation.
    await script.locator('.scenario-script-next a').first().click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`#scenario-${scenario.id}-doleance$`));
    await context.close();
  });

  it('costs a reader who does not play no framework, and starts on a press made before it hydrated', async () => {
    const { context, page } = await newPage(browser);
    const { errors } = watchPage(page);
    const read = await weighPage(page, siteUrl(LESSON));
    console.log(
      `leçon 10 lue jusqu’au bout : ${(read.jsGzip / 1024).toFixed(2)} Ko gzip de JavaScript, ` +
        `${read.requests} requêtes (budget d’une leçon : ${(LESSON_JS_BUDGET / 1024).toFixed(1)} Ko)`,
    );
    expect(read.scripts.filter((u) => /Scenario|preact|client\./.test(u))).toEqual([]);
    expect(read.jsGzip).toBeLessThanOrEqual(LESSON_JS_BUDGET);
    expect(read.requests).toBeLessThanOrEqual(PAGE_BUDGETS.leçon?.requests ?? 0);
    // The player replaces the script as soon as the page can run it, before it hydrates.
    expect(await page.locator(`${block} .scenario-script`).isHidden()).toBe(true);
    expect(await page.locator(`${block} .scenario-player[data-scenario-ready]`).count()).toBe(0);
    // Its graph is neither in the page's props nor fetched yet: it comes with the player's code.
    const data = islandDataPath('simulations', scenario.id, cyrb53(stableStringify(scenario)));
    const fetched = () =>
      page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(await page.locator(`${block} astro-island`).getAttribute('props')).not.toContain(scenario.intro[0] ?? '?');
    expect(await fetched()).not.toContain(data);

    // One press on the server's « Commencer la soirée »: the island hydrates, the press is replayed
    // and the first situation shows, its heading focused.
    const first = scenario.nodes.find((n) => n.kind === 'decision');
    await page.locator(`${block}`).getByRole('button', { name: 'Commencer la soirée' }).click();
    await expect.poll(() => focusedText(page)).toContain(first?.title ?? '?');
    expect(await page.locator(`${block} .scenario-choice`).count()).toBeGreaterThan(1);
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(scripts.filter((u) => /\/(ScenarioPlayer|ScenarioRun)\./.test(u)).length).toBe(2);
    expect(await fetched()).toContain(data);
    expect(errors).toEqual([]);
    await context.close();

    // Elsewhere, no lesson loads any of it.
    const other = await newPage(browser);
    const elsewhere = await weighPage(other.page, siteUrl('/lecons/bonnes-pratiques/'));
    expect(elsewhere.scripts.filter((u) => /Scenario/.test(u))).toEqual([]);
    await other.context.close();
  });

  it.each([
    { part: 'introduction', code: /ScenarioPlayer/, says: undefined },
    { part: 'body', code: /ScenarioRun/, says: 'La simulation n’a pas pu se charger.' },
  ])(
    'shows the script when the player’s $part cannot load, and starts at the next press once it can',
    async ({ code, says }) => {
      const { context, page } = await newPage(browser);
      await page.route(code, (route) => route.abort());
      await page.goto(siteUrl(LESSON));
      const script = page.locator(`${block} .scenario-script`);
      expect(await script.isHidden()).toBe(true);
      const button = page.locator(block).getByRole('button', { name: 'Commencer la soirée' });
      await button.click();
      // The failed import is logged; the learner is not left without the activity.
      await expect.poll(() => script.isVisible()).toBe(true);
      if (says) expect(await page.locator(`${block} .scenario-player [role="status"]`).textContent()).toContain(says);
      await expect.poll(() => button.isEnabled()).toBe(true);
      await page.unroute(code);
      await button.click();
      await expect.poll(() => page.locator(`${block} .scenario-choice`).count()).toBeGreaterThan(1);
      expect(await script.isHidden()).toBe(true);
      await context.close();
    },
  );

  it('leaves the script, and no dead button, when the player fails while rendering', async () => {
    const { context, page } = await newPage(browser);
    await page.route(/\/ScenarioPlayer\.[^/]*\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'export default function ScenarioPlayer() { throw new Error("rendu impossible"); }',
      }),
    );
    await page.goto(siteUrl(LESSON));
    const button = page.locator(block).getByRole('button', { name: 'Commencer la soirée' });
    await button.click();
    await expect.poll(() => page.locator(`${block} > astro-island[data-hydration-failed]`).count()).toBe(1);
    expect(await page.locator(`${block} .scenario-script`).isVisible()).toBe(true);
    expect(await button.isVisible()).toBe(false);
    await context.close();
  });

  it('says in the running player that the path will not be kept when storage is blocked', async () => {
    const { context, page } = await newPage(browser);
    await blockStorage(context);
    await page.goto(siteUrl(LESSON));
    await page.locator(block).getByRole('button', { name: 'Commencer la soirée' }).click();
    await expect.poll(() => page.locator(`${block} .scenario-choice`).count()).toBeGreaterThan(1);
    expect(await page.locator(block).textContent()).toContain('le parcours ne sera pas gardé');
    await context.close();
  });
});
