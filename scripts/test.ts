/**
 * `npm test`: the whole suite, in the order it needs, with what can run side by side run side by
 * side on a 2-core machine:
 *   lane 1: astro check, then eslint, then prettier --check (one thread each);
 *   lane 2: astro build (dist/), then the SCORM package (dist-scorm/), which the tests read;
 * then Vitest, once lane 2 passed, beside what is left of lane 1; the run fails if any step does.
 * Prints each phase's wall time at the end, so a slow phase is seen without a profiler. `astro
 * check` keeps its content store in a cache folder of its own (ASTRO_CACHE_DIR, see
 * astro.config.mjs), so it never reads a store a build is writing.
 * Extra arguments go to Vitest (ex. `npm test -- --project unit`).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

interface Phase {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

const bin = (name: string) => join('node_modules', '.bin', name);
const node = (script: string, ...args: string[]) => [process.execPath, script, ...args];

const lanes: Phase[][] = [
  [
    {
      name: 'astro check',
      command: node('node_modules/astro/bin/astro.mjs', 'check'),
      env: { ASTRO_CACHE_DIR: 'node_modules/.astro-check' },
    },
    { name: 'eslint', command: [bin('eslint'), '.'] },
    { name: 'prettier', command: [bin('prettier'), '--check', '.', '--log-level', 'warn'] },
  ],
  [
    { name: 'astro build', command: node('node_modules/astro/bin/astro.mjs', 'build') },
    { name: 'build:scorm', command: node('scripts/build-scorm.ts') },
  ],
];
const vitest: Phase = {
  name: 'vitest',
  command: node('node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)),
};

const timings: { name: string; seconds: number; ok: boolean }[] = [];

/** Runs one phase with its output buffered (two lanes would interleave), printed when it ends. */
function run(phase: Phase, buffered: boolean): Promise<boolean> {
  const start = performance.now();
  return new Promise((done) => {
    const [file, ...args] = phase.command as [string, ...string[]];
    const child = spawn(file, args, {
      env: { ...process.env, ...phase.env },
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', (e) => chunks.push(Buffer.from(String(e))));
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const ok = code === 0;
      timings.push({ name: phase.name, seconds, ok });
      if (buffered) {
        const output = Buffer.concat(chunks).toString('utf8').trimEnd();
        console.log(`\n── ${phase.name} (${seconds.toFixed(1)} s, ${ok ? 'ok' : `échec, code ${code}`}) ──`);
        if (output) console.log(output);
      }
      done(ok);
    });
  });
}

async function lane(phases: Phase[]): Promise<boolean> {
  for (const phase of phases) if (!(await run(phase, true))) return false;
  return true;
}

function summary(): void {
  console.log('\nDurée de chaque étape (secondes) :');
  for (const t of timings)
    console.log(`  ${t.name.padEnd(12)} ${t.seconds.toFixed(1).padStart(7)}${t.ok ? '' : '  (échec)'}`);
}

const started = performance.now();
const [checks, built] = lanes.map(lane) as [Promise<boolean>, Promise<boolean>];
// Vitest needs the built site, not the checks: it starts as soon as the build lane is done, and
// the checks' single-threaded tail (eslint, prettier) runs beside it on the other core.
let ok = await built;
if (ok) ok = await run(vitest, false);
else console.error('\nVitest n’est pas lancé : la construction du site a échoué (voir ci-dessus).');
ok = (await checks) && ok;
summary();
console.log(`  ${'total'.padEnd(12)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)}`);
process.exit(ok ? 0 : 1);
