/**
 * node scripts/bench-salle-hub.ts [N] [--root DIR] — the room hub alone (src/server/room-hub.ts and
 * its SQLite store), without sockets: N phones join one session, all answer (in turns of 200
 * messages, as a socket server hands them over), then the presenter reveals. Prints one JSON line:
 * the hub's CPU and wall time for the answers (until every answer is acknowledged and the
 * presenter's count is complete) and for the reveal.
 *
 * What it is for: `npm run bench:salle` measures the whole server with its client processes on the
 * same two cores, and its figures swing by a third from one run to the next on a shared machine.
 * This measures only the code a change to the hub or the store can slow down, so two checkouts can
 * be compared run for run: `--root` loads the hub of another checkout (e.g. a `git worktree` of the
 * commit before), and alternating the two a few times gives paired ratios (docs/performance.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as HubModule from '../src/server/room-hub.ts';
import type { HubClient, HubOptions } from '../src/server/room-hub-context.ts';
import type * as LimitsModule from '../src/server/room-limits.ts';
import type { RoomLimits } from '../src/server/room-limits.ts';
import type * as StoreModule from '../src/server/room-store.ts';

const TOKEN = 'jeton-du-banc-0123456789';
const TURN = 200;

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = resolve(rootAt >= 0 ? (args[rootAt + 1] ?? '.') : '.');
const phones = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--root') ?? 10_000);

const load = (path: string) => import(pathToFileURL(join(root, path)).href);
const { RoomHub } = (await load('src/server/room-hub.ts')) as typeof HubModule;
const { RoomStore } = (await load('src/server/room-store.ts')) as typeof StoreModule;
const { withLimits } = (await load('src/server/room-limits.ts')) as typeof LimitsModule;

const dir = mkdtempSync(join(tmpdir(), 'bench-salle-hub-'));
const limits: RoomLimits = withLimits({
  rate: { burst: 100, perSecond: 100 },
  participantsPerSession: phones + 1,
  answersPerSession: phones * 2,
  maxConnections: phones + 10,
});
const store = new RoomStore(dir, { limits });
const options: HubOptions = {
  store,
  limits,
  presenterToken: TOKEN,
  now: Date.now,
  clock: () => performance.now(),
  countDelayMs: 50,
  sessions: [],
};
const hub = new RoomHub(options);

let code = '';
let acknowledged = 0;
let counted = 0;
let revealed = 0;
const presenter: HubClient = {
  address: '198.51.100.1',
  send: (text) => {
    const m = JSON.parse(text) as { type: string; code?: string; count?: number };
    if (m.type === 'welcome' && m.code) code = m.code;
    if (m.type === 'count') counted = m.count ?? 0;
  },
  close: () => undefined,
};
const phone = (i: number): HubClient => ({
  address: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
  send: (text) => {
    if (text.startsWith('{"type":"answered"')) acknowledged++;
    else if (text.includes('"status":"revealed"')) revealed++;
  },
  close: () => undefined,
});
const say = (client: HubClient, message: unknown) => hub.receive(client, JSON.stringify(message));
const turn = () => new Promise((r) => setImmediate(r));
const until = async (done: () => boolean) => {
  while (!done()) await new Promise((r) => setTimeout(r, 1));
};

try {
  // receive() resolves once handled (it returned nothing before the store became asynchronous:
  // awaiting that is harmless, so --root may name a checkout from before).
  await say(presenter, { type: 'create', deck: 'tout', token: TOKEN });
  const question = { id: 'q1', kind: 'single', prompt: 'Laquelle?', options: ['a', 'b', 'c', 'd'], correct: [1] };
  await say(presenter, { type: 'open', question });
  const room = Array.from({ length: phones }, (_, i) => phone(i));
  room.forEach((p, i) => say(p, { type: 'join', code, participant: `participant-${String(i).padStart(6, '0')}` }));
  await new Promise((r) => setTimeout(r, 200));

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < phones; i += TURN) {
    for (let j = i; j < Math.min(phones, i + TURN); j++)
      say(room[j]!, { type: 'answer', question: 'q1', value: [j % 4], id: `a${j}` });
    await turn();
  }
  await until(() => acknowledged >= phones && counted >= phones);
  const answersCpu = process.cpuUsage(cpu0);
  const t1 = performance.now();
  say(presenter, { type: 'reveal', question: 'q1' });
  await until(() => revealed >= phones);
  const revealCpu = process.cpuUsage(cpu0);
  const t2 = performance.now();
  const ms = (c: NodeJS.CpuUsage) => Math.round((c.user + c.system) / 1000);
  console.log(
    JSON.stringify({
      root,
      phones,
      answersMs: Math.round(t1 - t0),
      answersCpuMs: ms(answersCpu),
      revealMs: Math.round(t2 - t1),
      revealCpuMs: ms(revealCpu) - ms(answersCpu),
    }),
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
