// axe-core over every page kind, in the light and dark themes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, siteUrl } from '../support/browser';
import { runAxe } from '../support/axe';
import { notFoundPaths, pageKinds } from '../support/pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (colorScheme) => {
  it.each(Object.entries(pageKinds))('%s has no violation', async (_name, path) => {
    const { context, page } = await newPage(browser, { colorScheme });
    const response = await page.goto(siteUrl(path));
    expect(response?.status()).toBe(notFoundPaths.has(path) ? 404 : 200);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });
});
