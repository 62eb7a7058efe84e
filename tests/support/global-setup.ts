/**
 * Vitest global setup for browser tests: serves the built site (dist/, made by `npm run build`
 * before the tests) on 127.0.0.1 and provides its address to the tests (inject('baseUrl')); starts
 * one headless Chromium for the whole run, which every test file connects to (inject('browserWs')),
 * instead of launching its own.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { assertChromium, CHROMIUM_FLAGS, testChromePath } from './chromium';
import { serveStatic, type RunningServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built site under test, ending with « / ». */
    baseUrl: string;
    /** WebSocket address of the Chromium shared by the run (see launchBrowser). */
    browserWs: string;
  }
}

let server: RunningServer | undefined;
let browser: BrowserServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const dist = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`Aucun site construit dans ${dist}/ : lancez « npm run build » avant les tests navigateur.`);
  }
  server = await serveStatic(dist, process.env.BASE_PATH ?? '/');
  project.provide('baseUrl', server.url);
  assertChromium(testChromePath);
  browser = await chromium.launchServer({ executablePath: testChromePath, headless: true, args: CHROMIUM_FLAGS });
  project.provide('browserWs', browser.wsEndpoint());
}

export async function teardown(): Promise<void> {
  await browser?.close();
  await server?.close();
}
