/**
 * What every room-mode browser test needs, once: the run's shared Chromium, a room server on a free
 * loopback port serving the built site with a throwaway data folder, and browser contexts that are
 * all closed at the end, with the server stopped and its folder removed. Call at the top of a test
 * file; the hooks it registers belong to that file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { startRoomServer, type RunningRoomServer } from '../../src/server/room-server';

/** The room server and browser of one test file. */
export interface RoomTestbed {
  readonly browser: Browser;
  readonly server: RunningRoomServer;
  /** An address on the room server (« /salle/?code=ABCD »). */
  roomUrl(path: string): string;
  /** A new context and page (closed at the end of the file). */
  context(options?: Parameters<typeof newPage>[1]): Promise<{ context: BrowserContext; page: Page }>;
  /**
   * Opens the presenter view at the address `npm run salle` prints (with its token), waits until it
   * has created its session, and gives the session code.
   */
  openSession(presenter: Page): Promise<string>;
  /** Stops the server mid-test (`server` still gives its port and token). */
  stop(): Promise<void>;
  /** Starts it again on the same port, data folder and presenter token, as `ROOM_TOKEN` does across restarts. */
  restart(): Promise<void>;
}

/** Starts the browser and the room server before the file's tests, and stops both after them. */
export function useRoomTestbed(folderPrefix: string): RoomTestbed {
  let browser: Browser | undefined;
  let server: RunningRoomServer | undefined;
  let dataDir: string | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    dataDir = mkdtempSync(join(tmpdir(), folderPrefix));
    server = await startRoomServer({ dist: process.env.E2E_DIST ?? 'dist', dataDir, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} not started: call useRoomTestbed at the top of the file`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'room server');
    },
    roomUrl: (path) => new URL(path.replace(/^\//, ''), started(server, 'room server').url).toString(),
    async context(options = {}) {
      const made = await newPage(started(browser, 'browser'), options);
      contexts.push(made.context);
      return made;
    },
    async openSession(presenter) {
      await presenter.goto(started(server, 'room server').presenterUrl);
      await presenter.waitForFunction(() =>
        /Séance [A-Z]{4}/.test(document.querySelector('.room-session')?.textContent ?? ''),
      );
      const code = ((await presenter.locator('.room-session').first().textContent()) ?? '').match(
        /Séance ([A-Z]{4})/,
      )?.[1];
      if (!code) throw new Error('the presenter view shows no session code');
      return code;
    },
    async stop() {
      await started(server, 'room server').close();
    },
    async restart() {
      const { port, presenterToken } = started(server, 'room server');
      server = await startRoomServer({
        dist: process.env.E2E_DIST ?? 'dist',
        dataDir: started(dataDir, 'data folder'),
        port,
        host: '127.0.0.1',
        presenterToken,
      });
    },
  };
}
