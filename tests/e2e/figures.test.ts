// The figures in a real browser: no axe violation on any lesson that shows one, in the light theme
// on a phone and in the dark theme on a laptop; nothing overflows a 360 px phone and the drawings'
// text stays readable there; on a 1920 × 1080 projector every figure slide fits without shrinking,
// its labels are at least the slide's body text size and drawn in the theme's text colour. Each
// figure slide is saved as a screenshot in test-results/figures/ (both themes) for a person to
// look at. Each lesson and each deck is loaded once: the second theme is switched on the same page
// (the theme follows the system live).
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, setColorScheme, siteUrl } from '../support/browser';
import { runAxe } from '../support/axe';

const lessons = [
  'medias-de-masse-et-medias-sociaux',
  'pourquoi-une-strategie',
  'etape-1-veille',
  'etape-2-objectif',
  'etape-3-message',
  'etape-4-action',
  'etape-5-evaluation',
  'sadapter-aux-plateformes',
  'bonnes-pratiques',
  'pieges-a-eviter',
];
const shots = 'test-results/figures';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Opens every data table, so axe checks them too. */
const openTables = (page: Page) =>
  page.evaluate(() => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('figure.fig details')) d.open = true;
  });

describe('lesson figures on a 360 px phone, then on a laptop in the dark theme', () => {
  it.each(lessons)('%s: figures fit the phone, their text stays readable, and axe finds nothing', async (slug) => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await page.goto(siteUrl(`/lecons/${slug}/`));
    await openTables(page);
    const report = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const figures = [...document.querySelectorAll<HTMLElement>('figure.fig')];
      const wide = figures
        .filter((f) => f.getBoundingClientRect().right > width + 1 || f.scrollWidth > f.clientWidth + 1)
        .map((f) => f.dataset.figure);
      // Rendered size of each drawn label: its font size in viewBox units times the drawing's scale.
      const small = [...document.querySelectorAll<SVGTextElement>('figure.fig svg[role="img"] text')]
        .filter((t) => t.getClientRects().length > 0)
        .map((t) => {
          const svg = t.ownerSVGElement as SVGSVGElement;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return { text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale };
        })
        .filter((t) => t.px < 12)
        .map((t) => `${t.text} (${t.px.toFixed(1)} px)`);
      return { scroll: document.documentElement.scrollWidth - width, wide, small, count: figures.length };
    });
    expect(report.count).toBeGreaterThan(0);
    expect({ ...report, count: 0 }).toEqual({ scroll: 0, wide: [], small: [], count: 0 });
    // Open data tables that scroll sideways on a phone must be reachable by keyboard.
    const phone = await runAxe(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await setColorScheme(page, 'dark');
    const laptopDark = await runAxe(page);
    expect({ phone, laptopDark }).toEqual({ phone: [], laptopDark: [] });
    await context.close();
  });
});

describe('figure slides at 1920 × 1080, light then dark theme', () => {
  it.each(lessons)('%s: each figure slide fits, with labels at body size in the theme colours', async (slug) => {
    const { context, page } = await newPage(browser, { colorScheme: 'light', width: 1920, height: 1080 });
    await page.goto(siteUrl(`/diapos/${slug}/`));
    await page.waitForFunction(() => document.querySelector('[data-counter]')?.textContent !== '');
    const indexes = await page.$$eval('[data-deck-track] [data-slide]', (els) =>
      els.map((e, i) => (e.querySelector('figure.fig') ? i : -1)).filter((i) => i >= 0),
    );
    expect(indexes.length).toBeGreaterThan(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await setColorScheme(page, colorScheme);
      for (const i of indexes) {
        await page.goto(siteUrl(`/diapos/${slug}/#${i + 1}`));
        await page.waitForFunction(
          (n) =>
            document.querySelector('[data-deck-track] [data-current]') ===
            document.querySelectorAll('[data-deck-track] [data-slide]')[n],
          i,
        );
        const report = await page.evaluate(() => {
          const slide = document.querySelector<HTMLElement>('[data-deck-track] [data-current]') as HTMLElement;
          const frame = (slide.querySelector('.frame') as HTMLElement).getBoundingClientRect();
          const content = slide.querySelector('.content') as HTMLElement;
          const body = parseFloat(getComputedStyle(content).fontSize);
          const textColour = getComputedStyle(content).color;
          const figure = slide.querySelector('figure.fig') as HTMLElement;
          const r = figure.getBoundingClientRect();
          const inside =
            r.left >= frame.left - 1 &&
            r.right <= frame.right + 1 &&
            r.top >= frame.top - 1 &&
            r.bottom <= frame.bottom + 1;
          const labels = [...figure.querySelectorAll<SVGTextElement>('svg[role="img"] text')].map((t) => {
            const svg = t.ownerSVGElement as SVGSVGElement;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return {
              text: t.textContent ?? '',
              px: parseFloat(getComputedStyle(t).fontSize) * scale,
              fill: getComputedStyle(t).fill,
            };
          });
          const html = [...figure.querySelectorAll<HTMLElement>('li')].map((li) => ({
            text: li.textContent ?? '',
            px: parseFloat(getComputedStyle(li).fontSize),
          }));
          return {
            title: slide.dataset.slideTitle,
            fit: content.style.getPropertyValue('--fit') || '1',
            inside,
            body,
            small: [...labels, ...html]
              .filter((l) => l.px < body * 0.97)
              .map((l) => `${l.text.trim()} (${l.px.toFixed(1)} px)`),
            // Plain labels are drawn in the theme's text colour (var(--text)), like the slide's text.
            plainFill: labels.length
              ? [...figure.querySelectorAll<SVGTextElement>('.fig-label, .fig-value')].map(
                  (t) => getComputedStyle(t).fill,
                )
              : [],
            textColour,
          };
        });
        await page.screenshot({ path: `${shots}/${slug}-${i + 1}-${colorScheme}.png` });
        expect({ title: report.title, fit: report.fit, inside: report.inside, small: report.small }).toEqual({
          title: report.title,
          fit: '1',
          inside: true,
          small: [],
        });
        for (const fill of report.plainFill) expect(fill, `${report.title} (${colorScheme})`).toBe(report.textColour);
      }
    }
    await context.close();
  });
});
