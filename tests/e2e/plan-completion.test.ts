// « Mon plan » as the capstone, in the browser: the one completion rule (one character per field
// completes nothing; a section filled to its criteria in its lesson is « complète » and is listed
// by name on /mon-plan/, the home page and the certificate), and the progress import that asks
// « Fusionner » or « Remplacer » and can be undone for the visit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getDocumentProxy } from 'unpdf';
import { launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { runAxe } from '../support/axe';
import { SECTIONS, allTicks, openPlan, planFile, seedPlan, stored } from '../support/plan-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('an empty plan on first paint', () => {
  it('is drawn by the build, so the script that reads the plan kept moves nothing', async () => {
    // Where the tools and the last section sit, and what the first lines say: as the build wrote
    // the page (its module scripts held back) and once plan-view has drawn an empty plan.
    const place = async (page: Page) =>
      page.evaluate(() => {
        const box = (s: string) => document.querySelector(s)?.getBoundingClientRect().top ?? -1;
        const text = (s: string) => document.querySelector<HTMLElement>(s)?.innerText ?? '';
        return {
          tools: box('.plan-tools'),
          section: box('.plan-step:last-of-type'),
          summary: text('.plan-summary'),
          state: text('.plan-section-state'),
        };
      });
    const built = await newPage(browser, { width: 360, height: 780 });
    await built.page.route('**/_astro/*.js', (route) => route.abort());
    await built.page.goto(siteUrl('/mon-plan/'));
    const before = await place(built.page);
    await built.context.close();
    const { context, page } = await newPage(browser, { width: 360, height: 780 });
    await openPlan(page);
    const after = await place(page);
    expect(before.summary).toBe(`0 section complète sur ${SECTIONS}`);
    expect(before.state).not.toBe('');
    expect(after).toEqual(before);
    await context.close();
  });
});

describe('the completion rule in the browser', () => {
  it('hides the home page’s plan line, rather than an empty plan’s count, when its rule cannot load', async () => {
    const { context, page } = await newPage(browser);
    await seedPlan(page, { ...allTicks() });
    await page.route(/\/plan-status-draw\.[\w-]+\.js/, (route) => route.abort());
    await page.goto(siteUrl('/'));
    await page.waitForSelector('plan-status[data-drawn="failed"]', { state: 'attached' });
    expect(await page.locator('plan-status .plan-status').isVisible()).toBe(false);
    await context.close();
  });

  it('one character per field gives no « complète » and no « Plan complété »', async () => {
    const { context, page } = await newPage(browser);
    const values: Record<string, string> = { ...allTicks() };
    for (const s of planFile.steps)
      for (const g of s.groups)
        for (let n = 1; n <= (g.repeat ?? 1); n++)
          for (const f of g.fields) values[`${s.id}.${g.id}.${n}.${f.id}`] = f.options?.[0] ?? 'a';
    await seedPlan(page, values);
    await openPlan(page);
    await expect(page.locator('.plan-summary').innerText()).resolves.toBe(`0 section complète sur ${SECTIONS}`);
    await expect(page.locator('.plan-section-state[data-complete]').count()).resolves.toBe(0);
    for (const path of ['/', '/attestation/']) {
      await page.goto(siteUrl(path));
      // Drawn from the stored plan (the build's line says the same for an empty plan).
      await page.waitForSelector('plan-status[data-drawn=""]', { state: 'attached' });
      const line = page.locator('plan-status .plan-status');
      await expect.poll(() => line.innerText()).toBe(`Mon plan\u00a0: 0 section complète sur ${SECTIONS}`);
      await expect(line.innerText()).resolves.not.toContain('complété');
    }
    await context.close();
  });

  it('a section filled to its criteria in its lesson is « complète », and listed by name', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    await page.goto(siteUrl('/lecons/mot-de-la-fin/'));
    const answers: Record<string, string> = {
      question: 'Les vidéos verticales font-elles cliquer plus de parents que les carrousels?',
      changement: 'Le format, même jour et même heure',
      duree: '6 semaines',
      indicateur: 'Clics vers la page sur les tiques',
      base: '310 clics en moyenne par carrousel en mai',
      regle: 'Si les vidéos font au moins 20 % de clics de plus, on garde le format.',
      supervision: 'La cheffe du service approuve; Amélie tient le journal.',
    };
    const state = page.locator('[data-section-state]');
    await page.fill('#plan-experience-experience-1-question', 'a');
    await expect.poll(() => state.innerText()).toBe('Section incomplète\u00a0: 0 critère sur 5 rempli.');
    for (const [id, text] of Object.entries(answers)) await page.fill(`#plan-experience-experience-1-${id}`, text);
    await expect.poll(() => state.innerText()).toBe('Section incomplète\u00a0: 4 critères sur 5 remplis.');
    await expect(page.locator('[data-criterion="regle"]').innerText()).resolves.toContain(
      'La règle a un seuil chiffré.',
    );
    await page.getByLabel('Un seul changement à la fois', { exact: false }).check();
    await expect.poll(() => state.innerText()).toBe('Section complète\u00a0: tous ses critères sont remplis.');
    await expect.poll(async () => (await stored(page))['experience.autoeval.1.un-changement']).toBe('oui');

    await openPlan(page);
    await expect(page.locator('.plan-summary').innerText()).resolves.toBe(
      `1 section complète sur ${SECTIONS} Sections complètes\u00a0: L’expérimentation encadrée.`,
    );
    for (const path of ['/', '/attestation/']) {
      await page.goto(siteUrl(path));
      const list = page.locator('plan-status [data-list]');
      await expect.poll(() => list.innerText()).toBe('Sections complètes\u00a0: L’expérimentation encadrée.');
      await expect(page.locator('plan-status .plan-status').innerText()).resolves.not.toContain('Plan complété');
    }
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});

describe('importing a progress file', () => {
  const mine = { 'veille.routine.1.qui': 'Amélie' };
  const theirs = { 'veille.routine.1.qui': 'Julien', 'message.message.1.ton': 'Rassurant' };
  const file = {
    name: 'progression.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'msst-progression',
        version: 1,
        exportedAt: '2026-11-20T10:00:00.000Z',
        lessons: {},
        quizzes: {},
        plan: theirs,
      }),
    ),
  };
  const said = (page: Page) => page.locator('.progress-said');

  it('asks « Fusionner » or « Remplacer » before changing anything, and undoes for the visit', async () => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await seedPlan(page, mine);
    await page.goto(siteUrl('/progression/'));
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    await page.setInputFiles('#import-progression', file);
    const choice = page.getByRole('group', { name: /Ce fichier contient 0 leçon et 0 questionnaire, avec un plan/ });
    await expect.poll(() => choice.isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('group');
    expect(await stored(page)).toEqual(mine);
    expect(await runAxe(page)).toEqual([]);

    await page.getByRole('button', { name: 'Remplacer' }).click();
    await expect.poll(() => said(page).innerText()).toContain('Progression importée');
    expect(await stored(page)).toEqual(theirs);
    await page.getByRole('button', { name: 'Annuler l’importation' }).click();
    await expect
      .poll(() => said(page).innerText())
      .toBe('L’importation a été annulée\u00a0: votre progression d’avant est rétablie.');
    expect(await stored(page)).toEqual(mine);

    await page.setInputFiles('#import-progression', file);
    await page.getByRole('button', { name: 'Fusionner' }).click();
    await expect.poll(() => said(page).innerText()).toContain('Progression fusionnée');
    expect(await stored(page)).toEqual({ ...theirs, ...mine });

    await page.setInputFiles('#import-progression', file);
    await page.getByRole('button', { name: 'Annuler', exact: true }).click();
    await expect.poll(() => said(page).innerText()).toBe('Importation annulée. Rien n’a été modifié.');
    await context.close();
  });
});

describe('the review grid', () => {
  it('prints every section’s criteria, with boxes, on one Letter page', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/mon-plan/grille/'));
    await expect(page.locator('.grid-section').count()).resolves.toBe(SECTIONS);
    const criteria = planFile.steps.reduce((n, s) => n + s.criteria.length, 0);
    await expect(page.locator('.grid-section li .box').count()).resolves.toBe(criteria);
    const doc = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'Letter' })));
    expect(doc.numPages).toBe(1);
    await context.close();
  });
});
