/**
 * Where Debian's Chromium is and the headless flags that work on this machine, shared by the
 * browser tests and the audit and bench scripts. Never downloads a browser.
 */
import { existsSync } from 'node:fs';

/** Where Chromium is looked for: CHROME_PATH, else Debian's /usr/bin/chromium. */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

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

/** Throws a message saying what to do when Chromium is not installed. */
export function assertChromium(): void {
  if (!existsSync(chromePath)) {
    throw new Error(
      `Chromium introuvable à ${chromePath}. Installez-le (apt-get install -y chromium) ou indiquez son chemin dans CHROME_PATH. ` +
        `(Chromium not found at ${chromePath}: install Debian's chromium or set CHROME_PATH.)`,
    );
  }
}
