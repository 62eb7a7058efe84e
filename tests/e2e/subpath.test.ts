// The site deployed under a sub-path (a project page on a static host): built with BASE_PATH, its
// links and assets all resolve under that path, poll QR codes point there, a learner can walk it in
// Chromium, and its service worker (scoped to the sub-path) opens it with the network gone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';
import { parse } from 'node-html-parser';
import { distFiles, readDist, type BuiltSite } from '../support/dist-files';
import { brokenLinks } from '../support/links';
import { serveSites, serveStatic, type RunningServer } from '../support/static-server';
import { waitForIslands } from '../support/quiz-driver';
import { STORED_NAMES, storageKey } from '../../src/lib/storage/storage-keys';
import { readLessonFiles } from '../support/course-files';

const site: BuiltSite = { dir: join(mkdtempSync(join(tmpdir(), 'msst-base-')), 'dist'), base: '/medias-sociaux/' };
let server: RunningServer;
let browser: Browser;
/** The same origin serving the root build (dist/) at « / » and the sub-path build beside it. */
let root: RunningServer;
let beside: RunningServer;

beforeAll(async () => {
  // Vitest sets BASE_URL, MODE, NODE_ENV… in process.env; Astro would read them back as
  // import.meta.env values, so the build gets the environment of a plain shell instead.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)),
  );
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', site.dir], {
    env: { ...env, BASE_PATH: site.base, SITE_URL: 'https://formation.exemple.qc.ca' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`Le build sous ${site.base} a échoué :\n${build.stdout}\n${build.stderr}`);
  server = await serveStatic(site.dir, site.base);
  [root, beside] = (await serveSites([
    { root: process.env.E2E_DIST ?? 'dist', base: '/' },
    { root: site.dir, base: site.base },
  ])) as [RunningServer, RunningServer];
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await root?.close();
});

describe(`deployed under a sub-path`, () => {
  it('has no broken internal link or asset', () => {
    const ids = new Map<string, Set<string>>();
    const broken = distFiles('.html', site).flatMap((f) => brokenLinks(f, site, ids).map((b) => `${f}: ${b}`));
    expect(broken).toEqual([]);
  });

  it('draws each poll’s QR code at build time, to the quiz page under the public URL and base', () => {
    const deck = parse(readDist('diapos/index.html', site));
    const codes = deck.querySelectorAll('[data-qr]');
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      expect(code.querySelector('svg')).not.toBeNull();
      expect(code.textContent).toMatch(/https:\/\/formation\.exemple\.qc\.ca\/medias-sociaux\/quiz\/[a-z0-9-]+\//);
    }
  });

  it('serves styled pages and lets a learner walk from the home page to the second lesson', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const seen = watchPage(page, new URL(server.url).origin);
    await page.goto(server.url);
    const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(styled).toMatch(/system-ui/);
    await page.click('[data-start-link]');
    await page.waitForURL(/\/medias-sociaux\/lecons\//);
    await page.click('a[rel="next"]');
    await page.waitForURL(/\/medias-sociaux\/lecons\/pourquoi-une-strategie\//);
    await page.click('a[href$="/a-propos/"]');
    await expect.poll(() => page.locator('h1').textContent()).toBe('À propos');
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await context.close();
  });
});

describe('offline under a sub-path', () => {
  it('registers its service worker for the sub-path and opens, offline, a lesson never visited, the deck and search', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const seen = watchPage(page, new URL(server.url).origin);
    await page.goto(server.url, { waitUntil: 'load' });
    await expect
      .poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 30_000 })
      .toMatch(/^Disponible hors ligne/);
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.ready;
      return { scope: r.scope, script: r.active?.scriptURL };
    });
    expect(registration).toEqual({ scope: server.url, script: `${server.url}sw.js` });
    await context.setOffline(true);
    const lessons = readLessonFiles();
    for (const path of [`lecons/${lessons.at(-1)?.slug}/`, 'diapos/', 'quiz/etape-1-veille/']) {
      const response = await page.goto(server.url + path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('h1').count(), path).toBeGreaterThan(0);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), path).toBe(`${server.url}sw.js`);
    }
    await page.goto(`${server.url}recherche/?q=veille`, { waitUntil: 'load' });
    await page.waitForFunction(() => /résultat/.test(document.querySelector('main [data-status]')?.textContent ?? ''));
    expect(await page.locator('main .result a').first().getAttribute('href')).toMatch(/^\/medias-sociaux\//);
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await context.close();
  });
});

describe('two copies of the course on one origin', () => {
  const [first, second] = readLessonFiles();
  const keys = (base: string) => ({ lessons: storageKey('lessons', base), name: storageKey('learnerName', base) });
  const status = (page: Page, slug: string) => page.locator(`li[data-lesson="${slug}"]`).getAttribute('data-status');

  it('keep their own progress and name, and the keys from before go to the first copy opened', async () => {
    if (!first || !second) throw new Error('Il faut au moins deux leçons.');
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const at = '2026-03-02T10:00:00.000Z';
    // A learner of the version before per-deployment keys: their progress is under the old keys.
    await page.goto(`${root.url}404.html`);
    await page.evaluate(
      ({ legacy, lessons, name }) => {
        localStorage.setItem(legacy.lessons, lessons);
        localStorage.setItem(legacy.learnerName, name);
      },
      {
        legacy: STORED_NAMES,
        lessons: JSON.stringify({ [first.slug]: { visitedAt: at, completedAt: at } }),
        name: JSON.stringify('Marie Tremblay'),
      },
    );
    // The copy under the sub-path is opened first: it takes the old progress.
    await page.goto(`${beside.url}progression/`);
    await waitForIslands(page);
    await expect.poll(() => status(page, first.slug)).toBe('completed');
    // The copy at the root starts clean, and a lesson read there stays there.
    await page.goto(`${root.url}progression/`);
    await waitForIslands(page);
    await expect.poll(() => status(page, first.slug)).toBe('todo');
    await page.goto(`${root.url}lecons/${second.slug}/`);
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', keys('/').lessons))
      .toContain(second.slug);
    await page.goto(`${beside.url}progression/`);
    await waitForIslands(page);
    await expect.poll(() => status(page, second.slug)).toBe('todo');
    await expect.poll(() => status(page, first.slug)).toBe('completed');
    const stored = await page.evaluate(
      (names) => names.map((k) => localStorage.getItem(k)),
      [STORED_NAMES.lessons, STORED_NAMES.learnerName, keys('/').name, keys(site.base).name],
    );
    expect(stored).toEqual([null, null, null, JSON.stringify('Marie Tremblay')]);
    await context.close();
  });
});
