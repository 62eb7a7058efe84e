// « Mon plan » in the browser: the objective activity's SMART check names what is missing; what is
// typed is kept and shows on /mon-plan/; the Word and Markdown files read back with the text;
// the plan travels in the progress file; pages hold at 360 and 1920 px, pass axe in both themes,
// work from the keyboard alone, and survive corrupted or over-long stored values.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { getDocumentProxy } from 'unpdf';
import { parse } from 'yaml';
import { launchBrowser, newPage, siteUrl, watchPage, savedDownload } from '../support/browser';
import { runAxe } from '../support/axe';
import { tabTo } from '../support/quiz-driver';
import { weighPage } from '../support/weigh';
import { KEY as KEYS } from '../support/storage-keys';
import { LESSON_JS_BUDGET } from '../support/budgets';
import { MAX_FIELD_LENGTH } from '../../src/lib/plan-data';

const KEY = KEYS.plan;
const planFile = parse(readFileSync('content/plan.yaml', 'utf8')) as {
  steps: {
    id: string;
    title: string;
    criteria: { id: string; check?: string }[];
    groups: { id: string; repeat?: number; fields: { id: string; kind?: string; options?: string[] }[] }[];
  }[];
};
/** How many sections the plan has. */
const SECTIONS = planFile.steps.length;
/** The self-assessment ticks of every section (criteria without a check), as stored. */
const allTicks = (): Record<string, string> =>
  Object.fromEntries(
    planFile.steps.flatMap((s) => s.criteria.filter((c) => !c.check).map((c) => [`${s.id}.autoeval.1.${c.id}`, 'oui'])),
  );
const LESSON = '/lecons/etape-2-objectif/';
const field = (part: string, n = 1) => `#plan-objectif-objectif-${n}-${part}`;
const objective = {
  specifique: 'Amener les proches aidants de Saint-Isidore à inscrire leur parent à l’appel quotidien.',
  mesurable: '250 inscriptions au service d’appel',
  atteignable: 'Le service compte déjà 180 personnes inscrites.',
  pertinent: 'Réduire l’isolement des personnes âgées pendant les vagues de chaleur.',
  echeance: 'Du 1er juin au 31 août 2027',
};
const smartLine = (page: Page) => page.locator('[data-smart="objectif.objectif.1"]');
const stored = (page: Page) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}') as Record<string, string>, KEY);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function seed(page: Page, value: unknown): Promise<void> {
  await page.goto(siteUrl('/'));
  await page.evaluate(
    ([k, v]) => localStorage.setItem(k as string, v as string),
    [KEY, typeof value === 'string' ? value : JSON.stringify(value)],
  );
}

/** Opens /mon-plan/ and waits until the plan element has filled it. */
async function openPlan(page: Page): Promise<void> {
  await page.goto(siteUrl('/mon-plan/'));
  await page.locator('.plan-summary:not([hidden])').waitFor();
}

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
    await expect
      .poll(() => page.locator('plan-status .plan-status').innerText())
      .toBe(`Mon plan\u00a0: 0 section complète sur ${SECTIONS}`);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('shows what this browser holds, even in the field focused first', async () => {
    const { context, page } = await newPage(browser);
    await seed(page, { 'objectif.objectif.1.mesurable': 'beaucoup', 'objectif.objectif.2.pertinent': 'Oui' });
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

describe('/mon-plan/ downloads and the progress file', () => {
  const plan = {
    'objectif.objectif.1.specifique': objective.specifique,
    'action.calendrier.1.theme': 'Appeler ses parents quand il fait chaud',
  };

  it('downloads the plan as Word and Markdown, with the text inside', async () => {
    const { context, page } = await newPage(browser);
    await seed(page, plan);
    await openPlan(page);
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger en Word (.docx)' }).click(),
    ]);
    expect(word.suggestedFilename()).toMatch(/^mon-plan-medias-sociaux-\d{4}-\d{2}-\d{2}\.docx$/);
    const { value } = await mammoth.extractRawText({ path: await savedDownload(word) });
    expect(value).toContain('Mon plan de présence sur les médias sociaux');
    // Criteria with their status, the review guide, the annex, and the language fr-CA.
    expect(value).toContain('Un nombre avec son unité et une échéance postérieure à aujourd’hui.');
    expect(value).toContain('À compléter. Ajoutez un nombre suivi de son unité');
    expect(value).toContain('Faire relire votre plan');
    expect(value).toContain('Annexe\u00a0: les réponses du cas fil rouge');
    expect(value).toContain('Du 1er mai au 31 juillet 2027');
    expect(value).not.toMatch(/\d{4}-\d{2}-\d{2}\./);
    const files = unzipSync(new Uint8Array(readFileSync(await savedDownload(word))));
    expect(strFromU8(files['word/styles.xml'] ?? new Uint8Array())).toContain('w:lang w:val="fr-CA"');
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
    await seed(page, plan);
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
    await seed(page, plan);
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
    await seed(page, plan);
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

/** Every answer of the running case (content/plan.yaml), as a stored plan: the fullest plan. */
function fullPlan(): Record<string, string> {
  const plan = parse(readFileSync('content/plan.yaml', 'utf8')) as {
    steps: { id: string; groups: { id: string; models: Record<string, string>[] }[] }[];
  };
  const values: Record<string, string> = {};
  for (const s of plan.steps) {
    for (const g of s.groups) {
      g.models.forEach((m, i) => {
        for (const [k, v] of Object.entries(m)) values[`${s.id}.${g.id}.${i + 1}.${k}`] = v;
      });
    }
  }
  return values;
}

describe('the lesson budget with a plan kept', () => {
  it('stays within the lesson’s JavaScript budget until the learner writes, then loads the activity’s code', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await seed(page, { 'plateformes.grille.1.nom': 'Facebook', 'plateformes.grille.2.nom': 'YouTube' });
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
});

describe('printing /mon-plan/', () => {
  it('fits the running case’s whole plan on four Letter pages', async () => {
    const { context, page } = await newPage(browser);
    const values = { ...fullPlan(), ...allTicks() };
    await seed(page, values);
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
    await seed(page, fullPlan());
    await openPlan(page);
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.locator('button[data-print-plan]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-printed'))).toBe(true);
    await context.close();
  });
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
  const schemes = ['light', 'dark'] as const;

  it.each(schemes)('has no axe violation at 360 px on the objective activity (%s)', async (colorScheme) => {
    const { context, page } = await newPage(browser, { colorScheme, width: 360, height: 740 });
    await seed(page, axeSeed);
    await page.goto(siteUrl(LESSON));
    await page.focus(field('mesurable'));
    await expect.poll(() => smartLine(page).innerText()).toContain('Il manque');
    await page.evaluate(() =>
      document.querySelectorAll('.plan-activity details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });

  it.each(schemes)('has no axe violation at 360 px on an added activity, criteria drawn (%s)', async (colorScheme) => {
    const { context, page } = await newPage(browser, { colorScheme, width: 360, height: 740 });
    await seed(page, axeSeed);
    await page.goto(siteUrl('/lecons/bonnes-pratiques/'));
    await page.focus('#plan-netiquette-netiquette-1-bienvenu');
    await expect
      .poll(() => page.locator('[data-criterion="aide"]').innerText())
      .toContain('Il manque\u00a0: 988, 1 866 APPELLE.');
    await expect(page.isChecked('#plan-netiquette-autoeval-1-regles')).resolves.toBe(true);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });

  it.each(schemes)('has no axe violation at 360 px on /mon-plan/ and the review grid (%s)', async (colorScheme) => {
    const { context, page } = await newPage(browser, { colorScheme, width: 360, height: 740 });
    await seed(page, axeSeed);
    await openPlan(page);
    await expect.poll(() => page.locator('[data-section-state="netiquette"]').innerText()).toContain('incomplète');
    expect(await runAxe(page)).toEqual([]);
    await page.goto(siteUrl('/mon-plan/grille/'));
    expect(await runAxe(page)).toEqual([]);
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

describe('storage blocked', () => {
  it('keeps the plan for the visit, says it will not be kept, and /mon-plan/ still opens', async () => {
    const { context, page } = await newPage(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Accès au stockage refusé', 'SecurityError');
        },
      });
    });
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
    ['broken JSON', '{"objectif.objectif.1'],
    ['an array', '[1,2,3]'],
    ['a string', '"bonjour"'],
    ['JSON null', 'null'],
    ['prototype keys', '{"__proto__":{"polluted":1},"constructor":"x"}'],
    ['over-long text', JSON.stringify({ 'objectif.objectif.1.specifique': long, 'veille.routine.1.qui': { a: 1 } })],
    ['thousands of fields', JSON.stringify(many)],
  ];

  it.each(cases)('never breaks a page with %s', async (_label, raw) => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    await seed(page, raw);
    for (const path of ['/', LESSON, '/mon-plan/', '/attestation/', '/progression/']) {
      const response = await page.goto(siteUrl(path));
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1').first().isVisible(), path).resolves.toBe(true);
      if (path === '/mon-plan/') await page.locator('.plan-summary:not([hidden])').waitFor();
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
