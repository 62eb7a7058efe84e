// Offline use, as a learner and a trainer meet it: the home page says « Disponible hors ligne »,
// then with the network gone a lesson never visited, the decks, the presenter view, a quiz,
// /mon-plan/ and search answer from the service worker's cache without a console error, and a quiz
// answered offline is kept. A new edition (a copy of dist/ whose sw.js and home page changed,
// served at the same origin) is offered with « Mettre à jour » and applied on the click without
// losing progress; axe finds nothing in the banner. Pages served by the room server register no
// service worker. The site is a throwaway copy of dist/ so the new edition touches no other test.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, watchPage } from '../support/browser';
import { runAxe } from '../support/axe';
import { serveStatic, type RunningServer } from '../support/static-server';
import { readQuiz } from '../support/quiz-files';
import { takeQuiz, waitForIslands } from '../support/quiz-driver';
import { KEY } from '../support/storage-keys';
import { startRoomServer, type RunningRoomServer } from '../../src/server/room-server';

const dist = process.env.E2E_DIST ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
let browser: Browser;
let copy: string;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let watched: { errors: string[]; foreign: string[] };

const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).toString();
const STATUS = '[data-offline-status]';
const BANNER = '[data-offline-update]';

beforeAll(async () => {
  browser = await launchBrowser();
  copy = mkdtempSync(join(tmpdir(), 'hors-ligne-'));
  cpSync(dist, copy, { recursive: true });
  server = await serveStatic(copy, base);
  ({ context, page } = await newPage(browser, { serviceWorkers: 'allow' }));
  watched = watchPage(page, new URL(server.url).origin);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  rmSync(copy, { recursive: true, force: true });
});

/** Opens a page and waits for its load; returns the HTTP status the page saw. */
async function open(path: string): Promise<number | undefined> {
  const response = await page.goto(url(path), { waitUntil: 'load' });
  return response?.status();
}

describe('offline use', () => {
  it('says « Disponible hors ligne » with its size once the course is precached', async () => {
    await open('/');
    await expect
      .poll(() => page.locator(STATUS).textContent(), { timeout: 30_000 })
      .toMatch(/^Disponible hors ligne \(\d+(,\d)?\u00a0Mo\)$/);
    expect(await page.locator(STATUS).isVisible()).toBe(true);
    // The status is not announced before the precache is complete: the worker is active.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe('activated');
  });

  it('opens, with the network gone, a lesson never visited, the decks, the presenter view, a quiz, the plan and search', async () => {
    await context.setOffline(true);
    const lessons = readdirSync(join(copy, 'lecons')).sort();
    const lastLesson = lessons.at(-1);
    for (const path of [
      `/lecons/${lastLesson}/`,
      '/diapos/',
      `/diapos/${lessons[0]}/`,
      '/diapos/presentateur/',
      '/quiz/etape-1-veille/',
      '/mon-plan/',
      '/progression/',
      '/attestation/',
    ]) {
      expect(await open(path), path).toBe(200);
      expect(await page.locator('h1').count(), path).toBeGreaterThan(0);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), path).toBe(true);
    }
    // The trainer can check before the talk that the presenter view is ready offline.
    await open('/diapos/presentateur/');
    await expect.poll(() => page.locator(STATUS).textContent()).toMatch(/^Disponible hors ligne/);
    // Room mode says it needs the network instead of failing.
    await open('/salle/');
    await expect.poll(() => page.locator('[data-room-offline]').isVisible()).toBe(true);
    expect(await page.locator('[data-room-offline]').textContent()).toContain('le mode salle a besoin du réseau');
    await open('/recherche/?q=veille');
    await page.waitForFunction(() => /résultat/.test(document.querySelector('main [data-status]')?.textContent ?? ''));
    expect(await page.locator('main .result').count()).toBeGreaterThan(0);
    expect(watched.errors).toEqual([]);
    expect(watched.foreign).toEqual([]);
  });

  it('keeps a quiz answered offline', async () => {
    const quiz = readQuiz('etape-1-veille');
    await open(`/quiz/${quiz.id}/`);
    await waitForIslands(page);
    await takeQuiz(page, quiz, undefined, 'form');
    await page.reload({ waitUntil: 'load' });
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as object, KEY.quizzes);
    expect(Object.keys(saved)).toContain(quiz.id);
    // A lesson's quiz gets its questions from their own file (/quiz/<id>.json): from the cache too.
    const lesson = readdirSync(join(copy, 'lecons')).find((slug) =>
      readFileSync(join(copy, 'lecons', slug, 'index.html'), 'utf8').includes(`data-quiz="${quiz.id}"`),
    );
    await open(`/lecons/${lesson}/`);
    await takeQuiz(page, quiz, undefined, 'form');
    await expect
      .poll(() => page.locator(`[data-quiz="${quiz.id}"] .quiz-result`).innerText())
      .toMatch(/\d+ sur \d+|réussi/i);
    // Leaving the lesson notes the reader's place in it: done here, not during the next test.
    await open('/a-propos/');
    expect(watched.errors).toEqual([]);
    await context.setOffline(false);
  });

  it('offers a new edition, not during a quiz attempt, and applies it on « Mettre à jour » without losing progress', async () => {
    // The new edition: the home page changed, so its revision in sw.js changed.
    const home = join(copy, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('<head>', '<head><meta name="edition" content="2">'));
    const sw = join(copy, 'sw.js');
    const before = readFileSync(sw, 'utf8');
    const after = before.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1edition2"');
    expect(after).not.toBe(before);
    writeFileSync(sw, after);

    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));

    // A quiz with an answer chosen: the offer waits.
    const quiz = readQuiz('etape-1-veille');
    await open(`/quiz/${quiz.id}/`);
    await waitForIslands(page);
    await page.locator('.quiz input').first().check();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null);
    await page.waitForTimeout(300);
    expect(await page.locator(BANNER).isVisible()).toBe(false);
    // Still hidden while the learner goes on answering.
    await page.locator('.quiz input').nth(1).check();
    await page.waitForTimeout(100);
    expect(await page.locator(BANNER).isVisible()).toBe(false);

    // Elsewhere the offer shows; the old edition is still the one served until the click.
    await open('/');
    await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.locator(BANNER).textContent()).toContain('Une nouvelle version du module est disponible');
    expect(await page.locator('meta[name="edition"]').count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);

    await Promise.all([
      page.waitForEvent('load', { timeout: 15_000 }),
      page.getByRole('button', { name: 'Mettre à jour' }).click(),
    ]);
    await page.waitForLoadState('load');
    expect(await page.locator('meta[name="edition"]').count()).toBe(1);
    expect(await page.locator(BANNER).isVisible()).toBe(false);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(stored);
    expect(watched.errors).toEqual([]);
  });
});

describe('no service worker where it does not belong', () => {
  let room: RunningRoomServer;
  let dataDir: string;
  afterAll(async () => {
    await room?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers none on pages the room server serves, though on 127.0.0.1', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'salle-hors-ligne-'));
    room = await startRoomServer({ dist, dataDir, port: 0, host: '127.0.0.1' });
    const { context: roomContext, page: roomPage } = await newPage(browser, { serviceWorkers: 'allow' });
    try {
      for (const path of ['', 'diapos/presentateur/', 'salle/']) {
        await roomPage.goto(new URL(path, room.url).toString(), { waitUntil: 'load' });
        // Past the moment the static site registers (load, then idle, 2 s at most): an idle
        // callback without a time limit can wait for ever on a busy machine.
        await roomPage.evaluate(
          () => new Promise((r) => requestIdleCallback(() => setTimeout(r, 500), { timeout: 2500 })),
        );
        expect(await roomPage.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      }
    } finally {
      await roomContext.close();
    }
  });
});
