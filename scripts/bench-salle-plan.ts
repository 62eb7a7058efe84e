/**
 * The pure part of `npm run bench:salle`: reading its arguments, spreading phones over client
 * processes (each under the open-file limit), checking the server's descriptor budget, and the
 * figures of a step (quantiles, per-room latencies). No sockets and no processes here, so the
 * unit tests cover it all (tests/unit/scripts/bench-salle.test.ts).
 */

/** One step of the benchmark: `rooms` sessions of `phones` participants each, all at once. */
export interface BenchStep {
  rooms: number;
  phones: number;
}

/** What the command line asks for. */
export interface BenchOptions {
  steps: BenchStep[];
  /** Client processes; when undefined, as many as `phonesPerWorker` requires. */
  workers: number | undefined;
  /** Most phones one client process holds (each is one open file). */
  phonesPerWorker: number;
  /** Joins per second, all client processes together. */
  rate: number;
  /** Joins under way at once (connected, not yet in the room), all client processes together. */
  inFlight: number;
  /** Longest wait for any one phase (join, answers, reveal) before the step fails, in ms. */
  phaseTimeoutMs: number;
  /** Server limits replaced for this run (for tests of the harness: `--limit maxSessions=2`). */
  limits: Record<string, number>;
  /** Where to write the figures as JSON (the table always goes to test-results/bench-salle.md). */
  json: string | undefined;
  /** Write the server's CPU profile (node --cpu-prof) into this folder. */
  cpuProf: string | undefined;
  /** Questions from the room: the percentage of phones that ask one (then all vote); none when undefined. */
  asks: number | undefined;
}

/** Questions from the room the presenter of each session publishes in the --asks phase (within its burst of messages). */
export const BENCH_PUBLISHED = 5;

/** A bad command line: the message says what to type instead. */
export class BenchUsageError extends Error {}

export const USAGE = `Usage : npm run bench:salle -- [N ...] [--rooms RxP ...] [options]
  N                 une séance de N participants (ex. 19000)
  --rooms 1000x20   1 000 séances de 20 participants en même temps, chacune avec sa vue présentateur
  --workers K       nombre de processus clients (sinon : un par tranche de --per-worker)
  --per-worker M    téléphones par processus client au plus (défaut 4000)
  --rate R          entrées par seconde, tous processus confondus (défaut 1000)
  --in-flight F     entrées en cours à la fois au plus, tous processus confondus (défaut 100)
  --timeout S       attente maximale d’une phase, en secondes (défaut 120)
  --limit nom=val   remplace une limite du serveur (ex. maxSessions=2)
  --json FICHIER    écrit aussi les chiffres en JSON
  --cpu-prof DOSSIER  profil CPU du serveur (node --cpu-prof)
  --asks P          questions de la salle : P % des téléphones en posent une, la vue présentateur
                    en publie 5, puis chaque téléphone vote pour celles qu’il n’a pas écrites`;

const positive = (flag: string, value: string | undefined): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new BenchUsageError(`${flag} attend un entier positif, reçu « ${value ?? ''} ».`);
  return n;
};

/** Reads the command line (without `node` and the script). Without steps: 100, 500 and 1,000. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    steps: [],
    workers: undefined,
    phonesPerWorker: 4000,
    rate: 1000,
    inFlight: 100,
    phaseTimeoutMs: 120_000,
    limits: {},
    json: undefined,
    cpuProf: undefined,
    asks: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new BenchUsageError(`${arg} attend une valeur.`);
      return v;
    };
    if (/^\d+$/.test(arg)) options.steps.push({ rooms: 1, phones: positive('N', arg) });
    else if (arg === '--rooms') {
      const v = value();
      const m = /^(\d+)x(\d+)$/.exec(v);
      if (!m) throw new BenchUsageError(`--rooms attend SÉANCESxPARTICIPANTS (ex. 1000x20), reçu « ${v} ».`);
      options.steps.push({ rooms: positive('--rooms', m[1]), phones: positive('--rooms', m[2]) });
    } else if (arg === '--workers') options.workers = positive(arg, value());
    else if (arg === '--per-worker') options.phonesPerWorker = positive(arg, value());
    else if (arg === '--rate') options.rate = positive(arg, value());
    else if (arg === '--in-flight') options.inFlight = positive(arg, value());
    else if (arg === '--timeout') options.phaseTimeoutMs = positive(arg, value()) * 1000;
    else if (arg === '--json') options.json = value();
    else if (arg === '--cpu-prof') options.cpuProf = value();
    else if (arg === '--asks') {
      options.asks = positive(arg, value());
      if (options.asks > 100)
        throw new BenchUsageError(`--asks attend un pourcentage de 1 à 100, reçu « ${options.asks} ».`);
    } else if (arg === '--limit') {
      const v = value();
      const m = /^([A-Za-z]+)=(\d+)$/.exec(v);
      if (!m?.[1]) throw new BenchUsageError(`--limit attend nom=valeur (ex. maxSessions=2), reçu « ${v} ».`);
      options.limits[m[1]] = Number(m[2]);
    } else throw new BenchUsageError(`Argument inconnu : « ${arg} ».\n${USAGE}`);
  }
  if (options.steps.length === 0) options.steps = [100, 500, 1000].map((phones) => ({ rooms: 1, phones }));
  return options;
}

/** A run of phones of one room given to one client process: participants `from` … `from + count - 1`. */
export interface Segment {
  room: number;
  from: number;
  count: number;
}

/** How many client processes a step needs: `workers` when given, else one per `perWorker` phones. */
export function workerCount(step: BenchStep, perWorker: number, workers?: number): number {
  const total = step.rooms * step.phones;
  return Math.max(1, Math.min(total, workers ?? Math.ceil(total / perWorker)));
}

/**
 * Spreads every phone of a step over `workers` processes, as evenly as possible (sizes differ by
 * one at most), in room order: a room's phones stay together unless a cut falls inside it.
 */
export function spreadPhones(step: BenchStep, workers: number): Segment[][] {
  const total = step.rooms * step.phones;
  const plan: Segment[][] = Array.from({ length: workers }, () => []);
  let room = 0;
  let from = 0;
  for (let w = 0; w < workers; w++) {
    let left = Math.floor(total / workers) + (w < total % workers ? 1 : 0);
    while (left > 0) {
      const count = Math.min(left, step.phones - from);
      plan[w]?.push({ room, from, count });
      left -= count;
      from += count;
      if (from === step.phones) {
        room++;
        from = 0;
      }
    }
  }
  return plan;
}

/**
 * Whether the server process can hold a step: every phone and presenter is one socket, plus the
 * files the server already has open. Returns the French reason when it cannot.
 */
export function descriptorProblem(step: BenchStep, serverLimit: number, serverOpen: number): string | undefined {
  const sockets = step.rooms * (step.phones + 1);
  if (sockets + serverOpen <= serverLimit) return undefined;
  return (
    `${step.rooms} séance(s) de ${step.phones} : ${sockets} connexions (téléphones et vues présentateur) ` +
    `plus ${serverOpen} fichiers déjà ouverts par le serveur dépassent les ${serverLimit} fichiers ouverts ` +
    `qu’un processus peut avoir ici (ulimit -n). Choisir moins de participants, ou lancer le serveur ` +
    `sur une machine où cette limite est plus haute.`
  );
}

/** The q-quantile of sorted numbers (nearest rank); NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * Latency of each answer of one room, from when it was sent to the first count the presenter
 * received that includes it. Answers are counted in the order they arrive, so the k-th answer sent
 * (by time) is in once a count reaches k. NaN for an answer no count ever included.
 */
export function answerLatencies(
  sentAt: readonly number[],
  counts: ReadonlyArray<{ at: number; count: number }>,
): number[] {
  const sent = [...sentAt].sort((a, b) => a - b);
  const byTime = [...counts].sort((a, b) => a.at - b.at);
  const out: number[] = [];
  let c = 0;
  let best = 0;
  for (let k = 0; k < sent.length; k++) {
    // Counts only go up within a poll; take the first that reaches k + 1.
    while (c < byTime.length && best < k + 1) best = Math.max(best, byTime[c++]?.count ?? 0);
    const reached = best >= k + 1 ? (byTime[c - 1]?.at ?? Number.NaN) : Number.NaN;
    out.push(reached - (sent[k] ?? Number.NaN));
  }
  return out;
}

/**
 * When a list first reached `want` items (or votes), from the successive sizes the presenter saw;
 * NaN when it never did.
 */
export function firstReaching(history: ReadonlyArray<{ at: number; n: number }>, want: number): number {
  return history.find((h) => h.n >= want)?.at ?? Number.NaN;
}

/** Milliseconds, rounded, for the table (« — » when unknown). */
export const ms = (x: number): string => (Number.isFinite(x) ? `${Math.round(x)} ms` : '—');
