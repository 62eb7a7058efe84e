/**
 * The SCORM package under test: built by `npm test` (npm run build:scorm) before the tests, or by
 * the first test file that needs it when run alone, then read from the zip itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

/** Where `npm run build:scorm` writes the SCORM 1.2 package. */
export const SCORM_ZIP = 'dist-scorm/medias-sociaux-en-sante-scorm12.zip';
/** Where it writes the SCORM 2004 4th Edition package. */
export const SCORM_2004_ZIP = 'dist-scorm/medias-sociaux-en-sante-scorm2004.zip';

/** Held by the test file that builds the package: files run side by side, one builds, the others wait. */
const BUILD_LOCK = 'dist-scorm.lock';
/** A lock older than this was left by a run that died: taken over. */
const STALE_LOCK_MS = 5 * 60_000;

const packaged = () => existsSync(SCORM_ZIP) && existsSync(SCORM_2004_ZIP);
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Builds the package when it is missing (a lone run of a test file); throws with the build's output. */
export function ensureScormZip(): void {
  if (packaged()) return;
  // Another file may be building it right now (its zip half written): wait for its lock first.
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else pause(250);
    }
  }
  try {
    if (packaged()) return;
    // Without what the test runner adds to the environment (Astro would read it back).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|TEST|NODE_ENV)$/.test(k)));
    const build = spawnSync(process.execPath, ['scripts/build-scorm.ts'], { env, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build:scorm a échoué :\n${build.stdout}\n${build.stderr}`);
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** A package's entries (files only), by path: the SCORM 1.2 one unless told. */
export function readScormZip(zip = SCORM_ZIP): Map<string, Uint8Array> {
  ensureScormZip();
  const entries = unzipSync(readFileSync(zip));
  return new Map(Object.entries(entries).filter(([name]) => !name.endsWith('/')));
}

/** Unzips the package into a new temporary folder and returns it. */
export function unzipScormPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'msst-scorm-'));
  for (const [name, data] of readScormZip()) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}
