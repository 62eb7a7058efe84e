// Search results without noise, as Starlight's: one result per page with the lesson first, a
// quiz found in its lesson rather than as a second result, excerpts free of quiz widgets, the
// query's words highlighted, a phrase found where it occurs and its page first, and the dialog on
// a touch phone (results high on the screen, no keyboard hint). The queries are those of the issue.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, siteUrl } from '../support/browser';
import { runAxe } from '../support/axe';
import { defaultSite, distFiles } from '../support/dist-files';
import { readQuizFiles } from '../support/quiz-files';

const quizzes = readQuizFiles();

/** Text an excerpt must never hold: what the quiz widgets print. */
const WIDGET_TEXT = [
  /— Choisir —/,
  /Question \d+ sur \d+/,
  /[↑↓]\s?(Monter|Descendre)|Monter\s*Descendre/,
  /Seuil de réussite/,
];

/** Quizzes a lesson page shows in its flow (QuizBlock's data-quiz), with that page's file. */
const embeddedIn = new Map(
  distFiles('.html')
    .filter((f) => f.startsWith('lecons/'))
    .flatMap((f) =>
      [...readFileSync(join(defaultSite.dir, f), 'utf8').matchAll(/<section[^>]*data-quiz="([^"]+)"/g)].map(
        (m) => [m[1] ?? '', f] as const,
      ),
    ),
);
const embedded = new Set(embeddedIn.keys());

/** One result as the reader sees it. */
interface Shown {
  href: string;
  meta: string;
  /** Each excerpt as text, with the highlighted words in [brackets]. */
  excerpts: string[];
  sections: string[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs a query on /recherche/ and reads the results once the status names the query. */
async function search(page: Page, q: string): Promise<Shown[]> {
  await page.goto(siteUrl(`/recherche/?q=${encodeURIComponent(q)}`));
  await page.waitForFunction((query) => {
    const text = document.querySelector('main [data-status]')?.textContent ?? '';
    return /résultat/.test(text) && text.includes(`«\u00a0${query}\u00a0»`);
  }, q);
  return page.$$eval('main .result', (items) =>
    items.map((item) => ({
      href: item.querySelector('.result-link')?.getAttribute('href') ?? '',
      meta: item.querySelector('.result-meta')?.textContent ?? '',
      excerpts: [...item.querySelectorAll('.excerpt')].map((e) =>
        [...e.childNodes].map((n) => (n.nodeName === 'MARK' ? `[${n.textContent}]` : n.textContent)).join(''),
      ),
      sections: [...item.querySelectorAll('.sub-link')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
}

const lessonPath = (slug: string) => new URL(siteUrl(`/lecons/${slug}/`)).pathname;

describe('search results without noise', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await newPage(browser));
  });
  afterAll(async () => {
    await context.close();
  });

  it('« vidéo en direct »: the lesson on the platforms first, the phrase highlighted where it occurs', async () => {
    const results = await search(page, 'vidéo en direct');
    expect(results[0]?.href).toBe(lessonPath('sadapter-aux-plateformes'));
    // « en » carries no meaning: it is not highlighted (it would be in a quoted phrase).
    expect(results[0]?.excerpts[0]).toMatch(/\[vidéo\] en \[direct[.;,]?\]/i);
  });

  it('« rejoindre les jeunes »: the lesson that teaches it comes first, its passage highlighted', async () => {
    // Since the second edition the course writes « joindre » except where it quotes the talk of
    // 2017 (« rejoindre certaines clientèles (ex. : les jeunes) »): no page holds the three words
    // side by side, so the page where they occur together, the first lesson, comes first and its
    // excerpt is the passage that holds them.
    const results = await search(page, 'rejoindre les jeunes');
    expect(results[0]?.href).toMatch(/\/lecons\/medias-de-masse-et-medias-sociaux\/$/);
    expect(results[0]?.excerpts[0]).toMatch(/\[rejoindre\b/i);
    expect(results[0]?.excerpts[0]).toMatch(/\[jeunes\b/i);
  });

  it('« rejoindre les jeunes »: no highlight on a stop word, an elided form or a short prefix', async () => {
    const results = await search(page, 'rejoindre les jeunes');
    expect(results.length).toBeGreaterThan(0);
    const marks = results.flatMap((r) =>
      r.excerpts.flatMap((e) => [...e.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1] ?? '')),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      const word = mark
        .toLocaleLowerCase('fr')
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      // Only the two meaningful words, whole or by their stem: never « le », « les », « l’évaluation », « leçons ».
      expect(word, mark).toMatch(/^(rejoin|jeun)/);
    }
    // A section is listed only for a meaningful word: each one listed shows a highlight.
    for (const r of results)
      expect(
        r.excerpts.slice(1).every((e) => /\[[^\]]+\]/.test(e)),
        r.href,
      ).toBe(true);
  });

  it('« vacination »: suggests « vaccination » and runs it in one click', async () => {
    const results = await search(page, 'vacination');
    const suggest = page.locator('main [data-suggest]');
    await expect.poll(() => suggest.isVisible()).toBe(true);
    expect((await suggest.textContent())?.replace(/[ \t\n]+/g, ' ').trim()).toBe(
      'Vouliez-vous dire\u00a0: vaccination?',
    );
    // The course's word is searched with the typo: its pages come first, highlighted on it.
    expect(results[0]?.excerpts.join(' ')).toMatch(/\[vaccination[.,;]?\]/i);
    expect(results.flatMap((r) => r.excerpts).join(' ')).not.toMatch(/\[va[.,;]?\]/i);
    await page.locator('main [data-suggestion]').click();
    await page.waitForFunction(() =>
      (document.querySelector('main [data-status]')?.textContent ?? '').includes('«\u00a0vaccination\u00a0»'),
    );
    expect(await page.locator('main input[name="q"]').inputValue()).toBe('vaccination');
    expect(new URL(page.url()).searchParams.get('q')).toBe('vaccination');
    expect(await suggest.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
  });

  it('one result per page, a lesson’s quiz within its lesson, never as a second result', async () => {
    expect(embedded.size).toBeGreaterThan(3);
    for (const q of ['veille', 'questionnaire', 'objectif', 'facebook', 'étapes']) {
      const results = await search(page, q);
      const hrefs = results.map((r) => r.href);
      expect(hrefs.length, q).toBeGreaterThan(1);
      expect(new Set(hrefs).size, q).toBe(hrefs.length);
      for (const href of hrefs) {
        const quiz = /\/quiz\/([^/]+)\/$/.exec(href)?.[1];
        expect(quiz === undefined || !embedded.has(quiz), `${q}: ${href}`).toBe(true);
      }
      // Any quiz page that remains (the final evaluation) says it is one.
      for (const r of results.filter((x) => x.href.includes('/quiz/'))) expect(r.meta).toMatch(/^Questionnaire/);
    }
    // A lesson's quiz is a section of its lesson: its first question is found there.
    const [id, file] = [...embeddedIn].find(([q]) => quizzes.get(q)?.mode === 'practice') ?? ['', ''];
    const lessonUrl = new URL(siteUrl(file.replace(/index\.html$/, ''))).pathname;
    const prompt = quizzes.get(id)?.questions[0]?.prompt ?? '';
    // The index holds typewriter apostrophes (see search-index.ts); a phrase of plain words.
    const words = prompt.replace(/[’']/g, "'").split(/\s+/).slice(0, 4).join(' ');
    const found = (await page.evaluate(
      `(async () => {
        const pagefind = await import(${JSON.stringify(siteUrl('/pagefind/pagefind.js'))});
        const { results } = await pagefind.search(${JSON.stringify(`"${words}"`)});
        return Promise.all(results.map(async (r) => {
          const data = await r.data();
          return { url: data.url, subs: data.sub_results.map((s) => s.url) };
        }));
      })()`,
    )) as { url: string; subs: string[] }[];
    expect(found.map((f) => f.url)).toContain(lessonUrl);
    expect(found.map((f) => f.url)).not.toContain(new URL(siteUrl(`/quiz/${id}/`)).pathname);
    if (readFileSync(join(defaultSite.dir, file), 'utf8').includes('id="questionnaire"')) {
      expect(found.find((f) => f.url === lessonUrl)?.subs.some((u) => u.endsWith('#questionnaire'))).toBe(true);
    }
  });

  it('excerpts never hold quiz widget text, and highlight the query’s words', async () => {
    for (const q of ['choisir', 'question', 'vérifier', 'monter', 'facebook', 'veille']) {
      const results = await search(page, q);
      expect(results.length, q).toBeGreaterThan(0);
      for (const r of results) {
        for (const excerpt of r.excerpts) {
          for (const widget of WIDGET_TEXT) expect(excerpt, `${q}: ${r.href}`).not.toMatch(widget);
        }
      }
      expect(results[0]?.excerpts.join(' '), q).toMatch(/\[[^\]]+\]/);
    }
  });

  it('indexes no quiz widget at all', async () => {
    const contents = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(siteUrl('/pagefind/pagefind.js'))});
      const out = [];
      for (const q of ['choisir', 'question', 'monter', 'descendre', 'vérifier', 'seuil']) {
        for (const r of (await pagefind.search(q)).results) out.push((await r.data()).content);
      }
      return out;
    })()`)) as string[];
    expect(contents.length).toBeGreaterThan(0);
    for (const content of contents) for (const widget of WIDGET_TEXT.slice(0, 4)) expect(content).not.toMatch(widget);
  });
});

describe('the search dialog on a touch phone', () => {
  async function phone(colorScheme: 'light' | 'dark', touch: boolean) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      colorScheme,
      locale: 'fr-CA',
      serviceWorkers: 'block',
      hasTouch: touch,
      isMobile: touch,
    });
    const page = await context.newPage();
    await page.goto(siteUrl('/'));
    await page.locator('search-dialog [data-open]').click();
    await page.keyboard.type('veille');
    await page.waitForFunction(() =>
      /«\u00a0veille\u00a0»/.test(document.querySelector('dialog [data-status]')?.textContent ?? ''),
    );
    await page.waitForFunction(() => document.querySelectorAll('dialog .result').length > 0);
    return { context, page };
  }

  it('starts the results within 200 px of the dialog’s top and shows no keyboard hint', async () => {
    const { context, page } = await phone('light', true);
    const top = await page.evaluate(
      () =>
        (document.querySelector('dialog .result')?.getBoundingClientRect().top ?? Infinity) -
        (document.querySelector('dialog')?.getBoundingClientRect().top ?? 0),
    );
    expect(top).toBeLessThanOrEqual(200);
    expect(await page.locator('dialog .help').isVisible()).toBe(false);
    await page.locator('dialog [data-close]').click();
    await expect.poll(() => page.locator('search-dialog dialog').getAttribute('open')).toBe(null);
    expect(await page.locator('search-dialog .kbd').isVisible()).toBe(false);
    // The filters are still there, named for screen readers.
    await page.locator('search-dialog [data-open]').click();
    await expect.poll(() => page.locator('dialog select[name="type"]').isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Type' }).count()).toBe(1);
    await context.close();
  });

  it('shows the keyboard hint with a keyboard and a mouse', async () => {
    const { context, page } = await newPage(browser, { width: 1280, height: 800 });
    await page.goto(siteUrl('/'));
    await expect.poll(() => page.locator('search-dialog .kbd').isVisible()).toBe(true);
    await page.locator('search-dialog [data-open]').click();
    await expect.poll(() => page.locator('dialog .help').isVisible()).toBe(true);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violation, %s theme', async (colorScheme) => {
    const { context, page } = await phone(colorScheme, true);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'the results page with a suggestion has no axe violation at 360 px, %s theme',
    async (colorScheme) => {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        colorScheme,
        locale: 'fr-CA',
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await search(page, 'vacination');
      await expect.poll(() => page.locator('main [data-suggest]').isVisible()).toBe(true);
      expect(await runAxe(page)).toEqual([]);
      await context.close();
    },
  );
});
