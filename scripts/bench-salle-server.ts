/**
 * The room server of `npm run bench:salle`, in a process of its own (its memory, CPU and open
 * files are its own): started by scripts/bench-salle.ts with fork(), it answers `stats` and `stop`
 * over IPC and leaves by itself if the benchmark goes away.
 *
 * Limits: HOSTED_LIMITS (src/server/room-limits.ts), with the per-address limits lifted because
 * every phone and presenter of the benchmark comes from 127.0.0.1 (behind a proxy with
 * TRUST_PROXY=1, each would have its own address). Argument 2: data folder; 3: limits as JSON.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRoomServer } from '../src/server/room-server.ts';
import { HOSTED_LIMITS, type RoomLimits } from '../src/server/room-limits.ts';
import { BENCH_TOKEN } from './bench-salle-protocol.ts';

/** What the server reports of itself. */
export interface ServerStats {
  rss: number;
  /** Largest RSS seen since the last stats (sampled every 100 ms; open files at each stats). */
  peakRss: number;
  cpu: { user: number; system: number };
  openFiles: number;
  peakOpenFiles: number;
}

/** Files this process has open now (Linux /proc; NaN elsewhere). */
export function openFiles(): number {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return Number.NaN;
  }
}

/** The soft limit on open files of this process (Linux /proc; Infinity elsewhere). */
export function fileLimit(): number {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = Number(line?.split(/\s{2,}/)[1]);
    return Number.isFinite(soft) ? soft : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The benchmark's limits: hosted, per-address limits lifted (one loopback address), then overrides. */
export function benchLimits(overrides: Partial<RoomLimits> = {}): Partial<RoomLimits> {
  return {
    ...HOSTED_LIMITS,
    connectionsPerAddress: HOSTED_LIMITS.maxConnections,
    sessionsPerAddress: HOSTED_LIMITS.maxSessions,
    joinsPerMinute: 1_000_000,
    ...overrides,
  };
}

if (process.argv[1] === import.meta.filename) {
  // The benchmark went away (even killed): so does its server.
  process.on('disconnect', () => process.exit(1));
  // Killed before this line ran: the channel is already gone, and no event will say so.
  if (!process.connected) process.exit(1);
  // Ended by the benchmark after a failed step: exit() still writes the CPU profile (--cpu-prof).
  process.on('SIGTERM', () => process.exit(143));
  const dataDir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'bench-salle-data-'));
  const overrides = JSON.parse(process.argv[3] ?? '{}') as Partial<RoomLimits>;
  const dist = mkdtempSync(join(tmpdir(), 'bench-salle-dist-'));
  const server = await startRoomServer({
    dist,
    dataDir,
    port: 0,
    host: '127.0.0.1',
    presenterToken: BENCH_TOKEN,
    limits: benchLimits(overrides),
  });
  let peakRss = process.memoryUsage.rss();
  let peakOpen = openFiles();
  // RSS every 100 ms; open files only when asked (listing 19,000 descriptors every second cost
  // the server seconds of CPU over a 20-minute arrival): they peak once every phone is in.
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 100);
  process.on('message', (m) => {
    if (m === 'stats') {
      const rss = process.memoryUsage.rss();
      const open = openFiles();
      const stats: ServerStats = {
        rss,
        peakRss: Math.max(peakRss, rss),
        cpu: process.cpuUsage(),
        openFiles: open,
        peakOpenFiles: Math.max(peakOpen, open),
      };
      peakRss = rss;
      peakOpen = open;
      process.send?.({ type: 'stats', stats });
    } else if (m === 'stop') {
      clearInterval(sampler);
      void server.close().then(() => process.exit(0));
    }
  });
  process.send?.({ type: 'ready', port: server.port, openFiles: openFiles(), fileLimit: fileLimit() });
}
