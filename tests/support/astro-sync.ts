/**
 * Runs `astro sync` — the content-layer step that validates every collection — over a fixture
 * content folder, in a scratch project with a copy of this one's src and a link to its node_modules, so the
 * real project's .astro cache is never touched. `astro build` runs the same way, for what only
 * rendering the pages can check (ex. a <Quiz id> that names no quiz).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Exit code and combined output of the run. */
export interface SyncResult {
  status: number | null;
  output: string;
}

/** Validates the content in `contentDir` with the project's own schemas and loaders. */
export function syncContent(contentDir: string): SyncResult {
  return runAstro('sync', contentDir);
}

/** Builds the whole site over the content in `contentDir` (into the scratch project's dist/). */
export function buildContent(contentDir: string): SyncResult {
  return runAstro('build', contentDir);
}

function runAstro(command: 'sync' | 'build', contentDir: string): SyncResult {
  const root = resolve('.');
  const scratch = mkdtempSync(join(tmpdir(), 'msst-sync-'));
  for (const name of ['node_modules', 'tsconfig.json', 'package.json']) {
    symlinkSync(join(root, name), join(scratch, name));
  }
  // A copy, not a link: a build resolves linked sources to their real path and loses track of
  // the compiled .astro files.
  cpSync(join(root, 'src'), join(scratch, 'src'), { recursive: true });
  // Astro keeps its content store in cacheDir (node_modules/.astro by default): give the scratch
  // project its own, or fixture entries would leak into the real project's store.
  writeFileSync(
    join(scratch, 'astro.config.mjs'),
    `import config from ${JSON.stringify(join(root, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: './.cache' };\n`,
  );
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: scratch,
    env: { ...process.env, COURSE_CONTENT_DIR: resolve(contentDir), NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  // Removes the links, never what they point to.
  rmSync(scratch, { recursive: true, force: true });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
