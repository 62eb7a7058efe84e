/**
 * npm run bench:salle — measures the room server under load, on loopback. The server runs in a
 * child process (so its memory and CPU are its own); this process plays the presenter and N
 * participants (Node's built-in WebSocket client): they join one session, then all answer one
 * poll at once, and the presenter waits until its count has every answer. Prints, for each N,
 * how long after each answer the presenter's count included it (p50, p95), how long after the
 * last answer it was complete, and the server's RSS and CPU time. Writes test-results/bench-salle.md.
 *
 * Usage: npm run bench:salle [-- 100 500 1000]
 */
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RoomQuestion, ServerMessage } from '../src/lib/room-messages.ts';

/** The presenter token the benchmark's server is started with. */
const BENCH_TOKEN = 'jeton-du-banc-d-essai-0123456789';

interface Stats {
  rss: number;
  cpu: { user: number; system: number };
}

// --- the child: a room server reporting its own figures -----------------------------------------

if (process.argv[2] === 'server') {
  const { startRoomServer } = await import('../src/server/room-server.ts');
  const dataDir = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'bench-salle-'));
  const dist = mkdtempSync(join(tmpdir(), 'bench-salle-dist-'));
  const server = await startRoomServer({
    dist,
    dataDir,
    port: 0,
    host: '127.0.0.1',
    // A room's phones all answer within a second or two; one phone sends two messages here.
    rate: { burst: 10, perSecond: 5 },
    presenterToken: BENCH_TOKEN,
    // Every phone of the benchmark comes from 127.0.0.1: one address holds the whole room.
    limits: { connectionsPerAddress: 5_000, joinsPerMinute: 5_000 },
  });
  process.on('message', (m) => {
    if (m === 'stats') {
      const stats: Stats = { rss: process.memoryUsage().rss, cpu: process.cpuUsage() };
      process.send?.(stats);
    } else if (m === 'stop') {
      void server.close().then(() => process.exit(0));
    }
  });
  process.send?.({ port: server.port });
} else {
  await main();
}

// --- the parent: presenter and participants ----------------------------------------------------

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.addEventListener('open', () => resolve(ws), { once: true });
    ws.addEventListener('error', () => reject(new Error(`connexion refusée : ${url}`)), { once: true });
  });
}

function nextMessage(ws: WebSocket, wanted: (m: ServerMessage) => boolean): Promise<ServerMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('aucune réponse du serveur en 30 s')), 30_000);
    const listener = (e: MessageEvent) => {
      const m = JSON.parse(String(e.data)) as ServerMessage;
      if (!wanted(m)) return;
      clearTimeout(timer);
      ws.removeEventListener('message', listener);
      resolve(m);
    };
    ws.addEventListener('message', listener);
  });
}

async function run(n: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-salle-data-'));
  const child = fork(import.meta.filename, ['server', dataDir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = <T>(message: string) =>
    new Promise<T>((resolve) => {
      child.once('message', (m) => resolve(m as T));
      child.send(message);
    });
  const { port } = await new Promise<{ port: number }>((resolve) =>
    child.once('message', (m) => resolve(m as { port: number })),
  );
  const url = `ws://127.0.0.1:${port}/_salle/ws`;

  const presenter = await open(url);
  presenter.send(JSON.stringify({ type: 'create', deck: 'tout', token: BENCH_TOKEN }));
  const welcome = await nextMessage(presenter, (m) => m.type === 'welcome');
  const code = welcome.type === 'welcome' ? welcome.code : '';
  const question: RoomQuestion = {
    id: 'bench/q1',
    kind: 'single',
    prompt: 'Par quoi faut-il commencer?',
    options: ['Choisir la plateforme', 'Élaborer une stratégie', 'Publier souvent', 'Acheter de la publicité'],
    correct: [1],
  };
  presenter.send(JSON.stringify({ type: 'open', question }));
  await nextMessage(presenter, (m) => m.type === 'state' && m.status === 'open');

  // Join in batches, as phones scanning a QR code do (not all in the same millisecond).
  const phones: WebSocket[] = [];
  const joinStart = performance.now();
  for (let i = 0; i < n; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, n - i) }, async (_, k) => {
        const ws = await open(url);
        const joined = nextMessage(ws, (m) => m.type === 'state');
        ws.send(JSON.stringify({ type: 'join', code, participant: `bench-participant-${i + k}` }));
        await joined;
        return ws;
      }),
    );
    phones.push(...batch);
  }
  const joinMs = performance.now() - joinStart;
  const before = await ask<Stats>('stats');

  // Every count the presenter receives, with when it arrived.
  const counts: Array<{ at: number; count: number }> = [];
  const complete = new Promise<void>((resolve) => {
    presenter.addEventListener('message', (e) => {
      const m = JSON.parse(String(e.data)) as ServerMessage;
      if (m.type !== 'count') return;
      counts.push({ at: performance.now(), count: m.count });
      if (m.count >= n) resolve();
    });
  });
  const sentAt: number[] = [];
  phones.forEach((ws, i) => {
    sentAt.push(performance.now());
    ws.send(JSON.stringify({ type: 'answer', question: question.id, value: [i % 4] }));
  });
  await Promise.race([
    complete,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`N=${n} : le présentateur n’a pas tout reçu en 60 s`)), 60_000),
    ),
  ]);
  const after = await ask<Stats>('stats');

  // Then the reveal: every phone receives the result.
  const revealStart = performance.now();
  const revealed = phones.map((ws) => nextMessage(ws, (m) => m.type === 'state' && m.status === 'revealed'));
  presenter.send(JSON.stringify({ type: 'reveal', question: question.id }));
  await Promise.all(revealed);
  const revealMs = performance.now() - revealStart;

  // The k-th answer sent is in the presenter's view once a count reaches k.
  const latencies = sentAt
    .map((t, k) => (counts.find((c) => c.count >= k + 1)?.at ?? Number.NaN) - t)
    .sort((a, b) => a - b);
  const last = sentAt[sentAt.length - 1] ?? 0;
  const doneAt = counts.find((c) => c.count >= n)?.at ?? Number.NaN;

  for (const ws of phones) ws.close();
  presenter.close();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('stop');
  await exited;
  rmSync(dataDir, { recursive: true, force: true });

  return {
    n,
    joinMs,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    lastToComplete: doneAt - last,
    rssMb: Math.max(before.rss, after.rss) / 1024 / 1024,
    cpuMs: (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000,
    updates: counts.length,
    revealMs,
  };
}

async function main() {
  // Node's WebSocket client does not keep the process alive by itself while it awaits the server.
  const keepAlive = setInterval(() => undefined, 1000);
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => Number.isInteger(x) && x > 0);
  const rows = [];
  for (const n of sizes.length ? sizes : [100, 500, 1000]) {
    const r = await run(n);
    rows.push(r);
    console.log(
      `N=${n} : p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, complet ${r.lastToComplete.toFixed(0)} ms après la dernière réponse, RSS ${r.rssMb.toFixed(0)} Mo, CPU ${r.cpuMs.toFixed(0)} ms`,
    );
  }
  const table = [
    '| participants | arrivée (connexion + séance) | réponse → présentateur p50 | p95 | dernière réponse → compte complet | mises à jour reçues | révélation → tous les téléphones | RSS serveur | CPU serveur (réponses) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.n} | ${r.joinMs.toFixed(0)} ms | ${r.p50.toFixed(0)} ms | ${r.p95.toFixed(0)} ms | ${r.lastToComplete.toFixed(0)} ms | ${r.updates} | ${r.revealMs.toFixed(0)} ms | ${r.rssMb.toFixed(0)} Mo | ${r.cpuMs.toFixed(0)} ms |`,
    ),
  ].join('\n');
  console.log(`\n${table}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench-salle.md', `${table}\n`);
  clearInterval(keepAlive);
}
