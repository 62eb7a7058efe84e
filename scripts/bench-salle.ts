/**
 * npm run bench:salle — measures the room server under load, on loopback only. The server runs in
 * a process of its own (scripts/bench-salle-server.ts); this process plays the presenter of every
 * room; the phones are spread over several client processes (scripts/bench-salle-client.ts), each
 * under the open-file limit of a process, and join at a controlled rate. Then every phone answers
 * at once (the worst case), each presenter waits until its count has every answer, and the reveal
 * goes to every phone. For each step it reports: arrival time, answer → presenter p50/p95, last
 * answer → complete count, reveal → all phones, server RSS, CPU and open files, the load average
 * of the machine, and the first error if any. With --asks P, a phase of questions from the room
 * follows: P % of the phones ask one, each presenter waits until its list has them all, publishes
 * five, every phone reports when it sees them, then every phone votes for those it did not write
 * and each presenter waits until its list counts every vote. Writes test-results/bench-salle.md
 * (and --json).
 *
 * Every process it starts is ended when it stops, after a failed step, an interrupt (Ctrl+C) or an
 * error of its own; the children also leave by themselves if this process is killed outright.
 *
 * Usage: npm run bench:salle -- 19000            (one session of 19,000 phones)
 *        npm run bench:salle -- --rooms 1000x18  (1,000 sessions of 18 phones at once)
 *        npm run bench:salle -- --help           (every option)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  answerLatencies,
  BENCH_PUBLISHED,
  BenchUsageError,
  firstReaching,
  descriptorProblem,
  ms,
  parseBenchArgs,
  quantile,
  spreadPhones,
  USAGE,
  workerCount,
  type BenchOptions,
  type BenchStep,
} from './bench-salle-plan.ts';
import { presenterSays, readServer, type BenchAsk } from './bench-salle-protocol.ts';
import { HOSTED_LIMITS } from '../src/server/room-limits.ts';
import type { FromClient, ToClient } from './bench-salle-client.ts';
import type { ServerStats } from './bench-salle-server.ts';

const wall = () => performance.timeOrigin + performance.now();
const here = import.meta.dirname;

// --- the processes this benchmark started, and how they all end -------------------------------

const children = new Set<ChildProcess>();

function start(file: string, args: string[], execArgv: string[] = []): ChildProcess {
  const child = fork(join(here, file), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Ends every child still running: SIGTERM, then SIGKILL after `graceMs`. */
async function endChildren(graceMs = 2000): Promise<void> {
  const running = [...children].filter((c) => c.exitCode === null && c.signalCode === null);
  await Promise.all(
    running.map(
      (c) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => c.kill('SIGKILL'), graceMs);
          c.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          c.kill('SIGTERM');
        }),
    ),
  );
  children.clear();
}

/** The next message of `type` from a child; rejects when it reports an error, exits or is late. */
function nextFrom<T extends { type: string }>(child: ChildProcess, type: T['type'], timeoutMs: number, what: string) {
  return new Promise<T>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (m: { type: string; message?: string }) => {
      if (m.type === type) {
        done();
        resolve(m as unknown as T);
      } else if (m.type === 'error') {
        done();
        reject(new Error(m.message));
      }
    };
    const onExit = (code: number | null, signal: string | null) => {
      done();
      reject(new Error(`${what} (processus ${child.pid}) s’est arrêté (${signal ?? code}) avant « ${type} »`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`${what} : pas de « ${type} » en ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

// --- one step ---------------------------------------------------------------------------------

/** The figures of one step (times in ms, sizes in MB). */
export interface StepResult {
  rooms: number;
  phones: number;
  workers: number;
  serverPid: number | undefined;
  workerPids: number[];
  /** First join started → last phone joined. */
  arrivalMs: number;
  /** Answer → presenter, over every answer of every room. */
  p50: number;
  p95: number;
  /** Last answer of a room → its presenter's count complete: worst room, and p95 over rooms. */
  completeMax: number;
  completeP95: number;
  /** Reveal sent → every phone of the room has it: worst room, p95 over rooms, p95 over phones. */
  revealMax: number;
  revealP95Rooms: number;
  revealP95Phones: number;
  rssIdleMb: number;
  rssPeakMb: number;
  cpuJoinMs: number;
  cpuAnswerRevealMs: number;
  serverOpenFiles: number;
  serverFileLimit: number;
  loadBefore: number[];
  loadAfter: number[];
  error: string | undefined;
  /** Questions from the room (--asks): how many were asked and voted, all sessions together. */
  asks?: AskFigures;
}

/** The figures of the questions phase (times in ms). */
export interface AskFigures {
  asked: number;
  published: number;
  votes: number;
  /** Last question sent → the presenter's list has them all (worst session). */
  askCompleteMax: number;
  /** Publication sent → every phone of the session sees it: worst session, p95 over phones. */
  publishMax: number;
  publishP95Phones: number;
  /** Last vote sent → the presenter's list counts every vote (worst session). */
  voteCompleteMax: number;
  /** Server CPU for the whole phase (asks, publication, votes). */
  cpuMs: number;
}

interface Room {
  presenter?: WebSocket;
  code: string;
  counts: Array<{ at: number; count: number }>;
  sent: number[];
  arrivals: number[];
  revealSentAt: number;
  /** Questions from the room as the presenter last saw them, and each size and vote total it saw. */
  asks: BenchAsk[];
  askSizes: Array<{ at: number; n: number }>;
  voteTotals: Array<{ at: number; n: number }>;
}

function openSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.addEventListener('open', () => resolve(ws), { once: true });
    ws.addEventListener('error', () => reject(new Error(`connexion refusée : ${url}`)), { once: true });
  });
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const cpuMs = (a: ServerStats, b: ServerStats) => (b.cpu.user + b.cpu.system - a.cpu.user - a.cpu.system) / 1000;

async function runStep(step: BenchStep, options: BenchOptions): Promise<StepResult> {
  const k = workerCount(step, options.phonesPerWorker, options.workers);
  const result: StepResult = {
    rooms: step.rooms,
    phones: step.phones,
    workers: k,
    serverPid: undefined,
    workerPids: [],
    arrivalMs: Number.NaN,
    p50: Number.NaN,
    p95: Number.NaN,
    completeMax: Number.NaN,
    completeP95: Number.NaN,
    revealMax: Number.NaN,
    revealP95Rooms: Number.NaN,
    revealP95Phones: Number.NaN,
    rssIdleMb: Number.NaN,
    rssPeakMb: Number.NaN,
    cpuJoinMs: Number.NaN,
    cpuAnswerRevealMs: Number.NaN,
    serverOpenFiles: Number.NaN,
    serverFileLimit: Number.NaN,
    loadBefore: loadavg(),
    loadAfter: [],
    error: undefined,
  };
  const timeout = options.phaseTimeoutMs;
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-salle-data-'));
  const rooms: Room[] = Array.from({ length: step.rooms }, () => ({
    code: '',
    counts: [],
    sent: [],
    arrivals: [],
    revealSentAt: Number.NaN,
    asks: [],
    askSizes: [],
    voteTotals: [],
  }));
  // The first error anywhere (a client process, a presenter, the server going away) fails the step.
  let failStep: (e: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (failStep = reject));
  failed.catch(() => undefined);
  const race = <T>(p: Promise<T>) => Promise.race([p, failed]);

  try {
    const server = start(
      'bench-salle-server.ts',
      [dataDir, JSON.stringify(options.limits)],
      options.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProf] : [],
    );
    result.serverPid = server.pid;
    server.once('exit', (code, signal) => failStep(new Error(`le serveur s’est arrêté (${signal ?? code})`)));
    const ready = await nextFrom<{ type: 'ready'; port: number; openFiles: number; fileLimit: number }>(
      server,
      'ready',
      timeout,
      'le serveur',
    );
    result.serverFileLimit = ready.fileLimit;
    const problem = descriptorProblem(step, ready.fileLimit, ready.openFiles);
    if (problem) throw new Error(problem);
    const stats = () =>
      race(nextFrom<{ type: 'stats'; stats: ServerStats }>(server, 'stats', timeout, 'le serveur')).then(
        (m) => m.stats,
      );
    const askStats = () => {
      const p = stats();
      server.send('stats');
      return p;
    };
    const url = `ws://127.0.0.1:${ready.port}/_salle/ws`;

    // The client processes, each with its share of the phones.
    const plan = spreadPhones(step, k);
    const workers = plan.map(() => start('bench-salle-client.ts', []));
    result.workerPids = workers.flatMap((w) => (w.pid ? [w.pid] : []));
    console.log(`  serveur : processus ${server.pid}; clients : processus ${result.workerPids.join(', ')}`);
    await Promise.all(workers.map((w, i) => nextFrom(w, 'ready', timeout, `le client ${i + 1}`)));
    for (const [i, w] of workers.entries()) {
      w.on('message', (m: FromClient) => {
        if (m.type === 'error') failStep(new Error(`client ${i + 1} : ${m.message}`));
      });
      w.once('exit', (code, signal) => failStep(new Error(`le client ${i + 1} s’est arrêté (${signal ?? code})`)));
    }
    const idle = await askStats();
    result.rssIdleMb = mb(idle.rss);

    // Every presenter creates its session and opens the poll, 50 at a time.
    for (let r = 0; r < rooms.length; r += 50) {
      await race(
        Promise.all(
          rooms.slice(r, r + 50).map(async (room, j) => {
            const ws = await openSocket(url);
            room.presenter = ws;
            const opened = new Promise<void>((resolve) => {
              ws.addEventListener('message', (e) => {
                const event = readServer(String(e.data));
                if (event.kind === 'welcome') {
                  room.code = event.code;
                  ws.send(presenterSays.open());
                } else if (event.kind === 'open') resolve();
                else if (event.kind === 'count') room.counts.push({ at: wall(), count: event.count });
                else if (event.kind === 'asks') {
                  const at = wall();
                  room.asks = event.asks;
                  room.askSizes.push({ at, n: event.asks.length });
                  room.voteTotals.push({ at, n: event.asks.reduce((total, a) => total + a.votes, 0) });
                } else if (event.kind === 'error')
                  failStep(new Error(`présentateur ${r + j + 1} : ${event.error} — ${event.message}`));
              });
              ws.addEventListener('close', () => {
                if (!closing) failStep(new Error(`présentateur ${r + j + 1} : connexion fermée par le serveur`));
              });
            });
            ws.send(presenterSays.create());
            await opened;
          }),
        ),
      );
    }

    // Phones join at the rate asked, shared among the client processes.
    const joined = workers.map((w, i) =>
      nextFrom<Extract<FromClient, { type: 'joined' }>>(w, 'joined', timeout + 5000, `le client ${i + 1}`),
    );
    workers.forEach((w, i) =>
      w.send({
        type: 'join',
        url,
        segments: plan[i] ?? [],
        codes: rooms.map((room) => room.code),
        rate: options.rate / k,
        inFlight: Math.max(1, Math.ceil(options.inFlight / k)),
        timeoutMs: timeout,
      } satisfies ToClient),
    );
    const arrivals = await race(Promise.all(joined));
    result.arrivalMs = Math.max(...arrivals.map((a) => a.lastAt)) - Math.min(...arrivals.map((a) => a.firstAt));
    const afterJoin = await askStats();
    result.cpuJoinMs = cpuMs(idle, afterJoin);

    // Every phone answers at once; each presenter waits for its full count.
    const sent = workers.map((w, i) =>
      nextFrom<Extract<FromClient, { type: 'sent' }>>(w, 'sent', timeout, `le client ${i + 1}`),
    );
    for (const w of workers) w.send({ type: 'answer' } satisfies ToClient);
    for (const s of await race(Promise.all(sent))) for (const [room, at] of s.sent) rooms[room]?.sent.push(...at);
    const deadline = wall() + timeout;
    await race(
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (rooms.every((room) => (room.counts.at(-1)?.count ?? 0) >= step.phones)) return resolve();
          if (wall() > deadline) {
            const late = rooms.filter((room) => (room.counts.at(-1)?.count ?? 0) < step.phones).length;
            return reject(new Error(`${late} présentateur(s) sans toutes les réponses en ${timeout / 1000} s`));
          }
          setTimeout(check, 5);
        };
        check();
      }),
    );

    // The reveal, room by room, then every phone reports when it got it.
    for (const room of rooms) {
      room.revealSentAt = wall();
      room.presenter?.send(presenterSays.reveal());
    }
    const revealed = workers.map((w, i) =>
      nextFrom<Extract<FromClient, { type: 'revealed' }>>(w, 'revealed', timeout + 5000, `le client ${i + 1}`),
    );
    for (const w of workers) w.send({ type: 'reveal', timeoutMs: timeout } satisfies ToClient);
    const reports = await race(Promise.all(revealed));
    const missing = reports.reduce((n, r) => n + r.missing, 0);
    if (missing > 0) throw new Error(`${missing} téléphone(s) sans la révélation en ${timeout / 1000} s`);
    for (const r of reports) for (const [room, at] of r.arrivals) rooms[room]?.arrivals.push(...at);
    const end = await askStats();
    result.cpuAnswerRevealMs = cpuMs(afterJoin, end);
    result.rssPeakMb = mb(Math.max(afterJoin.peakRss, end.peakRss));
    result.serverOpenFiles = Math.max(afterJoin.peakOpenFiles, end.peakOpenFiles);

    // The figures.
    const latencies = rooms.flatMap((room) => answerLatencies(room.sent, room.counts)).sort((a, b) => a - b);
    result.p50 = quantile(latencies, 0.5);
    result.p95 = quantile(latencies, 0.95);
    const complete = rooms
      .map((room) => (room.counts.find((c) => c.count >= step.phones)?.at ?? Number.NaN) - Math.max(...room.sent))
      .sort((a, b) => a - b);
    result.completeMax = complete.at(-1) ?? Number.NaN;
    result.completeP95 = quantile(complete, 0.95);
    const revealRooms = rooms.map((room) => Math.max(...room.arrivals) - room.revealSentAt).sort((a, b) => a - b);
    result.revealMax = revealRooms.at(-1) ?? Number.NaN;
    result.revealP95Rooms = quantile(revealRooms, 0.95);
    const revealPhones = rooms.flatMap((room) => room.arrivals.map((t) => t - room.revealSentAt)).sort((a, b) => a - b);
    result.revealP95Phones = quantile(revealPhones, 0.95);

    if (options.asks !== undefined) result.asks = await askPhase(options.asks, end);

    /** The questions phase (--asks): ask, publish, vote, each waited for and timed. */
    async function askPhase(percent: number, before: ServerStats): Promise<AskFigures> {
      const every = Math.max(1, Math.round(100 / percent));
      const max = options.limits.asksPerSession ?? HOSTED_LIMITS.asksPerSession;
      /** Waits until every room passes `done`, or the phase's deadline. */
      const until = (done: (room: Room) => boolean, what: string) => {
        const deadline = wall() + timeout;
        return race(
          new Promise<void>((resolve, reject) => {
            const check = () => {
              if (rooms.every(done)) return resolve();
              if (wall() > deadline)
                return reject(
                  new Error(
                    `${rooms.filter((r) => !done(r)).length} présentateur(s) sans ${what} en ${timeout / 1000} s`,
                  ),
                );
              setTimeout(check, 5);
            };
            check();
          }),
        );
      };
      const collect = <T extends FromClient['type']>(type: T, message: ToClient) => {
        const replies = workers.map((w, i) =>
          nextFrom<Extract<FromClient, { type: T }>>(w, type as never, timeout + 5000, `le client ${i + 1}`),
        );
        for (const w of workers) w.send(message);
        return race(Promise.all(replies));
      };

      // Asks: each presenter waits until its list has every question of its room.
      const askSent = new Map<number, number[]>();
      for (const r of await collect('asked', { type: 'ask', every, max }))
        for (const [room, at] of r.sent) askSent.set(room, [...(askSent.get(room) ?? []), ...at]);
      const asked = (i: number) => askSent.get(i)?.length ?? 0;
      await until((room) => (room.askSizes.at(-1)?.n ?? 0) >= asked(rooms.indexOf(room)), 'toutes les questions');
      const askComplete = rooms.map(
        (room, i) => firstReaching(room.askSizes, asked(i)) - Math.max(...(askSent.get(i) ?? [])),
      );

      // Publication: the first questions of each list, then every phone must see them.
      const want = Math.min(BENCH_PUBLISHED, ...rooms.map((_, i) => asked(i)));
      const armed = collect('published', { type: 'publish', want, timeoutMs: timeout });
      const approvedAt = rooms.map((room) => {
        const at = wall();
        for (const a of room.asks.slice(0, want)) room.presenter?.send(presenterSays.approve(a.id));
        return at;
      });
      const published = await armed;
      const missing = published.reduce((n, r) => n + r.missing, 0);
      if (missing > 0) throw new Error(`${missing} téléphone(s) sans les questions publiées en ${timeout / 1000} s`);
      const publishRooms = rooms.map(() => 0);
      const publishPhones: number[] = [];
      for (const r of published)
        for (const [room, at] of r.arrivals)
          for (const t of at) {
            const d = t - (approvedAt[room] ?? Number.NaN);
            publishPhones.push(d);
            publishRooms[room] = Math.max(publishRooms[room] ?? 0, d);
          }
      publishPhones.sort((a, b) => a - b);

      // Votes: each presenter waits until its list counts them all.
      const voteSent = new Map<number, number[]>();
      const votes = new Map<number, number>();
      for (const r of await collect('voted', { type: 'vote' })) {
        for (const [room, at] of r.sent) voteSent.set(room, [...(voteSent.get(room) ?? []), ...at]);
        for (const [room, n] of r.votes) votes.set(room, (votes.get(room) ?? 0) + n);
      }
      await until(
        (room) => (room.voteTotals.at(-1)?.n ?? 0) >= (votes.get(rooms.indexOf(room)) ?? 0),
        'tous les votes',
      );
      const voteComplete = rooms.map(
        (room, i) => firstReaching(room.voteTotals, votes.get(i) ?? 0) - Math.max(...(voteSent.get(i) ?? [0])),
      );
      const after = await askStats();
      result.rssPeakMb = Math.max(result.rssPeakMb, mb(after.peakRss));
      return {
        asked: [...askSent.values()].reduce((n, at) => n + at.length, 0),
        published: want * rooms.length,
        votes: [...votes.values()].reduce((a, b) => a + b, 0),
        askCompleteMax: Math.max(...askComplete),
        publishMax: Math.max(...publishRooms),
        publishP95Phones: quantile(publishPhones, 0.95),
        voteCompleteMax: Math.max(...voteComplete),
        cpuMs: cpuMs(before, after),
      };
    }

    // A clean end: sockets closed, clients and server leave (the server writes its CPU profile).
    closing = true;
    for (const room of rooms) room.presenter?.close();
    const exits = [server, ...workers].map((c) => new Promise((resolve) => c.once('exit', resolve)));
    for (const w of workers) w.send({ type: 'close' } satisfies ToClient);
    server.send('stop');
    // Closing 19,000 sockets and writing a CPU profile take a while on a loaded machine.
    // The wait's timer is cleared once they are gone: left pending, it kept the benchmark alive for
    // the rest of --timeout (30 minutes with --timeout 1800) after the table was written.
    let waited: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(exits), new Promise((resolve) => (waited = setTimeout(resolve, timeout)))]);
    clearTimeout(waited);
  } catch (error) {
    result.error = (error as Error).message;
  } finally {
    closing = true;
    for (const room of rooms) room.presenter?.close();
    // A profiling server gets time to write its profile after SIGTERM.
    await endChildren(options.cpuProf ? 120_000 : 2000);
    closing = false;
    rmSync(dataDir, { recursive: true, force: true });
    result.loadAfter = loadavg();
  }
  return result;
}

let closing = false;

// --- the table ----------------------------------------------------------------------------------

const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');

export function table(rows: StepResult[]): string {
  return [
    '| séances × participants | processus clients | arrivée | réponse → présentateur p50 | p95 | dernière réponse → compte complet (pire séance; p95 des séances) | révélation → tous les téléphones (pire séance; p95 des séances) | RSS serveur (repos → pic) | CPU serveur (entrées; réponses et révélation) | fichiers ouverts (serveur) | charge avant → après (1, 5, 15 min) | première erreur |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
    ...rows
      .map((r) =>
        [
          `${r.rooms} × ${r.phones}`,
          r.workers,
          Number.isFinite(r.arrivalMs)
            ? `${ms(r.arrivalMs)} (${Math.round((r.rooms * r.phones) / (r.arrivalMs / 1000))}/s)`
            : '—',
          ms(r.p50),
          ms(r.p95),
          r.rooms > 1 ? `${ms(r.completeMax)}; ${ms(r.completeP95)}` : ms(r.completeMax),
          r.rooms > 1 ? `${ms(r.revealMax)}; ${ms(r.revealP95Rooms)}` : ms(r.revealMax),
          `${Math.round(r.rssIdleMb)} → ${Math.round(r.rssPeakMb)} Mo`,
          `${ms(r.cpuJoinMs)}; ${ms(r.cpuAnswerRevealMs)}`,
          `${Number.isFinite(r.serverOpenFiles) ? r.serverOpenFiles : '—'} / ${r.serverFileLimit}`,
          `${load(r.loadBefore)} → ${load(r.loadAfter)}`,
          r.error ? r.error.replace(/\|/g, '\\|') : 'aucune',
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
  ].join('\n');
}

/** The questions phase of each step (--asks), as a second table. */
export function asksTable(rows: StepResult[]): string {
  return [
    '| séances × participants | questions posées | publiées | votes | dernière question → liste complète chez le présentateur (pire séance) | publication → tous les téléphones (pire séance; p95 des téléphones) | dernier vote → votes comptés chez le présentateur (pire séance) | CPU serveur (questions, publication, votes) | RSS serveur (pic) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.flatMap((r) =>
      r.asks
        ? [
            `| ${r.rooms} × ${r.phones} | ${r.asks.asked} | ${r.asks.published} | ${r.asks.votes} | ${ms(r.asks.askCompleteMax)} | ${ms(r.asks.publishMax)}; ${ms(r.asks.publishP95Phones)} | ${ms(r.asks.voteCompleteMax)} | ${ms(r.asks.cpuMs)} | ${Math.round(r.rssPeakMb)} Mo |`,
          ]
        : [],
    ),
  ].join('\n');
}

// --- main -----------------------------------------------------------------------------------

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof BenchUsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  // Node's WebSocket client does not keep the process alive by itself while it awaits the server.
  const keepAlive = setInterval(() => undefined, 1000);
  const machine = `${cpus().length} cœurs (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} Gio, Node ${process.versions.node}`;
  console.log(`Machine : ${machine}`);
  const rows: StepResult[] = [];
  for (const step of options.steps) {
    console.log(`\n${step.rooms} séance(s) × ${step.phones} participants, charge ${load(loadavg())}…`);
    const r = await runStep(step, options);
    rows.push(r);
    console.log(
      r.error
        ? `  échec : ${r.error}`
        : `  arrivée ${ms(r.arrivalMs)}, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, complet ${ms(r.completeMax)}, révélation ${ms(r.revealMax)}, RSS ${Math.round(r.rssPeakMb)} Mo, ${r.workers} processus clients`,
    );
    if (r.asks)
      console.log(
        `  questions : ${r.asks.asked} posées, liste complète ${ms(r.asks.askCompleteMax)}, publication ${ms(r.asks.publishMax)}, ${r.asks.votes} votes comptés ${ms(r.asks.voteCompleteMax)}`,
      );
    if (r.error) break;
  }
  const asked = rows.some((r) => r.asks)
    ? `\nQuestions de la salle (--asks ${options.asks}) :\n\n${asksTable(rows)}\n`
    : '';
  const text = `Machine : ${machine}.\n\n${table(rows)}\n${asked}`;
  console.log(`\n${text}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench-salle.md', text);
  if (options.json) writeFileSync(options.json, `${JSON.stringify({ machine, rows }, null, 2)}\n`);
  clearInterval(keepAlive);
  return rows.some((r) => r.error) ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void endChildren(500).then(() => process.exit(130));
  });
process.once('uncaughtException', (error) => {
  console.error(error);
  void endChildren(500).then(() => process.exit(1));
});

if (process.argv[1] === import.meta.filename) process.exitCode = await main();
