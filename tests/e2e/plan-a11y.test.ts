// « Mon plan » for every reader: the activities hold at 360 and 1920 px without sideways
// scrolling, pass axe in the light and the dark theme (each page reached once, the theme switched
// live), and can be filled from the keyboard alone. (One of the plan's journeys: see also
// plan-activity, plan-files, plan-storage and plan-completion.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, setColorScheme, siteUrl } from '../support/browser';
import { runAxe, type AxeFinding } from '../support/axe';
import { tabTo } from '../support/quiz-driver';
import { LESSON, field, objective, openPlan, seedPlan, smartLine, stored } from '../support/plan-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('layout, accessibility and keyboard', () => {
  it.each([
    [360, 740],
    [1920, 1080],
  ])('shows the activities without sideways scrolling at %i px', async (width, height) => {
    const { context, page } = await newPage(browser, { width, height });
    for (const path of [LESSON, '/lecons/etape-4-action/', '/lecons/sadapter-aux-plateformes/']) {
      await page.goto(siteUrl(path));
      await page.evaluate(() =>
        document.querySelectorAll('.plan-activity details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBe(0);
      await expect(page.locator('.plan-activity textarea, .plan-activity input').first().isVisible()).resolves.toBe(
        true,
      );
    }
    await context.close();
  });

  const axeSeed = {
    'objectif.objectif.1.specifique': objective.specifique,
    'objectif.objectif.2.mesurable': '12',
    'netiquette.netiquette.1.aide': 'Appelez le 811.',
    'netiquette.autoeval.1.regles': 'oui',
  };
  /** axe in the light theme, then in the dark one on the same page. */
  async function axeBothThemes(page: Page): Promise<{ light: AxeFinding[]; dark: AxeFinding[] }> {
    const light = await runAxe(page);
    await setColorScheme(page, 'dark');
    const dark = await runAxe(page);
    await setColorScheme(page, 'light');
    return { light, dark };
  }
  const clean = { light: [], dark: [] };

  it('has no axe violation at 360 px on the objective activity, in both themes', async () => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await seedPlan(page, axeSeed);
    await page.goto(siteUrl(LESSON));
    await page.focus(field('mesurable'));
    await expect.poll(() => smartLine(page).innerText()).toContain('Il manque');
    await page.evaluate(() =>
      document.querySelectorAll('.plan-activity details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    expect(await axeBothThemes(page)).toEqual(clean);
    await context.close();
  });

  it('has no axe violation at 360 px on an added activity, criteria drawn, in both themes', async () => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await seedPlan(page, axeSeed);
    await page.goto(siteUrl('/lecons/bonnes-pratiques/'));
    await page.focus('#plan-netiquette-netiquette-1-bienvenu');
    await expect
      .poll(() => page.locator('[data-criterion="aide"]').innerText())
      .toContain('Il manque\u00a0: 988, 1 866 APPELLE.');
    await expect(page.isChecked('#plan-netiquette-autoeval-1-regles')).resolves.toBe(true);
    expect(await axeBothThemes(page)).toEqual(clean);
    await context.close();
  });

  it('has no axe violation at 360 px on /mon-plan/, in both themes', async () => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await seedPlan(page, axeSeed);
    await openPlan(page);
    await expect.poll(() => page.locator('[data-section-state="netiquette"]').innerText()).toContain('incomplète');
    expect(await axeBothThemes(page)).toEqual(clean);
    await context.close();
  });

  it('has no axe violation at 360 px on the review grid, in both themes', async () => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await seedPlan(page, axeSeed);
    await page.goto(siteUrl('/mon-plan/grille/'));
    expect(await axeBothThemes(page)).toEqual(clean);
    await context.close();
  });

  it('can be filled from the keyboard alone, and the model answer opened', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl(LESSON));
    await tabTo(page, field('specifique'));
    await page.keyboard.type('Les parents du quartier');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(field('mesurable').slice(1));
    await page.keyboard.type('300 clics');
    // Focus shows: the browser's focus ring or the field's own outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await stored(page))['objectif.objectif.1.mesurable']).toBe('300 clics');
    await expect.poll(() => smartLine(page).innerText()).toContain('atteignable');
    await tabTo(page, '.plan-model summary');
    await page.keyboard.press('Enter');
    await expect(page.locator('.plan-model').getAttribute('open')).resolves.toBe('');
    await context.close();
  });
});
