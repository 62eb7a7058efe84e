// One crawl of every page kind checks what four crawls used to (about 117 page loads, now 26):
// - the light theme on a 1280 px window: no console error (CSP violations included), no uncaught
//   exception, no request to another origin, axe-core clean, then nothing scrolls sideways from a
//   360 px phone to a 1920 px projector, zoom included (a 1280 px window at 200 % and 400 % is a
//   640 px and a 320 px layout);
// - the dark theme on a 390 px phone: the same console and axe checks, and the JS and CSS weighed
//   against the page's budgets (tests/support/budgets.ts).
// Pages are scrolled to their end first, so client:visible islands hydrate before the checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { runAxe, type AxeFinding } from '../support/axe';
import { notFoundPaths, pageKinds } from '../support/pages';
import { weighPage, type Weight } from '../support/weigh';
import { PAGE_BUDGETS } from '../support/budgets';

const widths = [
  { name: 'téléphone 360 px', width: 360, height: 740 },
  { name: 'zoom 200 % (640 px)', width: 640, height: 400 },
  { name: 'zoom 400 % (320 px)', width: 320, height: 256 },
  { name: 'projecteur 1920 px', width: 1920, height: 1080 },
];

interface Visit {
  status: number | undefined;
  errors: string[];
  foreign: string[];
  axe: AxeFinding[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Elements wider than the viewport, outside the regions that scroll on purpose. */
async function sidewaysOverflow(page: Page): Promise<{ scroll: number; wide: string[] }> {
  // Two frames: the layout has settled after the resize.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return page.evaluate(() => {
    const doc = document.documentElement;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        // Elements inside a scrollable region (a wide table) may be wider than the page.
        return r.right > doc.clientWidth + 1 && !e.closest('[data-scroll-region], [hidden], dialog:not([open])');
      })
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { scroll: doc.scrollWidth - doc.clientWidth, wide };
  });
}

/** Errors a page logs, less the 404 status a not-found page reports on purpose. */
function unexpected(path: string, errors: string[]): string[] {
  return errors.filter((e) => !(notFoundPaths.has(path) && /404/.test(e)));
}

// The check every page relies on must be able to fail: each node of a violation is reported,
// the second run on the same document included (axe is injected once per document), on a page
// that also has an element whose id is « axe » (so window.axe exists before axe does).
describe('the axe check', () => {
  it('reports every node of each violation, on a first and a second run', async () => {
    const { context, page } = await newPage(browser);
    await page.setContent(
      '<!doctype html><html lang="fr"><title>Essai</title><main><h1>Essai</h1>' +
        '<img src="data:," id="a"><img src="data:," id="b"><span id="axe"></span>' +
        '<p style="color:#bbb;background:#fff">Texte trop pâle</p></main></html>',
    );
    const first = await runAxe(page);
    const second = await runAxe(page);
    await context.close();
    for (const found of [first, second]) {
      expect(found.find((f) => f.id === 'image-alt')?.targets).toEqual(['#a', '#b']);
      expect(found.find((f) => f.id === 'color-contrast')?.targets).toEqual(['p']);
    }
  });
});

describe('budgets', () => {
  it('has a budget for every page kind', () => {
    expect(Object.keys(PAGE_BUDGETS).sort()).toEqual(Object.keys(pageKinds).sort());
  });
});

describe.each(Object.entries(pageKinds))('%s', (kind, path) => {
  const light = {} as Visit & { overflow: Record<string, { scroll: number; wide: string[] }> };
  const dark = {} as Visit & { weight: Weight };

  beforeAll(async () => {
    {
      const { context, page } = await newPage(browser, { colorScheme: 'light', width: 1280, height: 800 });
      const seen = watchPage(page);
      const response = await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      Object.assign(light, { status: response?.status(), axe: await runAxe(page), overflow: {} });
      for (const { name, width, height } of widths) {
        await page.setViewportSize({ width, height });
        light.overflow[name] = await sidewaysOverflow(page);
      }
      Object.assign(light, { errors: seen.errors, foreign: seen.foreign });
      await context.close();
    }
    {
      const { context, page } = await newPage(browser, { colorScheme: 'dark', width: 390, height: 844 });
      const seen = watchPage(page);
      const weight = await weighPage(page, siteUrl(path));
      Object.assign(dark, { weight, axe: await runAxe(page), errors: seen.errors, foreign: seen.foreign });
      await context.close();
    }
  });

  it('answers with its status', () => {
    expect(light.status).toBe(notFoundPaths.has(path) ? 404 : 200);
  });

  it('logs no error and asks no other origin, in both themes', () => {
    expect(unexpected(path, light.errors)).toEqual([]);
    expect(unexpected(path, dark.errors)).toEqual([]);
    expect(light.foreign).toEqual([]);
    expect(dark.foreign).toEqual([]);
  });

  it('has no axe-core violation, in both themes', () => {
    expect(light.axe).toEqual([]);
    expect(dark.axe).toEqual([]);
  });

  it.each(widths)('does not scroll sideways at $name', ({ name }) => {
    expect(light.overflow[name]).toEqual({ scroll: 0, wide: [] });
  });

  it('stays within its JS, CSS and request budgets', () => {
    const budget = PAGE_BUDGETS[kind];
    if (!budget) throw new Error(`pas de budget pour ${kind}`);
    const w = dark.weight;
    if (budget.noFramework) {
      expect(w.scripts.filter((s) => /preact|signals|client\.|search-controller|pagefind/.test(s))).toEqual([]);
    }
    expect(w.jsGzip, `${kind}: JS ${w.jsGzip} B gzip (${w.scripts.join(', ')})`).toBeLessThanOrEqual(budget.js);
    expect(w.cssGzip, `${kind}: CSS ${w.cssGzip} B gzip`).toBeLessThanOrEqual(budget.css);
    if (budget.requests !== undefined) {
      expect(w.requests, `${kind}: ${w.requests} requests`).toBeLessThanOrEqual(budget.requests);
    }
  });
});
