// « Mon plan » while the learner writes, in a lesson: the objective activity's SMART check names
// what is missing; what is typed is kept and shows on /mon-plan/ and the home page; the key
// message gets a readability hint; the running case's answer opens on demand; a lesson with a plan
// kept stays within its JavaScript budget until the learner writes. (One of the plan's journeys:
// see also plan-files, plan-a11y, plan-storage and plan-completion.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { weighPage } from '../support/weigh';
import { LESSON_JS_BUDGET } from '../support/budgets';
import { LESSON, SECTIONS, field, objective, openPlan, seedPlan, smartLine, stored } from '../support/plan-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the objective activity', () => {
  it('names the missing SMART part, keeps the text, and shows it on /mon-plan/', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    await page.goto(siteUrl(LESSON));
    for (const part of ['specifique', 'mesurable', 'atteignable', 'echeance'] as const) {
      await page.fill(field(part), objective[part]);
    }
    await expect
      .poll(() => smartLine(page).innerText())
      .toBe('Il manque\u00a0: pertinent (le lien avec votre mandat).');
    await page.fill(field('mesurable'), 'beaucoup d’inscriptions');
    await expect.poll(() => smartLine(page).innerText()).toContain('mesurable (ajoutez un nombre et son unité');
    await page.fill(field('mesurable'), objective.mesurable);
    await page.fill(field('pertinent'), objective.pertinent);
    await expect
      .poll(() => smartLine(page).innerText())
      .toBe('Objectif complet\u00a0: les cinq parties SMART sont là.');
    await expect
      .poll(() => page.locator('.plan-activity .plan-saved').innerText())
      .toBe('Enregistré dans ce navigateur.');
    await expect.poll(async () => (await stored(page))['objectif.objectif.1.pertinent']).toBe(objective.pertinent);

    await page.reload();
    // The fields show what is kept before any code but the element's loads; the check runs once
    // the learner is back in the activity.
    await expect.poll(() => page.inputValue(field('specifique'))).toBe(objective.specifique);
    await expect(page.inputValue(field('echeance'))).resolves.toBe(objective.echeance);
    await page.focus(field('echeance'));
    await expect.poll(() => smartLine(page).innerText()).toContain('Objectif complet');

    await openPlan(page);
    await expect(page.locator('.plan-summary').innerText()).resolves.toBe(`0 section complète sur ${SECTIONS}`);
    // The objective is not complete: « un effet souhaité » is still to be ticked.
    await expect(page.locator('[data-section-state="objectif"]').innerText()).resolves.toBe(
      'Section incomplète\u00a0: 4 critères sur 5 remplis.',
    );
    await expect(page.locator('[data-key="objectif.objectif.1.mesurable"]').innerText()).resolves.toBe(
      objective.mesurable,
    );
    await expect(page.locator('[data-key="veille.sujets.1.themes"]').innerText()).resolves.toBe('Pas encore rempli.');
    await expect(page.locator('.plan-step[data-step="veille"] .plan-fill a').getAttribute('href')).resolves.toBe(
      '/lecons/etape-1-veille/#a-vous-veille',
    );
    await page.goto(siteUrl('/'));
    await page.waitForSelector('plan-status[data-drawn=""]', { state: 'attached' });
    await expect
      .poll(() => page.locator('plan-status .plan-status').innerText())
      .toBe(`Mon plan\u00a0: 0 section complète sur ${SECTIONS}`);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('shows what this browser holds, even in the field focused first', async () => {
    const { context, page } = await newPage(browser);
    await seedPlan(page, { 'objectif.objectif.1.mesurable': 'beaucoup', 'objectif.objectif.2.pertinent': 'Oui' });
    await page.goto(siteUrl(LESSON));
    await page.focus(field('mesurable'));
    await expect.poll(() => page.inputValue(field('mesurable'))).toBe('beaucoup');
    await expect.poll(() => smartLine(page).innerText()).toContain('mesurable (ajoutez un nombre et son unité');
    // The optional second objective holds text: it opens.
    await expect(page.locator('details[data-more="objectif.objectif.2"]').getAttribute('open')).resolves.toBe('');
    await expect(page.inputValue(field('pertinent', 2))).resolves.toBe('Oui');
    await context.close();
  });

  it('gives a readability hint on the key message', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/lecons/etape-3-message/'));
    await page.fill(
      '#plan-message-message-1-cle',
      'La Direction recommande l’application systématique de mesures de prophylaxie lors de la fréquentation de milieux boisés par les familles du territoire et leurs enfants.',
    );
    const hint = page.locator('[data-readability="message.message.1.cle"]');
    await expect.poll(() => hint.innerText()).toContain('Phrases de 24 mots en moyenne.');
    await expect(hint.innerText()).resolves.toContain('Visez 15 mots ou moins par phrase.');
    await expect(hint.innerText()).resolves.toContain('Jargon à remplacer\u00a0: prophylaxie.');
    // The section's criteria say the same, each in one sentence, and the typing was never blocked.
    const jargon = page.locator('[data-criterion="jargon"]');
    await expect.poll(() => jargon.innerText()).toContain('À compléter');
    await expect(jargon.innerText()).resolves.toContain('Mots de jargon à remplacer\u00a0: prophylaxie.');
    await expect(page.locator('[data-criterion="lisibilite"]').innerText()).resolves.toMatch(
      /Indice de lisibilité de Kandel et Moles\u00a0: -?\d+; visez 60 ou plus/,
    );
    await context.close();
  });

  it('shows the running case’s answer on demand', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl(LESSON));
    const model = page.locator('.plan-model');
    await expect(model.locator('dd').first().isVisible()).resolves.toBe(false);
    await model.locator('summary').click();
    await expect(model.innerText()).resolves.toContain('Du 1er mai au 31 juillet 2027');
    await context.close();
  });
});

describe('the lesson budget with a plan kept', () => {
  it('stays within the lesson’s JavaScript budget until the learner writes, then loads the activity’s code', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await seedPlan(page, { 'plateformes.grille.1.nom': 'Facebook', 'plateformes.grille.2.nom': 'YouTube' });
    const w = await weighPage(page, siteUrl('/lecons/sadapter-aux-plateformes/'));
    // The lesson budget of tests/e2e/budgets.test.ts.
    expect(w.jsGzip, w.scripts.join(', ')).toBeLessThanOrEqual(LESSON_JS_BUDGET);
    expect(w.scripts.filter((s) => s.includes('plan-activity'))).toEqual([]);
    // What is kept shows without the activity's code, optional repetitions opened; the code loads
    // at the first focus (on a fresh page: the weighed one still listens to its responses).
    const next = await context.newPage();
    await next.goto(siteUrl('/lecons/sadapter-aux-plateformes/'));
    await expect.poll(() => next.inputValue('#plan-plateformes-grille-2-nom')).toBe('YouTube');
    const loaded = next.waitForResponse((r) => r.url().includes('plan-activity'));
    await next.focus('#plan-plateformes-grille-1-qui');
    await (await loaded).finished();
    await context.close();
  });

  it('fetches the criteria with its code, and keeps what is typed when they cannot load', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    // The criteria's data is one file for every lesson, not in the lesson's HTML.
    const html = await (await page.goto(siteUrl(LESSON)))!.text();
    expect(html).not.toContain('&quot;outline&quot;');
    await page.route(/mon-plan\/verifications\.json/, (route) => route.abort());
    await page.fill(field('specifique'), objective.specifique);
    await expect
      .poll(() => page.locator('.plan-activity [data-section-state]').innerText())
      .toBe(
        'Les critères de cette section n’ont pas pu se charger\u00a0: ce que vous écrivez est tout de même enregistré. Rechargez la page pour les vérifier.',
      );
    // The SMART check and the saving work without them.
    await expect.poll(() => smartLine(page).innerText()).toContain('Il manque');
    await expect.poll(async () => (await stored(page))['objectif.objectif.1.specifique']).toBe(objective.specifique);
    // The aborted request is the only error.
    expect(seen.errors.filter((e) => !e.includes('ERR_FAILED'))).toEqual([]);
    await context.close();
  });
});
