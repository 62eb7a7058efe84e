/**
 * Runs `astro sync` — the content-layer step that validates every collection — over a fixture
 * content folder, in a scratch project with a copy of this one's src and a link to its node_modules, so the
 * real project's .astro and .vite caches are never touched. `astro build` runs the same way, for what only
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

/**
 * The scratch project of this test file: made once (a copy of src, links to the rest), reused by
 * each run, removed when the file's process ends. Each run starts from an empty content store, so
 * no fixture's entries leak into the next; Vite's optimised dependencies are kept in the scratch
 * project between runs (the same root and config: optimised once per file, not once per run) and
 * never in the real project's node_modules/.vite, which two files running side by side would share.
 */
let scratch: string | undefined;
function scratchProject(root: string): string {
  if (scratch) return scratch;
  const dir = mkdtempSync(join(tmpdir(), 'msst-sync-'));
  for (const name of ['node_modules', 'tsconfig.json', 'package.json']) {
    symlinkSync(join(root, name), join(dir, name));
  }
  // A copy, not a link: a build resolves linked sources to their real path and loses track of
  // the compiled .astro files.
  cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import config from ${JSON.stringify(join(root, 'astro.config.mjs'))};\n` +
      `export default { ...config, cacheDir: './.cache', vite: { ...config.vite, cacheDir: ${JSON.stringify(join(dir, '.vite'))} } };\n`,
  );
  // Removes the links, never what they point to.
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  scratch = dir;
  return dir;
}

function runAstro(command: 'sync' | 'build', contentDir: string): SyncResult {
  const root = resolve('.');
  const dir = scratchProject(root);
  // Astro keeps its content store in cacheDir (node_modules/.astro by default): the scratch
  // project has its own, emptied before each run, or fixture entries would leak from run to run.
  rmSync(join(dir, '.cache'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: dir,
    env: { ...process.env, COURSE_CONTENT_DIR: resolve(contentDir), NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
