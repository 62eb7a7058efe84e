// Exhibits (the material a question gives to judge) at 360 px, in both themes: a fixture quiz with
// one exhibit of each kind is rendered by the site's own quiz island, on the server as the build
// does, into the built evaluation page in place of its quiz, so the page's real styles apply.
// axe reports nothing, the page does not scroll sideways (the table scrolls in its own box), and
// the markup is the accessible one: figure and caption, a list for the thread, header cells.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, siteUrl } from '../support/browser';
import { runAxe } from '../support/axe';
import { quizSchema } from '../../src/schemas/quiz';
import Quiz from '../../src/islands/Quiz';

const fixture = quizSchema.parse(parse(readFileSync('tests/fixtures/exhibits/quiz-exhibits.yaml', 'utf8')));
const fixtureUrl = siteUrl('/quiz/pieces-a-juger/');

let browser: Browser;
let host = '';
beforeAll(async () => {
  browser = await launchBrowser();
  const built = await (await fetch(siteUrl('/quiz/evaluation-finale/'))).text();
  const island = renderToString(h(Quiz, { quiz: fixture, hash: 'fixture', storageNotice: 'Stockage indisponible.' }));
  const start = built.indexOf('<astro-island');
  const end = built.indexOf('</astro-island>', start);
  if (start < 0 || end < 0) throw new Error('la page de l’évaluation ne contient pas l’îlot du questionnaire');
  host = `${built.slice(0, start)}${island}${built.slice(end + '</astro-island>'.length)}`;
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the evaluation page with the fixture quiz in place of its own, at 360 px. */
async function open(colorScheme: 'light' | 'dark'): Promise<Page> {
  const { page } = await newPage(browser, { colorScheme, width: 360, height: 740 });
  await page.route(fixtureUrl, (route) => route.fulfill({ body: host, contentType: 'text/html; charset=utf-8' }));
  await page.goto(fixtureUrl);
  return page;
}

describe('exhibits', () => {
  it('render a post and its thread as a list, a table with header cells, and paragraphs', async () => {
    const page = await open('light');
    const figures = page.locator('fieldset.quiz-q figure.quiz-exhibit');
    await expect.poll(() => figures.count()).toBe(3);
    expect(await figures.first().locator('figcaption').textContent()).toBe(fixture.questions[0]?.exhibit?.title);
    const comments = figures.first().locator('ol.quiz-exhibit-thread > li');
    expect(await comments.count()).toBe(3);
    expect(await comments.first().textContent()).toContain('48 mentions J’aime');
    expect(await comments.nth(1).textContent()).toContain('1 mention J’aime');
    expect(await figures.first().locator('.quiz-exhibit-post').textContent()).toContain('CISSS de Val-des-Hérons');
    const table = figures.nth(1).locator('table');
    expect(await table.locator('caption').textContent()).toBe('Extrait du tableau de bord, campagne Lyme');
    expect(await table.locator('th[scope=col]').count()).toBe(4);
    expect(await table.locator('th[scope=row]').count()).toBe(3);
    expect(await figures.nth(2).locator('p.quiz-exhibit-text').count()).toBe(2);
    await page.context().close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`are axe-clean and fit 360 px in the ${scheme} theme`, async () => {
      const page = await open(scheme);
      await page.locator('figure.quiz-exhibit').first().waitFor();
      expect(await runAxe(page)).toEqual([]);
      // The page itself never scrolls sideways; a wide table scrolls inside its own focusable box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const box = page.locator('.quiz-exhibit-table');
      expect(await box.getAttribute('tabindex')).toBe('0');
      expect(await box.evaluate((e) => getComputedStyle(e).overflowX)).toBe('auto');
      await page.screenshot({ path: `test-results/exhibits-360-${scheme}.png`, fullPage: true });
      await page.context().close();
    });
  }

  it('stay whole in print: the table box no longer clips', async () => {
    const page = await open('light');
    await page.emulateMedia({ media: 'print' });
    const box = page.locator('.quiz-exhibit-table');
    expect(await box.evaluate((e) => getComputedStyle(e).overflowX)).toBe('visible');
    await page.context().close();
  });
});
