// Every page kind loads with no console error (CSP violations included), no uncaught exception
// and no request to any other origin, in both themes, after scrolling so that islands hydrate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, siteUrl, watchPage } from '../support/browser';
import { notFoundPaths, pageKinds } from '../support/pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('console, %s theme', (colorScheme) => {
  it.each(Object.entries(pageKinds))('%s: no error, no foreign request', async (_kind, path) => {
    const { context, page } = await newPage(browser, { colorScheme });
    const seen = watchPage(page);
    const response = await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(notFoundPaths.has(path) ? 404 : 200);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    // A 404 page is expected to log its own 404 status; nothing else.
    const errors = seen.errors.filter((e) => !(notFoundPaths.has(path) && /404/.test(e)));
    expect(errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await context.close();
  });
});
