// Progress in the browser: the progress page and the home page read what is stored; export,
// reset and import round-trip; a wrong file changes nothing; two tabs stay in sync; corrupted or
// blocked storage never breaks a page; the certificate unlocks with the final evaluation.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, savedDownload, seedStorage, siteUrl, watchPage } from '../support/browser';
import { readLessonFiles } from '../support/course-files';
import { readQuizFiles } from '../support/quiz-files';
import { questionSelector, takeQuiz, waitForIslands } from '../support/quiz-driver';
import { quizHash } from '../../src/build-time/quiz-hash';
import type { Quiz } from '../../src/schemas/quiz';
import { KEY } from '../support/storage-keys';
import { STORED_NAMES } from '../../src/lib/storage/storage-keys';
import { THEME_KEY } from '../../src/lib/storage/theme';
import { HOME_RETURNING_JS_BUDGET } from '../support/budgets';
import { weighPage } from '../support/weigh';

const lessons = readLessonFiles();
const quizzes = readQuizFiles();
const final = quizzes.get('evaluation-finale') as Quiz;
const [first, second, third] = lessons;
if (!first || !second || !third) throw new Error('il faut au moins trois leçons');
const firstQuiz = quizzes.get(first.slug) as Quiz;

const KEYS = [KEY.lessons, KEY.quizzes, KEY.learnerName];
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
  [KEY.lessons]: { [first.slug]: { visitedAt: at, completedAt: at }, [second.slug]: { visitedAt: at } },
  [KEY.quizzes]: { [first.slug]: passedRecord(firstQuiz) },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const readStore = (page: Page) =>
  page.evaluate((keys) => Object.fromEntries(keys.map((k) => [k, localStorage.getItem(k)])), KEYS);
const status = (page: Page, slug: string) => page.locator(`li[data-lesson="${slug}"]`).getAttribute('data-status');

describe('the progress page', () => {
  it('shows each lesson, each quiz, overall completion and « Reprendre »', async () => {
    const { context, page } = await newPage(browser);
    await seedStorage(page, seed);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    await expect.poll(() => status(page, first.slug)).toBe('completed');
    await expect.poll(() => status(page, second.slug)).toBe('visited');
    await expect.poll(() => status(page, third.slug)).toBe('todo');
    const steps = lessons.length + 1;
    await expect
      .poll(() => page.locator('#vue-ensemble').innerText())
      .toBe(`Parcours complété à ${Math.floor(100 / steps)}\u00a0%`);
    const resume = page.locator('[data-resume-link]');
    await expect.poll(() => resume.innerText()).toBe(`Reprendre\u00a0: ${second.title}`);
    await expect.poll(() => resume.getAttribute('href')).toBe(`/lecons/${second.slug}/`);
    await expect
      .poll(() => page.locator(`.progress-quizzes [data-quiz="${first.slug}"]`).innerText())
      .toContain('Réussi');
    await expect
      .poll(() => page.locator(`.progress-quizzes [data-quiz="${final.id}"]`).innerText())
      .toContain('Pas encore fait');
    await context.close();
  });

  it('exports to a file, resets after confirmation, and imports the file back', async () => {
    // A learner in Québec at 20 h 30 on 6 December: already the 7th in UTC; the file says the 6th.
    const { context, page } = await newPage(browser, { timezoneId: 'America/Toronto' });
    await seedStorage(page, { ...seed, [KEY.learnerName]: '"Marie Tremblay"' });
    await page.clock.setFixedTime(new Date('2026-12-07T01:30:00Z'));
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    const before = await readStore(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter ma progression (fichier JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('progression-medias-sociaux-sante-2026-12-06.json');
    const file = await savedDownload(download);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(exported).toMatchObject({ format: 'msst-progression', version: 1, learnerName: 'Marie Tremblay' });
    await expect.poll(() => page.locator('.progress-said').innerText()).toContain(download.suggestedFilename());

    // Reset asks first; « Annuler » changes nothing and gives the focus back.
    await page.getByRole('button', { name: 'Effacer ma progression' }).click();
    // Focus moves in a timeout after the re-render: poll for it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('group');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Effacer ma progression');
    expect(await readStore(page)).toEqual(before);
    await page.getByRole('button', { name: 'Effacer ma progression' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect.poll(() => page.locator('.progress-said').innerText()).toBe('Votre progression a été effacée.');
    await expect.poll(() => status(page, first.slug)).toBe('todo');

    await page.setInputFiles('#import-progression', file);
    // The file is read first; nothing changes until « Remplacer » (or « Fusionner ») is chosen.
    await page.getByRole('button', { name: 'Remplacer' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.progress-said')?.textContent?.startsWith('Progression importée'),
    );
    await expect
      .poll(() => page.locator('.progress-said').innerText())
      .toBe('Progression importée\u00a0: 2 leçons et 1 questionnaire.');
    await expect.poll(() => status(page, first.slug)).toBe('completed');
    await expect.poll(() => status(page, second.slug)).toBe('visited');
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
    [
      'a progress file with a quiz passed below its pass mark',
      JSON.stringify({
        format: 'msst-progression',
        version: 1,
        lessons: {},
        quizzes: {
          'evaluation-finale': {
            hash: 'x',
            attempts: 1,
            best: 3,
            last: 3,
            max: 20,
            passed: true,
            at: '2026-11-26T10:00:00.000Z',
          },
        },
      }),
      'incohérent\u00a0: questionnaire «\u00a0evaluation-finale\u00a0»\u00a0: marqué réussi avec 15\u00a0%, sous le seuil de 80\u00a0%',
    ],
  ])('refuses %s with a clear message and changes nothing', async (_name, content, message) => {
    const { context, page } = await newPage(browser);
    await seedStorage(page, seed);
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
    await expect.poll(() => page.locator('.progress-said').getAttribute('role')).toBe('status');
    expect(await readStore(page)).toEqual(before);
    await expect.poll(() => status(page, first.slug)).toBe('completed');
    await context.close();
  });
});

describe('the home page', () => {
  it('shows each lesson’s status and « Reprendre »', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    await seedStorage(page, seed);
    await page.goto(siteUrl('/'));
    const badge = (id: string) => page.locator(`[data-lesson-id="${id}"] .lesson-status`);
    const id = (l: { file: string }) => l.file.replace(/\.mdx$/, '');
    await expect.poll(() => badge(id(first)).innerText()).toBe('Terminée');
    await expect.poll(() => badge(id(second)).innerText()).toBe('Commencée');
    await expect.poll(() => badge(id(third)).count()).toBe(0);
    const start = page.locator('[data-start-link]');
    await expect.poll(() => start.innerText()).toBe(`Reprendre\u00a0: ${second.title}`);
    await expect.poll(() => start.getAttribute('href')).toBe(`/lecons/${second.slug}/`);
    await expect
      .poll(() => page.locator('home-progress .summary').innerText())
      .toContain(`1 leçon terminée sur ${lessons.length}`);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('says « Commencer » when nothing was done', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/'));
    // The home page's progress element has run once it is defined (it reads storage when connected).
    await page.waitForFunction(() => customElements.get('home-progress') !== undefined);
    await expect.poll(() => page.locator('[data-start-link]').innerText()).toBe('Commencer le module');
    await expect.poll(() => page.locator('home-progress .summary').isVisible()).toBe(false);
    await context.close();
  });

  it('loads no store on a first visit, then draws the course started in another tab', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(siteUrl('/'));
    // Both lines have looked at storage and found nothing kept: no store or drawing code loaded.
    await page.waitForSelector('home-progress[data-drawn=""]', { state: 'attached' });
    await page.waitForSelector('plan-status[data-drawn=""]', { state: 'attached' });
    expect(scripts.filter((s) => /\/(stores|course-summary|home-progress-draw|plan-status-draw)\./.test(s))).toEqual(
      [],
    );
    expect(scripts.length).toBeGreaterThan(0);
    const other = await context.newPage();
    await other.goto(siteUrl(`/lecons/${first.slug}/`));
    const badge = page.locator(`[data-lesson-id="${first.file.replace(/\.mdx$/, '')}"] .lesson-status`);
    await expect.poll(() => badge.innerText()).toBe('Commencée');
    await expect.poll(() => page.locator('[data-start-link]').innerText()).toBe(`Reprendre\u00a0: ${first.title}`);
    expect(scripts.some((s) => /\/home-progress-draw\./.test(s))).toBe(true);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it(`stays within a returning learner's budget (${HOME_RETURNING_JS_BUDGET / 1024} kB gzip), progress and plan kept`, async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await seedStorage(page, { ...seed, [KEY.plan]: { 'objectif.objectif.1.specifique': 'Les parents de la région' } });
    const weight = await weighPage(page, siteUrl('/'), 'home-progress[data-drawn=""] ~ plan-status[data-drawn=""]');
    expect(
      weight.scripts.some((s) => /\/stores\./.test(s)),
      weight.scripts.join(', '),
    ).toBe(true);
    expect(weight.jsGzip, weight.scripts.join(', ')).toBeLessThanOrEqual(HOME_RETURNING_JS_BUDGET);
    await context.close();
  });

  it('draws progress made in this tab when the page comes back from the back-forward cache', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/'));
    await page.waitForSelector('home-progress[data-drawn=""]', { state: 'attached' });
    // What a lesson opened in this tab leaves behind, then the page shown again without a reload
    // (the event a restored page receives; no « storage » event reaches the tab that wrote).
    await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key, value);
        dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      },
      [KEY.lessons, JSON.stringify({ [second.slug]: { visitedAt: at } })] as const,
    );
    await expect.poll(() => page.locator('[data-start-link]').innerText()).toBe(`Reprendre\u00a0: ${second.title}`);
    await context.close();
  });
});

describe('two tabs', () => {
  it('finishing quizzes at the same time keep both results', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl(`/quiz/${firstQuiz.id}/`));
    await waitForIslands(page);
    // Another tab has just stored a result; its « storage » event has not reached this tab yet
    // (a write from this same page raises none, which stands for that moment).
    const other = { ...passedRecord(final), at };
    await page.evaluate(({ id, record, key }) => localStorage.setItem(key, JSON.stringify({ [id]: record })), {
      id: final.id,
      record: other,
      key: KEY.quizzes,
    });
    await takeQuiz(page, firstQuiz, undefined, 'form');
    await expect
      .poll(async () => Object.keys(JSON.parse((await readStore(page))[KEY.quizzes] ?? '{}') as object).sort())
      .toEqual([final.id, firstQuiz.id].sort());
    await context.close();
  });

  it('stay in sync: what one tab does shows in the other without a reload', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    await expect.poll(() => status(page, third.slug)).toBe('todo');
    const other = await context.newPage();
    await other.goto(siteUrl(`/lecons/${third.slug}/`));
    await page.waitForFunction(
      (slug) => document.querySelector(`li[data-lesson="${slug}"]`)?.getAttribute('data-status') === 'visited',
      third.slug,
    );

    await other.goto(siteUrl(`/quiz/${final.id}/`));
    await waitForIslands(other);
    await takeQuiz(other, final, undefined, 'form');
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
  await expect.poll(() => page.locator('h1').first().isVisible(), { message: path }).toBe(true);
  for (const block of await page.locator('.quiz-block').all()) await block.scrollIntoViewIfNeeded();
  await waitForIslands(page);
  // The panels render once hydrated, right after the island appears.
  if (path === '/progression/') {
    await page.locator('.progress-lessons li').first().waitFor();
    await expect.poll(() => page.locator('.progress-lessons li').count()).toBe(lessons.length);
  }
  if (path === '/attestation/') await page.locator(':is(.certificate-locked, .certificate-ready)').waitFor();
  if (path.startsWith('/quiz/'))
    await expect.poll(() => page.locator('fieldset.quiz-q').count()).toBe(firstQuiz.questions.length);
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
    // This deployment's keys, the keys from before per-deployment keys (migrated on the way in) and
    // the theme's.
    const keys = [...KEYS, KEY.plan, ...Object.values(STORED_NAMES), THEME_KEY];
    await seedStorage(page, Object.fromEntries(keys.map((k) => [k, value])));
    for (const [, path] of pagesToCheck) await checkPage(page, path);
    await context.close();
  });

  it('every page works, and reset clears, when records carry a field nested thousands of levels deep', async () => {
    const { context, page } = await newPage(browser);
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const record = (extra: string) =>
      `{"${first.slug}":{"visitedAt":"${at}","completedAt":"${at}","x":${extra}},"${second.slug}":{"visitedAt":"${at}"}}`;
    await seedStorage(page, {
      [KEY.lessons]: record(deep),
      [KEY.quizzes]: `{"${firstQuiz.id}":${JSON.stringify(passedRecord(firstQuiz)).replace(/}$/, `,"x":${deep}}`)}}`,
      [KEY.learnerName]: `{"x":${deep}}`,
    });
    for (const [, path] of pagesToCheck) await checkPage(page, path);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    await expect.poll(() => status(page, first.slug)).toBe('completed');
    await page.getByRole('button', { name: 'Effacer ma progression' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect.poll(() => status(page, first.slug)).toBe('todo');
    await expect
      .poll(() => page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), [KEY.lessons, KEY.quizzes]))
      .toEqual(['{}', '{}']);
    await context.close();
  });
});

describe('importing into a full or refusing storage', () => {
  it('rolls back when storage fills up midway, and says so', async () => {
    const { context, page } = await newPage(browser);
    await seedStorage(page, seed);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    const before = await readStore(page);
    // Storage accepts the lessons, then is full for the quiz results.
    await page.evaluate((full) => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (key === full) throw new DOMException('Stockage plein', 'QuotaExceededError');
        set.call(this, key, value);
      };
    }, KEY.quizzes);
    const file = JSON.stringify({
      format: 'msst-progression',
      version: 1,
      lessons: { [third.slug]: { visitedAt: at } },
      quizzes: {},
      learnerName: 'Autre Nom',
    });
    await page.setInputFiles('#import-progression', {
      name: 'progression.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await page.getByRole('button', { name: 'Remplacer' }).click();
    await expect.poll(() => page.locator('.progress-said').innerText()).toContain('l’importation a été annulée');
    expect(await readStore(page)).toEqual(before);
    await expect.poll(() => status(page, first.slug)).toBe('completed');
    await expect.poll(() => status(page, third.slug)).toBe('todo');
    await context.close();
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const { context, page } = await newPage(browser);
    await seedStorage(page, seed);
    await page.goto(siteUrl('/progression/'));
    await waitForIslands(page);
    const before = await readStore(page);
    await page.setInputFiles('#import-progression', {
      name: 'progression.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(1_000_001, 32),
    });
    await expect
      .poll(() => page.locator('.progress-said').innerText())
      .toContain('trop volumineux (plus de 1\u00a0Mo)');
    expect(await readStore(page)).toEqual(before);
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
      await expect.poll(() => notice.isVisible()).toBe(true);
      await expect.poll(() => notice.innerText()).toContain('votre progression sera perdue');
      await takeQuiz(page, firstQuiz, undefined, 'form');
      await expect.poll(() => page.locator('.quiz-pass').innerText()).toContain('Réussi');
      await expect.poll(() => page.locator('.quiz-best').innerText()).toContain('1 tentative');
      for (const [, path] of pagesToCheck) await checkPage(page, path);
      await page.goto(siteUrl('/progression/'));
      await waitForIslands(page);
      await expect.poll(() => page.locator('.storage-notice').isVisible()).toBe(true);
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
    await seedStorage(page, seed);
    await page.goto(siteUrl('/attestation/'));
    await waitForIslands(page);
    const locked = page.locator('.certificate-locked');
    await expect.poll(() => locked.innerText()).toContain('Réussir l’évaluation finale.');
    await expect.poll(() => locked.locator(`a[href="/quiz/${final.id}/"]`).count()).toBe(1);
    await expect.poll(() => locked.locator(`a[href="/lecons/${second.slug}/"]`).count()).toBe(1);
    await expect.poll(() => locked.locator(`a[href="/lecons/${first.slug}/"]`).count()).toBe(0);
    await expect.poll(() => page.locator('.certificate').count()).toBe(0);
    await context.close();
  });

  it('once passed, prints the typed name (kept), the course, the score and the date', async () => {
    const { context, page } = await newPage(browser);
    // The pass rule asks for every lesson read too (src/lib/progress/course-pass.ts).
    const allRead = Object.fromEntries(lessons.map((l) => [l.slug, { visitedAt: at, readAt: at }]));
    await seedStorage(page, { ...seed, [KEY.lessons]: allRead, [KEY.quizzes]: { [final.id]: passedRecord(final) } });
    await page.goto(siteUrl('/attestation/'));
    await waitForIslands(page);
    await page.getByLabel('Votre nom, tel qu’il figurera sur l’attestation').focus();
    await page.keyboard.type('Marie Tremblay');
    const certificate = page.locator('.certificate');
    await expect.poll(() => certificate.locator('.certificate-learner').innerText()).toBe('Marie Tremblay');
    await page.reload();
    await waitForIslands(page);
    await expect
      .poll(() => page.getByLabel('Votre nom, tel qu’il figurera sur l’attestation').inputValue())
      .toBe('Marie Tremblay');
    const printed = await certificate.innerText();
    expect(printed).toContain('Attestation de réussite');
    expect(printed).toContain('Marie Tremblay');
    expect(printed).toContain('Les médias sociaux en santé');
    expect(printed).toContain('100\u00a0%');
    expect(printed).toContain('26 novembre 2026');

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => certificate.isVisible()).toBe(true);
    await expect.poll(() => page.locator('.site-header').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.certificate-name-field').isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: 'Imprimer l’attestation' }).isVisible()).toBe(false);
    await context.close();
  });
});

describe('keyboard on the progress page', () => {
  it('reaches every control with Tab', async () => {
    const { context, page } = await newPage(browser);
    await seedStorage(page, seed);
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
