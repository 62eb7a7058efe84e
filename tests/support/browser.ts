/**
 * Launches Debian's Chromium through playwright-core for browser tests. Never downloads a browser:
 * without it (see testChromePath) it fails with a message that says what to do.
 */
import { assertChromium, CHROMIUM_FLAGS, testChromePath } from './chromium';
import { inject } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type Download,
  type BrowserContext,
  type Locator,
  type Page,
  type ConsoleMessage,
} from 'playwright-core';

/**
 * Connects to the headless Chromium the e2e global setup started for the whole run (one launch
 * instead of one per file); elsewhere starts one, or throws a clear French-and-English message.
 * Every test works in contexts of its own (fresh storage), and `close()` only disconnects.
 */
export async function launchBrowser(): Promise<Browser> {
  const ws = inject('browserWs');
  if (ws) return chromium.connect(ws);
  assertChromium(testChromePath);
  return chromium.launch({ executablePath: testChromePath, headless: true, args: CHROMIUM_FLAGS });
}

/** The base URL of the built site under test, set by the e2e global setup. */
export function siteUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('baseUrl')).toString();
}

/** Collects console errors, page errors and requests to other origins for a page. */
export function watchPage(page: Page, origin = new URL(siteUrl()).origin): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (/^https?:$/.test(u.protocol) && u.origin !== origin) foreign.push(r.url());
  });
  return { errors, foreign };
}

/**
 * A new context and page, with an optional colour scheme and viewport. The site's service worker is
 * blocked unless `serviceWorkers: 'allow'`: registered in a fresh context, it precaches the whole
 * course (about 4 MiB, 144 files) behind every page a test opens, which is most of what a browser
 * test would spend; only the offline tests need it (tests/e2e/offline.test.ts, subpath.test.ts).
 */
export async function newPage(
  browser: Browser,
  options: {
    colorScheme?: 'light' | 'dark';
    width?: number;
    height?: number;
    javaScriptEnabled?: boolean;
    serviceWorkers?: 'allow' | 'block';
    /** The time zone the page lives in (default: the machine's). */
    timezoneId?: string;
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: 'fr-CA',
    serviceWorkers: options.serviceWorkers ?? 'block',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const page = await context.newPage();
  return { context, page };
}

/**
 * Clicks a link that leaves the page and waits until the new page has loaded: the URL changed and
 * its `load` event fired, so reads that follow see the new page, never the one still arriving.
 */
export async function followLink(page: Page, link: Locator): Promise<void> {
  const href = await link.getAttribute('href');
  if (href === null) throw new Error('followLink : le lien n’a pas d’attribut href');
  const target = new URL(href, page.url());
  await Promise.all([page.waitForURL((u) => u.pathname === target.pathname, { waitUntil: 'load' }), link.click()]);
  await page.waitForLoadState('load');
}

/**
 * Saves a download to a fresh temporary folder and returns its path: with the browser shared by
 * the run (connected, not launched), playwright keeps no local path of its own (download.path()).
 */
export async function savedDownload(download: Download): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'msst-download-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/**
 * Switches an open page to the light or dark system theme and waits until the page sees it and
 * has drawn a frame since: the same page can then be checked in both themes without a second
 * load (the theme is CSS on prefers-color-scheme, and the toggle listens for the change).
 */
export async function setColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction(
    (dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark,
    colorScheme === 'dark',
  );
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

/**
 * Stores values in the site's localStorage before a test opens the page it checks. The origin is
 * reached through an empty document the test serves itself (a route, never the site's server): a
 * seed costs no page load, no script and no layout of a real page. A string is stored as it is (a
 * corrupted value, a theme), `null` removes its key, any other value is stored as JSON.
 */
export async function seedStorage(page: Page, values: Record<string, unknown>): Promise<void> {
  const url = siteUrl('__seed__');
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  );
  try {
    await page.goto(url);
  } finally {
    await page.unroute(url);
  }
  await page.evaluate((entries) => {
    for (const [k, v] of entries) {
      if (v === null) localStorage.removeItem(k);
      else localStorage.setItem(k, typeof v === 'string' ? v : JSON.stringify(v));
    }
  }, Object.entries(values));
}

/** Makes every page of the context throw on `localStorage`, as a browser that blocks site data does. */
export async function blockStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Accès au stockage refusé', 'SecurityError');
      },
    });
  });
}
