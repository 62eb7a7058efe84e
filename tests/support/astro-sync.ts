/**
 * Runs `astro sync` — the content-layer step that validates every collection — over a fixture
 * content folder, in a scratch project that links to this one's src and node_modules, so the
 * real project's .astro cache is never touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Exit code and combined output of the run. */
export interface SyncResult {
  status: number | null;
  output: string;
}

/** Validates the content in `contentDir` with the project's own schemas and loaders. */
export function syncContent(contentDir: string): SyncResult {
  const root = resolve('.');
  const scratch = mkdtempSync(join(tmpdir(), 'msst-sync-'));
  for (const name of ['src', 'node_modules', 'tsconfig.json', 'package.json']) {
    symlinkSync(join(root, name), join(scratch, name));
  }
  // Astro keeps its content store in cacheDir (node_modules/.astro by default): give the scratch
  // project its own, or fixture entries would leak into the real project's store.
  writeFileSync(
    join(scratch, 'astro.config.mjs'),
    `import config from ${JSON.stringify(join(root, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: './.cache' };\n`,
  );
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: scratch,
    env: { ...process.env, COURSE_CONTENT_DIR: resolve(contentDir), NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
