// Performance budgets per page kind, measured in Chromium before any interaction (after scrolling
// so that client:visible islands load). A change that grows past a budget fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, siteUrl } from '../support/browser';
import { pageKinds } from '../support/pages';
import { weighPage } from '../support/weigh';

const KB = 1024;
/**
 * Gzip budgets. Pages with no island: no script file at all, and inline scripts (theme applied
 * before paint, theme toggle) under 1.5 KB. A lesson: 20 KB of JS in all (Preact, stores, quiz).
 */
const budgets: Record<string, { js: number; css: number; scriptFiles?: 0 }> = {
  accueil: { js: 1.5 * KB, css: 12 * KB, scriptFiles: 0 },
  leçon: { js: 20 * KB, css: 14 * KB },
  'à propos': { js: 1.5 * KB, css: 12 * KB, scriptFiles: 0 },
  '404': { js: 1.5 * KB, css: 12 * KB, scriptFiles: 0 },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('budgets (gzip)', () => {
  it('has a budget for every page kind', () => {
    expect(Object.keys(budgets).sort()).toEqual(Object.keys(pageKinds).sort());
  });

  it.each(Object.entries(pageKinds))('%s stays within its JS and CSS budgets', async (kind, path) => {
    const budget = budgets[kind];
    if (!budget) throw new Error(`pas de budget pour ${kind}`);
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    const w = await weighPage(page, siteUrl(path));
    await context.close();
    if (budget.scriptFiles === 0) expect(w.scripts, `${kind}: script files`).toEqual([]);
    expect(w.jsGzip, `${kind}: JS ${w.jsGzip} B gzip (${w.scripts.join(', ')})`).toBeLessThanOrEqual(budget.js);
    expect(w.cssGzip, `${kind}: CSS ${w.cssGzip} B gzip`).toBeLessThanOrEqual(budget.css);
  });
});
