// The sources page and the origin labels (#15): /sources/ lists every source of content/sources.yaml
// by lesson with a plain https link and no request to another origin, passes axe in both themes,
// and is reachable from the footer, À propos and the lessons; the « Conférence de 2017 » and
// « Ajout du module » labels show in a lesson, on a projected slide and in the presenter view.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { followLink, launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { runAxe } from '../support/axe';

interface SourceEntry {
  id: string;
  url: string;
  lessons: string[];
  cite: string;
  urlVerified: boolean;
}
const sources = (parse(readFileSync('content/sources.yaml', 'utf8')) as { sources: SourceEntry[] }).sources;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The label shown by an origin badge, as a reader sees it (visible text only). */
const visibleLabel = (page: Page, selector: string) =>
  page.locator(selector).first().locator('.label').innerText({ timeout: 5000 });

describe('/sources/', () => {
  it('lists every source under each lesson that cites it, as a plain https link, fetching none', async () => {
    const { context, page } = await newPage(browser);
    const seen = watchPage(page);
    const response = await page.goto(siteUrl('/sources/'));
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sources');
    const listed = await page.$$eval('section[aria-labelledby]', (sections) =>
      sections.map((s) => ({
        lesson: s.getAttribute('aria-labelledby') ?? '',
        items: [...s.querySelectorAll<HTMLElement>('li[data-source]')].map((li) => ({
          id: li.dataset.source ?? '',
          href: li.querySelector('a')?.getAttribute('href') ?? '',
          date: li.querySelector('time')?.getAttribute('datetime') ?? '',
          text: li.innerText,
        })),
      })),
    );
    for (const s of sources) {
      for (const lesson of s.lessons) {
        const item = listed.find((l) => l.lesson === lesson)?.items.find((i) => i.id === s.id);
        expect(item, `${s.id} sous ${lesson}`).toBeDefined();
        expect(item?.href).toBe(s.url);
        expect(item?.href).toMatch(/^https:\/\//);
        expect(item?.date).toMatch(/^\d{4}/);
        // An address nobody could confirm says so; a confirmed one is not marked.
        expect(item?.text.includes('adresse non vérifiée'), `${s.id} marque`).toBe(!s.urlVerified);
        expect(item?.text).toContain(s.cite);
      }
    }
    expect(sources.some((s) => !s.urlVerified)).toBe(true);
    // Links only: nothing was requested from the sources' sites.
    expect(seen.foreign).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  // The pages this issue changed: the sources, À propos (now from content/) and the rebuilt lesson 8.
  const changed = ['/sources/', '/a-propos/', '/lecons/sadapter-aux-plateformes/'];
  describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
    it.each(changed)('%s has no axe violation', async (path) => {
      const { context, page } = await newPage(browser, { colorScheme });
      await page.goto(siteUrl(path));
      // The model answer is folded: open it so that axe reads its table too.
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
      expect(await runAxe(page)).toEqual([]);
      await context.close();
    });
  });

  it.each(changed)('%s does not scroll sideways on a 360 px phone', async (path) => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await page.goto(siteUrl(path));
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
    const scroll = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(scroll).toBe(0);
    await context.close();
  });

  it('is reached from a lesson’s sources line, landing on that lesson’s list', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/lecons/etape-1-veille/'));
    await followLink(page, page.locator('[data-lesson-sources="etape-1-veille"] a'));
    expect(new URL(page.url()).hash).toBe('#etape-1-veille');
    await expect.poll(() => page.locator('#etape-1-veille').isVisible()).toBe(true);
    await context.close();
  });

  it('is reached from the footer and from À propos', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/a-propos/'));
    await expect(page.locator('main a[href$="/sources/"]').count()).resolves.toBeGreaterThan(0);
    await followLink(page, page.locator('footer a[href$="/sources/"]'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sources');
    await context.close();
  });
});

describe('what is 2017 and what is added', () => {
  it('labels a lesson’s slides and added blocks, in words and not by colour alone', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(siteUrl('/lecons/etape-1-veille/'));
    const talkSlide = page.locator('[data-slide][data-slide-title^="Étape 1"]');
    expect(await visibleLabel(page, '[data-slide][data-slide-title^="Étape 1"] [data-origin="2017"]')).toBe(
      'Conférence de 2017',
    );
    expect(await talkSlide.locator('[data-origin="ajout"]').count()).toBe(0);
    expect(await visibleLabel(page, '[data-slide][data-slide-title^="Cas fil rouge"] [data-origin="ajout"]')).toBe(
      'Ajout du module',
    );
    // A screen reader hears what the label means, not just its two words.
    expect(await talkSlide.locator('[data-origin]').textContent()).toMatch(/mot pour mot/);
    // The two labels differ by more than colour: their borders are not drawn the same way.
    const borders = await page.$$eval('[data-origin]', (els) => [
      ...new Set(els.map((e) => `${(e as HTMLElement).dataset.origin}:${getComputedStyle(e).borderTopStyle}`)),
    ]);
    expect(borders.sort()).toEqual(['2017:solid', 'ajout:dashed']);
    await context.close();
  });

  it('shows the label on the projected slide and in the presenter’s current pane', async () => {
    const { context, page } = await newPage(browser, { width: 1366, height: 768 });
    await page.goto(siteUrl('/diapos/etape-1-veille/#2'));
    await page.waitForFunction(() => (document.querySelector('[data-counter]')?.textContent ?? '') !== '');
    const currentTitle = () =>
      page.evaluate(
        () => document.querySelector<HTMLElement>('[data-deck-track] [data-slide][data-current]')?.dataset.slideTitle,
      );
    await expect.poll(currentTitle).toMatch(/^Étape 1/);
    const badge = page.locator('[data-deck-track] [data-slide][data-current] [data-origin="2017"]');
    await expect.poll(() => badge.isVisible()).toBe(true);
    expect(await badge.locator('.label').innerText()).toBe('Conférence de 2017');

    const presenter = await context.newPage();
    await presenter.goto(siteUrl('/diapos/etape-1-veille/presentateur/#2'));
    await presenter.waitForFunction(() => (document.querySelector('[data-counter]')?.textContent ?? '') !== '');
    await expect
      .poll(() => presenter.locator('[data-current-screen] [data-slide]').getAttribute('data-slide-title'))
      .toMatch(/^Étape 1/);
    await expect.poll(() => presenter.locator('[data-current-screen] [data-origin="2017"]').count()).toBe(1);
    await context.close();
  });
});
