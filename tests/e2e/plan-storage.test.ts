// « Mon plan » when storage fails it: with localStorage blocked the plan is kept for the visit and
// the learner is told; a corrupted or over-long stored plan never breaks a page. (Which values
// decodePlan turns into an empty plan is checked in tests/unit/lib/plan/plan-data.test.ts; here, that
// every page survives them. One of the plan's journeys: see also plan-activity, plan-files,
// plan-a11y and plan-completion.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { blockStorage, launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { MAX_FIELD_LENGTH } from '../../src/lib/plan/plan-data';
import { LESSON, SECTIONS, field, objective, openPlan, seedPlan, smartLine } from '../support/plan-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('storage blocked', () => {
  it('keeps the plan for the visit, says it will not be kept, and /mon-plan/ still opens', async () => {
    const { context, page } = await newPage(browser);
    await blockStorage(context);
    const seen = watchPage(page);
    await page.goto(siteUrl(LESSON));
    await page.fill(field('specifique'), objective.specifique);
    await page.locator(field('mesurable')).focus();
    await expect
      .poll(() => page.locator('.plan-activity .plan-saved').innerText())
      .toContain('votre progression sera perdue');
    await expect.poll(() => smartLine(page).innerText()).toContain('Il manque');
    await openPlan(page);
    await expect(page.locator('.plan-summary').innerText()).resolves.toBe(`0 section complète sur ${SECTIONS}`);
    await page.goto(siteUrl('/'));
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});

describe('corrupted or over-long stored plan', () => {
  const long = 'x'.repeat(100_000);
  const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`veille.g${i}.1.f`, 'y']));
  const cases: [string, string][] = [
    // An array, a string or JSON null take decodePlan's same way to an empty plan as broken JSON
    // (tests/unit/lib/plan/plan-data.test.ts, « gives {} for … »): one of them in the browser is enough.
    ['broken JSON', '{"objectif.objectif.1'],
    ['prototype keys', '{"__proto__":{"polluted":1},"constructor":"x"}'],
    ['over-long text', JSON.stringify({ 'objectif.objectif.1.specifique': long, 'veille.routine.1.qui': { a: 1 } })],
    ['thousands of fields', JSON.stringify(many)],
  ];

  it.each(cases)('never breaks a page with %s', async (_label, raw) => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    await seedPlan(page, raw);
    for (const path of ['/', LESSON, '/mon-plan/', '/attestation/', '/progression/']) {
      const response = await page.goto(siteUrl(path));
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1').first().isVisible(), path).resolves.toBe(true);
      if (path === '/mon-plan/') await page.locator('plan-view[data-drawn]').waitFor();
      if (path === LESSON) {
        await page.focus(field('specifique'));
        // What was kept shows, cut to the field's limit (an over-long text), or the field is empty.
        await expect
          .poll(() => page.inputValue(field('specifique')).then((v) => v.length))
          .toBe(_label === 'over-long text' ? MAX_FIELD_LENGTH : 0);
      }
    }
    expect(seen.errors).toEqual([]);
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    await context.close();
  });
});
