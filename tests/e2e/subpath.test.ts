// The site deployed under a sub-path (a project page on a static host): built with BASE_PATH, its
// links and assets all resolve under that path, poll QR codes point there, and a learner can walk
// it in Chromium.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';
import { parse } from 'node-html-parser';
import { distFiles, readDist, type BuiltSite } from '../support/dist-files';
import { brokenLinks } from '../support/links';
import { serveStatic, type RunningServer } from '../support/static-server';

const site: BuiltSite = { dir: join(mkdtempSync(join(tmpdir(), 'msst-base-')), 'dist'), base: '/medias-sociaux/' };
let server: RunningServer;
let browser: Browser;

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
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
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
    const context = await browser.newContext();
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
