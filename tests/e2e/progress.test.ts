// Progress in the browser: the progress page and the home page read what is stored; export,
// reset and import round-trip; a wrong file changes nothing; two tabs stay in sync; corrupted or
// blocked storage never breaks a page; the certificate unlocks with the final evaluation.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { readLessonFiles } from '../support/course-files';
import { readQuizFiles } from '../support/quiz-files';
import { questionSelector, takeQuiz, waitForIslands } from '../support/quiz-driver';
import { quizHash } from '../../src/lib/quiz-hash';
import type { Quiz } from '../../src/schemas/quiz';

const lessons = readLessonFiles();
const quizzes = readQuizFiles();
const final = quizzes.get('evaluation-finale') as Quiz;
const [first, second, third] = lessons;
if (!first || !second || !third) throw new Error('il faut au moins trois leçons');
const firstQuiz = quizzes.get(first.slug) as Quiz;

const KEYS = ['msst:progress:v1', 'msst:quiz-results:v1', 'msst:learner-name:v1'];
const at = '2026-11-26T10:00:00.000Z';
const passedRecord = (quiz: Quiz) => ({
  hash: quizHash(quiz),
  attempts: 1,
  best: quiz.questions.length,
  last: quiz.questions.length,
  max: quiz.questions.length,
  passed: true,
  passedAt: at,
  at,
});
/** Lesson 1 completed (its quiz passed), lesson 2 visited. */
const seed = {
  'msst:progress:v1': { [first.slug]: { visitedAt: at, completedAt: at }, [second.slug]: { visitedAt: at } },
  'msst:quiz-results:v1': { [first.slug]: passedRecord(firstQuiz) },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function store(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.goto(siteUrl('/'));
  await page.evaluate((v) => {
    for (const [k, x] of Object.entries(v)) localStorage.setItem(k, typeof x === 'string' ? x : JSON.stringify(x));
  }, values);
}
const readStore = (page: Page) =>
  page.evaluate((keys) => Object.fromEntries(keys.map((k) => [k, localStorage.getItem(k)])), KEYS);
const status = (page: Page, slug: string) => page.locator(`li[data-lesson="${slug}"]`).getAttribute('data-status');

describe('the progress page', () => {
  it('shows each lesson, each quiz, overall completion and « Reprendre »', async () => {
    const { context, page } = await newPage(browser);
    await store(page, seed);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    await expect(status(page, first.slug)).resolves.toBe('completed');
    await expect(status(page, second.slug)).resolves.toBe('visited');
    await expect(status(page, third.slug)).resolves.toBe('todo');
    const steps = lessons.length + 1;
    await expect(page.locator('#vue-ensemble').innerText()).resolves.toBe(
      `Parcours complété à ${Math.floor(100 / steps)}\u00a0%`,
    );
    const resume = page.locator('[data-resume-link]');
    await expect(resume.innerText()).resolves.toBe(`Reprendre\u00a0: ${second.title}`);
    await expect(resume.getAttribute('href')).resolves.toBe(`/lecons/${second.slug}/`);
    await expect(page.locator(`.progress-quizzes [data-quiz="${first.slug}"]`).innerText()).resolves.toContain(
      'Réussi',
    );
    await expect(page.locator(`.progress-quizzes [data-quiz="${final.id}"]`).innerText()).resolves.toContain(
      'Pas encore fait',
    );
    await context.close();
  });

  it('exports to a file, resets after confirmation, and imports the file back', async () => {
    const { context, page } = await newPage(browser);
    await store(page, { ...seed, 'msst:learner-name:v1': '"Marie Tremblay"' });
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    const before = await readStore(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter ma progression (fichier JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^progression-medias-sociaux-sante-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(exported).toMatchObject({ format: 'msst-progression', version: 1, learnerName: 'Marie Tremblay' });
    await expect(page.locator('.progress-said').innerText()).resolves.toContain(download.suggestedFilename());

    // Reset asks first; « Annuler » changes nothing and gives the focus back.
    await page.getByRole('button', { name: 'Effacer ma progression' }).click();
    // Focus moves in a timeout after the re-render: poll for it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('group');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Effacer ma progression');
    expect(await readStore(page)).toEqual(before);
    await page.getByRole('button', { name: 'Effacer ma progression' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(page.locator('.progress-said').innerText()).resolves.toBe('Votre progression a été effacée.');
    await expect(status(page, first.slug)).resolves.toBe('todo');

    await page.setInputFiles('#import-progression', file);
    await page.waitForFunction(() =>
      document.querySelector('.progress-said')?.textContent?.startsWith('Progression importée'),
    );
    await expect(page.locator('.progress-said').innerText()).resolves.toBe(
      'Progression importée\u00a0: 2 leçons et 1 questionnaire.',
    );
    await expect(status(page, first.slug)).resolves.toBe('completed');
    await expect(status(page, second.slug)).resolves.toBe('visited');
    expect(await readStore(page)).toEqual(before);
    await context.close();
  });

  it.each([
    ['a text file', 'bonjour', 'n’est pas un fichier JSON lisible'],
    ['another JSON file', '{"name":"autre"}', 'n’est pas un fichier de progression'],
    [
      'a damaged progress file',
      '{"format":"msst-progression","version":1,"lessons":{"x":{"visitedAt":"jamais"}},"quizzes":{}}',
      'endommagé',
    ],
  ])('refuses %s with a clear message and changes nothing', async (_name, content, message) => {
    const { context, page } = await newPage(browser);
    await store(page, seed);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    const before = await readStore(page);
    await page.setInputFiles('#import-progression', {
      name: 'progression.json',
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
    await page.waitForFunction(() => document.querySelector('.progress-said')?.textContent !== '');
    const said = await page.locator('.progress-said').innerText();
    expect(said).toContain(message);
    expect(said).toContain('Rien n’a été modifié.');
    await expect(page.locator('.progress-said').getAttribute('role')).resolves.toBe('status');
    expect(await readStore(page)).toEqual(before);
    await expect(status(page, first.slug)).resolves.toBe('completed');
    await context.close();
  });
});

describe('the home page', () => {
  it('shows each lesson’s status and « Reprendre »', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    await store(page, seed);
    await page.goto(siteUrl('/'));
    const badge = (id: string) => page.locator(`[data-lesson-id="${id}"] .lesson-status`);
    const id = (l: { file: string }) => l.file.replace(/\.mdx$/, '');
    await expect(badge(id(first)).innerText()).resolves.toBe('Terminée');
    await expect(badge(id(second)).innerText()).resolves.toBe('Commencée');
    await expect(badge(id(third)).count()).resolves.toBe(0);
    const start = page.locator('[data-start-link]');
    await expect(start.innerText()).resolves.toBe(`Reprendre\u00a0: ${second.title}`);
    await expect(start.getAttribute('href')).resolves.toBe(`/lecons/${second.slug}/`);
    await expect(page.locator('home-progress .summary').innerText()).resolves.toContain(
      `1 leçon terminée sur ${lessons.length}`,
    );
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('says « Commencer » when nothing was done', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/'));
    await page.waitForTimeout(300);
    await expect(page.locator('[data-start-link]').innerText()).resolves.toBe('Commencer le module');
    await expect(page.locator('home-progress .summary').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('two tabs', () => {
  it('stay in sync: what one tab does shows in the other without a reload', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    await expect(status(page, third.slug)).resolves.toBe('todo');
    const other = await context.newPage();
    await other.goto(siteUrl(`/lecons/${third.slug}/`));
    await page.waitForFunction(
      (slug) => document.querySelector(`li[data-lesson="${slug}"]`)?.getAttribute('data-status') === 'visited',
      third.slug,
    );

    await other.goto(siteUrl(`/quiz/${final.id}/`));
    await waitForIslands(other);
    await takeQuiz(other, final);
    await page.waitForFunction(
      (id) => document.querySelector(`.progress-quizzes [data-quiz="${id}"]`)?.textContent?.includes('Réussi') ?? false,
      final.id,
    );
    await context.close();
  });
});

const pagesToCheck = [
  ['home', '/'],
  ['lesson', `/lecons/${first.slug}/`],
  ['quiz', `/quiz/${firstQuiz.id}/`],
  ['progress', '/progression/'],
  ['certificate', '/attestation/'],
] as const;

/** Loads a page and checks it is whole: a heading, its islands hydrated, no error. */
async function checkPage(page: Page, path: string): Promise<void> {
  const seen = watchPage(page);
  const response = await page.goto(siteUrl(path));
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('h1').first().isVisible(), path).resolves.toBe(true);
  for (const block of await page.locator('.quiz-block').all()) await block.scrollIntoViewIfNeeded();
  await waitForIslands(page);
  // The panels render once hydrated, right after the island appears.
  if (path === '/progression/') {
    await page.locator('.progress-lessons li').first().waitFor();
    await expect(page.locator('.progress-lessons li').count()).resolves.toBe(lessons.length);
  }
  if (path === '/attestation/') await page.locator(':is(.certificate-locked, .certificate-ready)').waitFor();
  if (path.startsWith('/quiz/'))
    await expect(page.locator('fieldset.quiz-q').count()).resolves.toBe(firstQuiz.questions.length);
  expect(seen.errors, path).toEqual([]);
}

describe('corrupted storage', () => {
  const garbage = [
    '{"oops":',
    'null',
    '[1,2]',
    '"texte"',
    '{"__proto__":{"polluted":1},"x":{"visitedAt":3}}',
    'undefined',
  ];

  it.each(garbage)('every page still works when every stored value is %s', async (value) => {
    const { context, page } = await newPage(browser);
    await store(page, Object.fromEntries([...KEYS, 'msst:theme:v1'].map((k) => [k, value])));
    for (const [, path] of pagesToCheck) await checkPage(page, path);
    await context.close();
  });
});

/** A context whose pages cannot use localStorage, as in a locked-down browser. */
async function blockedContext(how: 'security' | 'quota'): Promise<{ context: BrowserContext; page: Page }> {
  const made = await newPage(browser);
  await made.context.addInitScript((mode) => {
    if (mode === 'security') {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Accès au stockage refusé', 'SecurityError');
        },
      });
    } else {
      Storage.prototype.setItem = () => {
        throw new DOMException('Stockage plein', 'QuotaExceededError');
      };
    }
  }, how);
  return made;
}

describe('storage unavailable', () => {
  it.each(['security', 'quota'] as const)(
    '(%s) the quiz still works for the visit, and a notice says so',
    async (how) => {
      const { context, page } = await blockedContext(how);
      const seen = watchPage(page);
      await page.goto(siteUrl(`/quiz/${firstQuiz.id}/`));
      await waitForIslands(page);
      const notice = page.locator('.storage-notice');
      await expect(notice.isVisible()).resolves.toBe(true);
      await expect(notice.innerText()).resolves.toContain('votre progression sera perdue');
      await takeQuiz(page, firstQuiz);
      await expect(page.locator('.quiz-pass').innerText()).resolves.toContain('Réussi');
      await expect(page.locator('.quiz-best').innerText()).resolves.toContain('1 tentative');
      for (const [, path] of pagesToCheck) await checkPage(page, path);
      await page.goto(siteUrl('/progression/'));
      await waitForIslands(page);
      await expect(page.locator('.storage-notice').isVisible()).resolves.toBe(true);
      await page.goto(siteUrl('/'));
      await page.waitForFunction(
        () => !document.querySelector('home-progress .storage-notice')?.hasAttribute('hidden'),
      );
      expect(seen.errors).toEqual([]);
      await context.close();
    },
  );
});

describe('the certificate', () => {
  it('says what is missing until the final evaluation is passed', async () => {
    const { context, page } = await newPage(browser);
    await store(page, seed);
    await page.goto(siteUrl('/attestation/'));
    await waitForIslands(page);
    const locked = page.locator('.certificate-locked');
    await expect(locked.innerText()).resolves.toContain('Réussir l’évaluation finale.');
    await expect(locked.locator(`a[href="/quiz/${final.id}/"]`).count()).resolves.toBe(1);
    await expect(locked.locator(`a[href="/lecons/${second.slug}/"]`).count()).resolves.toBe(1);
    await expect(locked.locator(`a[href="/lecons/${first.slug}/"]`).count()).resolves.toBe(0);
    await expect(page.locator('.certificate').count()).resolves.toBe(0);
    await context.close();
  });

  it('once passed, prints the typed name (kept), the course, the score and the date', async () => {
    const { context, page } = await newPage(browser);
    await store(page, { ...seed, 'msst:quiz-results:v1': { [final.id]: passedRecord(final) } });
    await page.goto(siteUrl('/attestation/'));
    await waitForIslands(page);
    await page.getByLabel('Votre nom, tel qu’il figurera sur l’attestation').focus();
    await page.keyboard.type('Marie Tremblay');
    const certificate = page.locator('.certificate');
    await expect(certificate.locator('.certificate-learner').innerText()).resolves.toBe('Marie Tremblay');
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByLabel('Votre nom, tel qu’il figurera sur l’attestation').inputValue()).resolves.toBe(
      'Marie Tremblay',
    );
    const printed = await certificate.innerText();
    expect(printed).toContain('Attestation de réussite');
    expect(printed).toContain('Marie Tremblay');
    expect(printed).toContain('Les médias sociaux en santé');
    expect(printed).toContain('100\u00a0%');
    expect(printed).toContain('26 novembre 2026');

    await page.emulateMedia({ media: 'print' });
    await expect(certificate.isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.certificate-name-field').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Imprimer l’attestation' }).isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('keyboard on the progress page', () => {
  it('reaches every control with Tab', async () => {
    const { context, page } = await newPage(browser);
    await store(page, seed);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    const reached = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.id || ''),
      );
    }
    for (const label of ['Exporter ma progression (fichier JSON)', 'import-progression', 'Effacer ma progression']) {
      expect(reached, label).toContain(label);
    }
    expect(questionSelector('a', 'b')).toBe('#quiz-a-b');
    await context.close();
  });
});
