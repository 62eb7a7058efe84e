/**
 * Where Debian's Chromium is and the headless flags that work on this machine, shared by the
 * browser tests and the audit and bench scripts. Never downloads a browser.
 */
import { existsSync } from 'node:fs';

/** Debian's Chromium: audits, benchmarks and screenshots, the browser a learner runs. */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Debian's `chromium-headless-shell` package: the same Chromium build, without the browser UI. */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser the tests run in: CHROME_PATH when set, else Debian's headless shell when it is
 * installed, else /usr/bin/chromium. The headless shell is the same engine (same Debian version)
 * without the full browser behind `--headless`: on this 2-core machine the browser files take about
 * a third less time in it (docs/performance.md, 7 December 2026).
 */
export const testChromePath =
  process.env.CHROME_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

/** Flags for a headless Chromium with no network of its own (see shared/design.md). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Throws a message saying what to do when Chromium is not installed at `path`. */
export function assertChromium(path = chromePath): void {
  if (!existsSync(path)) {
    throw new Error(
      `Chromium introuvable à ${path}. Installez-le (apt-get install -y chromium) ou indiquez son chemin dans CHROME_PATH. ` +
        `(Chromium not found at ${path}: install Debian's chromium or set CHROME_PATH.)`,
    );
  }
}
