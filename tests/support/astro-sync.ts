/**
 * Runs `astro sync` — the content-layer step that validates every collection — over a fixture
 * content folder, in a scratch project with a copy of this one's src and a link to its node_modules, so the
 * real project's .astro and .vite caches are never touched. `astro build` runs the same way, for what only
 * rendering the pages can check (ex. a <Quiz id> that names no quiz).
 *
 * Both run in the test's own process, through Astro's JavaScript API (`sync`, `build`), not as a
 * spawned `astro` command: Astro, Vite and the project's config are loaded once per test file
 * instead of once per run. A failing build then takes about 4 s instead of 10, a sync under 1 s
 * instead of 4 (docs/performance.md, « Astro dans le processus des tests »). A test file's runs
 * follow one another (COURSE_CONTENT_DIR is the process's), and each test file has its own process.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, sync } from 'astro';

/** Whether the run ended without an error, and what it wrote and threw, as one text. */
export interface SyncResult {
  status: number;
  output: string;
}

/** Validates the content in `contentDir` with the project's own schemas and loaders. */
export function syncContent(contentDir: string): Promise<SyncResult> {
  return runAstro('sync', contentDir);
}

/** Builds the whole site over the content in `contentDir` (into the scratch project). */
export function buildContent(contentDir: string): Promise<SyncResult> {
  return runAstro('build', contentDir);
}

/**
 * The scratch project of this test file: made once (a copy of src, links to the rest), reused by
 * each run, removed when the file's process ends. Vite's optimised dependencies are kept in the
 * scratch project between runs (the same root and config: optimised once per file, not once per
 * run) and never in the real project's node_modules/.vite, which two files side by side would share.
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
      `export default { ...config, vite: { ...config.vite, cacheDir: ${JSON.stringify(join(dir, '.vite'))} } };\n`,
  );
  // Removes the links, never what they point to.
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  scratch = dir;
  return dir;
}

let runs = 0;

/** An error as the `astro` command prints it: name, message, hint, and the file or page it names. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { hint?: string; loc?: { file?: string }; id?: string };
  return [`${e.name}: ${e.message}`, e.hint, e.loc?.file && `Location: ${e.loc.file}`, e.id && `Page: ${e.id}`]
    .filter(Boolean)
    .join('\n');
}

async function runAstro(command: 'sync' | 'build', contentDir: string): Promise<SyncResult> {
  const dir = scratchProject(resolve('.'));
  // Each run gets its own content store and output folder: no fixture's entries leak into the next,
  // and the store a run saves a moment after it ends never lands in the next run's folder.
  runs += 1;
  const config = {
    root: dir,
    logLevel: 'warn' as const,
    cacheDir: join(dir, `.cache-${runs}`),
    outDir: join(dir, `dist-${runs}`),
  };
  process.env.COURSE_CONTENT_DIR = resolve(contentDir);
  // What Astro logs (warnings and errors) is part of the output a test reads, as it was when
  // `astro` ran in a process of its own.
  const written: string[] = [];
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const capture = (chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  try {
    await (command === 'sync' ? sync(config) : build(config));
    return { status: 0, output: written.join('') };
  } catch (error) {
    return { status: 1, output: `${written.join('')}\n${describeError(error)}` };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    delete process.env.COURSE_CONTENT_DIR;
  }
}
