// npm run bench:salle: its plan (arguments, phones spread over client processes, the server's
// descriptor budget, latencies), then the harness itself on a tiny load: it really plays the phones
// from several processes, and every process it started is gone when it stops, whether the step
// passes, fails, or the benchmark is killed outright. The large steps are never run here.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  answerLatencies,
  BenchUsageError,
  descriptorProblem,
  firstReaching,
  parseBenchArgs,
  quantile,
  spreadPhones,
  workerCount,
} from '../../../scripts/bench-salle-plan';
import { HOSTED_LIMITS, LIMITS } from '../../../src/server/room-limits';

const script = join(import.meta.dirname, '../../../scripts/bench-salle.ts');
const scratch = mkdtempSync(join(tmpdir(), 'bench-salle-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Runs the benchmark; resolves with its exit code and output. */
function bench(args: string[], onLine?: (line: string, kill: () => void) => void) {
  return new Promise<{ code: number | null; signal: string | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of chunk.toString().split('\n')) onLine?.(line, () => child.kill('SIGKILL'));
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
}

async function allGone(pids: number[], withinMs = 5000) {
  const end = Date.now() + withinMs;
  while (pids.some(alive) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return pids.filter(alive);
}

describe('bench:salle plan', () => {
  it('reads one session, rooms, and options, and names what is wrong', () => {
    const o = parseBenchArgs([
      '19000',
      '--rooms',
      '1000x18',
      '--workers',
      '6',
      '--rate',
      '500',
      '--limit',
      'maxSessions=2',
    ]);
    expect(o.steps).toEqual([
      { rooms: 1, phones: 19000 },
      { rooms: 1000, phones: 18 },
    ]);
    expect([o.workers, o.rate, o.limits]).toEqual([6, 500, { maxSessions: 2 }]);
    expect(parseBenchArgs([]).steps.map((s) => s.phones)).toEqual([100, 500, 1000]);
    expect(() => parseBenchArgs(['--rooms', '1000'])).toThrow(/1000x20/);
    expect(() => parseBenchArgs(['--workers', '0'])).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(['--vite'])).toThrow(/Argument inconnu/);
    // Questions from the room: a percentage of the phones.
    expect(parseBenchArgs(['2000', '--asks', '10']).asks).toBe(10);
    expect(parseBenchArgs([]).asks).toBeUndefined();
    expect(() => parseBenchArgs(['--asks', '150'])).toThrow(/pourcentage/);
  });

  it('finds when a presenter’s list first reached a size', () => {
    const history = [
      { at: 10, n: 1 },
      { at: 20, n: 4 },
      { at: 30, n: 6 },
    ];
    expect(firstReaching(history, 4)).toBe(20);
    expect(firstReaching(history, 5)).toBe(30);
    expect(firstReaching(history, 7)).toBeNaN();
  });

  it('spreads every phone exactly once, evenly, each process under its share', () => {
    for (const [step, k] of [
      [{ rooms: 1, phones: 19000 }, 5],
      [{ rooms: 1000, phones: 18 }, 5],
      [{ rooms: 7, phones: 3 }, 4],
    ] as const) {
      const plan = spreadPhones(step, k);
      expect(plan).toHaveLength(k);
      const sizes = plan.map((segments) => segments.reduce((n, s) => n + s.count, 0));
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      // Each phone (room × index) once: no index past the room's size, none twice, none left out.
      const seen = new Uint8Array(step.rooms * step.phones);
      let outside = 0;
      for (const s of plan.flat())
        for (let i = s.from; i < s.from + s.count; i++) {
          if (i >= step.phones || s.room >= step.rooms) outside++;
          else seen[s.room * step.phones + i]! += 1;
        }
      expect(outside).toBe(0);
      expect(seen.every((x) => x === 1)).toBe(true);
    }
    expect(workerCount({ rooms: 1, phones: 19000 }, 4000)).toBe(5);
    expect(workerCount({ rooms: 1, phones: 3 }, 4000, 8)).toBe(3);
  });

  it('refuses a step the server process cannot hold, with the count of descriptors', () => {
    expect(descriptorProblem({ rooms: 1, phones: 19000 }, 20000, 45)).toBeUndefined();
    expect(descriptorProblem({ rooms: 1000, phones: 18 }, 20000, 45)).toBeUndefined();
    expect(descriptorProblem({ rooms: 1000, phones: 20 }, 20000, 45)).toMatch(/21000 connexions.*20000/);
  });

  it('allows under the hosted limits what the benchmark measures, the laptop limits staying as they were', () => {
    expect(HOSTED_LIMITS.participantsPerSession).toBeGreaterThanOrEqual(19000);
    expect(HOSTED_LIMITS.maxSessions).toBeGreaterThanOrEqual(1000);
    expect(HOSTED_LIMITS.maxConnections).toBeGreaterThanOrEqual(1000 * 19);
    expect(HOSTED_LIMITS.sessionsPerAddress).toBe(LIMITS.sessionsPerAddress);
    expect(LIMITS.maxSessions).toBe(200);
  });

  it('times each answer to the first count that includes it', () => {
    const lat = answerLatencies(
      [100, 0, 10],
      [
        { at: 50, count: 2 },
        { at: 120, count: 3 },
      ],
    );
    expect(lat).toEqual([50, 40, 20]);
    expect(answerLatencies([0, 0], [{ at: 30, count: 1 }]).map(Number.isNaN)).toEqual([false, true]);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.95)).toBe(4);
  });
});

describe('bench:salle harness', () => {
  it('plays the phones from several client processes and ends them all', { timeout: 240_000 }, async () => {
    const json = join(scratch, 'ok.json');
    // A long phase timeout: the benchmark must still leave as soon as its table is written (a
    // pending wait once kept it alive for the rest of --timeout).
    const started = Date.now();
    const run = await bench(['--rooms', '3x4', '--workers', '3', '--timeout', '900', '--json', json]);
    expect(run.code, run.out).toBe(0);
    expect(Date.now() - started).toBeLessThan(120_000);
    const { rows } = JSON.parse(readFileSync(json, 'utf8')) as {
      rows: Array<{
        workers: number;
        workerPids: number[];
        serverPid: number;
        p95: number;
        revealMax: number;
        error?: string;
      }>;
    };
    const row = rows[0]!;
    expect(row.error).toBeUndefined();
    expect(row.workers).toBe(3);
    expect(new Set([...row.workerPids, row.serverPid, process.pid]).size).toBe(5);
    // Every answer reached the presenter and every phone had the reveal: the clients really played.
    expect(Number.isFinite(row.p95) && Number.isFinite(row.revealMax)).toBe(true);
    expect(await allGone([...row.workerPids, row.serverPid])).toEqual([]);
    expect(readFileSync(join(scratch, 'test-results/bench-salle.md'), 'utf8')).toMatch(/\| 3 × 4 \| 3 \|/);
  });

  it('stops at the first error, says it, and ends every process of the failed step', { timeout: 240_000 }, async () => {
    const json = join(scratch, 'fail.json');
    const run = await bench(['--rooms', '3x2', '--workers', '2', '--limit', 'maxSessions=2', '--json', json]);
    expect(run.code).toBe(1);
    const row = (
      JSON.parse(readFileSync(json, 'utf8')) as {
        rows: Array<{ workerPids: number[]; serverPid: number; error: string }>;
      }
    ).rows[0]!;
    expect(row.error).toMatch(/too-many-sessions/);
    expect(row.workerPids).toHaveLength(2);
    expect(await allGone([...row.workerPids, row.serverPid])).toEqual([]);
  });

  it('leaves no process behind when the benchmark itself is killed', { timeout: 240_000 }, async () => {
    const pids: number[] = [];
    // One join per second: the step is still joining when the benchmark is killed.
    const run = await bench(['--rooms', '1x6', '--workers', '2', '--rate', '1'], (line, kill) => {
      const m = /serveur\s: processus (\d+); clients\s: processus ([\d, ]+)/.exec(line);
      if (!m) return;
      pids.push(Number(m[1]), ...m[2]!.split(', ').map(Number));
      setTimeout(kill, 500);
    });
    expect(run.signal).toBe('SIGKILL');
    expect(pids).toHaveLength(3);
    // A child still starting when its parent died notices it as soon as its code runs.
    expect(await allGone(pids, 60_000)).toEqual([]);
  });
});
