// Light and dark themes: the system choice is followed until the reader picks one, and the
// reader's choice survives a reload, even when the system prefers the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seedStorage, siteUrl } from '../support/browser';
import { THEME_KEY } from '../../src/lib/storage/theme';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('theme', () => {
  it('follows the system, then keeps the reader’s choice across reloads', async () => {
    const { context, page } = await newPage(browser, { colorScheme: 'dark' });
    await page.goto(siteUrl('/'));
    const darkBg = await background(page);
    const toggle = page.locator('theme-toggle button');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => background(page)).not.toBe(darkBg);
    const lightBg = await background(page);

    await page.reload();
    await expect.poll(() => background(page)).toBe(lightBg);
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');
    await page.goto(siteUrl('/a-propos/'));
    await expect.poll(() => background(page)).toBe(lightBg);
    await context.close();
  });

  it('ignores a corrupted saved theme and follows the system', async () => {
    const { context, page } = await newPage(browser, { colorScheme: 'light' });
    await seedStorage(page, { [THEME_KEY]: '{"oops":' });
    await page.goto(siteUrl('/'));
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBeNull();
    await expect.poll(() => page.locator('theme-toggle button').getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });

  it('switches what the page shows, even after another tab stored the other theme', async () => {
    const { context, page } = await newPage(browser, { colorScheme: 'light' });
    await page.goto(siteUrl('/'));
    const toggle = page.locator('theme-toggle button');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    // Another tab chose dark since this page was drawn: this page still shows light.
    await page.evaluate((key) => localStorage.setItem(key, 'dark'), THEME_KEY);
    await toggle.click();
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('dark');
    await context.close();
  });
});
