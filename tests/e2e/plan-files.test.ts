// « Mon plan » leaving the browser: /mon-plan/ downloads as Word and Markdown files that read back
// with the text; the plan travels in the progress file (export, empty, import); the running
// case's whole plan prints on four Letter pages, and « Imprimer » opens the print dialog. (One of
// the plan's journeys: see also plan-activity, plan-a11y, plan-storage and plan-completion.)
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getDocumentProxy } from 'unpdf';
import { launchBrowser, newPage, siteUrl, savedDownload } from '../support/browser';
import { readDocx } from '../support/docx';
import { SECTIONS, allTicks, fullPlan, objective, openPlan, seedPlan, stored } from '../support/plan-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('/mon-plan/ downloads and the progress file', () => {
  const plan = {
    'objectif.objectif.1.specifique': objective.specifique,
    'action.calendrier.1.theme': 'Appeler ses parents quand il fait chaud',
  };

  it('downloads the plan as Word and Markdown, with the text inside', async () => {
    const { context, page } = await newPage(browser);
    await seedPlan(page, plan);
    await openPlan(page);
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger en Word (.docx)' }).click(),
    ]);
    expect(word.suggestedFilename()).toMatch(/^mon-plan-medias-sociaux-\d{4}-\d{2}-\d{2}\.docx$/);
    const docx = await readDocx(await savedDownload(word));
    const value = docx.text;
    expect(value).toContain('Mon plan de présence sur les médias sociaux');
    // Criteria with their status, the review guide, the annex, and the language fr-CA.
    expect(value).toContain('Un nombre avec son unité et une échéance postérieure à aujourd’hui.');
    expect(value).toContain('À compléter. Ajoutez un nombre suivi de son unité');
    expect(value).toContain('Faire relire votre plan');
    expect(value).toContain('Annexe\u00a0: les réponses du cas fil rouge');
    expect(value).toContain('Du 1er mai au 31 juillet 2027');
    expect(value).not.toMatch(/\d{4}-\d{2}-\d{2}\./);
    expect(docx.xml('word/styles.xml')).toContain('w:lang w:val="fr-CA"');
    expect(value).toContain(objective.specifique);
    expect(value).toContain('Appeler ses parents quand il fait chaud');
    await expect.poll(() => page.locator('.plan-said').innerText()).toContain(word.suggestedFilename());

    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger en Markdown (.md)' }).click(),
    ]);
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    const text = readFileSync(await savedDownload(md), 'utf8');
    expect(text).toContain('## Étape 2\u00a0: l’objectif');
    expect(text).toContain(objective.specifique);
    expect(text).toContain('_Pas encore rempli._');
    expect(text).toContain('- [ ] Un nombre avec son unité et une échéance postérieure à aujourd’hui.');
    await context.close();
  });

  it('loads the exporters only when their button is pressed', async () => {
    const { context, page } = await newPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await seedPlan(page, plan);
    await openPlan(page);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /plan-(docx|markdown)/.test(s))).toEqual([]);
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger en Markdown (.md)' }).click(),
    ]);
    expect(scripts.some((s) => /plan-markdown/.test(s))).toBe(true);
    await context.close();
  });

  it('travels in the progress file: export, empty the plan, import, and it is back', async () => {
    const { context, page } = await newPage(browser);
    await seedPlan(page, plan);
    await page.goto(siteUrl('/progression/'));
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter ma progression (fichier JSON)' }).click(),
    ]);
    const file = await savedDownload(download);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ plan });

    await openPlan(page);
    await page.getByRole('button', { name: 'Vider mon plan' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('group');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Vider mon plan');
    expect(await stored(page)).toEqual(plan);
    await page.getByRole('button', { name: 'Vider mon plan' }).click();
    await page.getByRole('button', { name: 'Oui, vider mon plan' }).click();
    await expect.poll(() => page.locator('.plan-said').innerText()).toBe('Votre plan a été vidé.');
    await expect(page.locator('.plan-summary').innerText()).resolves.toBe(`0 section complète sur ${SECTIONS}`);
    expect(await stored(page)).toEqual({});

    await page.goto(siteUrl('/progression/'));
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    await page.setInputFiles('#import-progression', file);
    await page.getByRole('button', { name: 'Remplacer' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.progress-said')?.textContent?.startsWith('Progression importée'),
    );
    expect(await stored(page)).toEqual(plan);
    await openPlan(page);
    await expect(page.locator('[data-key="objectif.objectif.1.specifique"]').innerText()).resolves.toBe(
      objective.specifique,
    );
    await context.close();
  });

  it('imports a progress file from before the plan and leaves the plan as it is', async () => {
    const { context, page } = await newPage(browser);
    await seedPlan(page, plan);
    await page.goto(siteUrl('/progression/'));
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    const old = {
      format: 'msst-progression',
      version: 1,
      exportedAt: '2026-11-20T10:00:00.000Z',
      lessons: {},
      quizzes: {},
    };
    await page.setInputFiles('#import-progression', {
      name: 'progression.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(old)),
    });
    await page.getByRole('button', { name: 'Remplacer' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.progress-said')?.textContent?.startsWith('Progression importée'),
    );
    expect(await stored(page)).toEqual(plan);
    await context.close();
  });
});

describe('printing /mon-plan/', () => {
  it('fits the running case’s whole plan on four Letter pages', async () => {
    const { context, page } = await newPage(browser);
    const values = { ...fullPlan(), ...allTicks() };
    await seedPlan(page, values);
    await openPlan(page);
    await expect(page.locator('.plan-summary').innerText()).resolves.toBe(
      `Plan complété\u00a0: ses ${SECTIONS} sections sont complètes.`,
    );
    const pdf = await page.pdf({ format: 'Letter' });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    // Eleven sections since the activities of lessons 2, 6, 9, 10 and 11 (two pages held five).
    expect(doc.numPages).toBeLessThanOrEqual(4);
    const page2 = await doc.getPage(doc.numPages);
    const text = (await page2.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    expect(text).toContain('Qui supervise et qui approuve');
    // With every section complete, the certificate says the plan is completed.
    await page.goto(siteUrl('/attestation/'));
    await expect
      .poll(() => page.locator('plan-status .plan-status').innerText())
      .toBe(`Mon plan\u00a0: Plan complété\u00a0: ses ${SECTIONS} sections sont complètes.`);
    await context.close();
  });

  it('opens the browser’s print dialog from the « Imprimer » button', async () => {
    const { context, page } = await newPage(browser);
    await seedPlan(page, fullPlan());
    await openPlan(page);
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.locator('button[data-print-plan]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-printed'))).toBe(true);
    await context.close();
  });
});
