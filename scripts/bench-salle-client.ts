/**
 * A client process of `npm run bench:salle`: plays the phones of its segments (Node's built-in
 * WebSocket client, one open file each), told what to do by the benchmark over IPC:
 *
 * - `join`: opens and joins its phones at the rate given (with at most `inFlight` joins under way),
 *   then answers `joined` (or `error`);
 * - `answer`: every phone answers at once; answers `sent` with when each answer left, by room;
 * - `reveal`: waits until every phone has the revealed results; answers `revealed` with when
 *   each arrived, by room;
 * - `ask` (--asks): every `every`-th phone of a room (at most `max` per room) sends a question from
 *   the room; answers `asked` with when each left, by room;
 * - `publish`: waits until every phone sees `want` published questions; answers `published` with
 *   when each phone saw them, by room;
 * - `vote`: every phone votes for each published question it did not write; answers `voted` with
 *   when the votes left and how many, by room;
 * - `close`: closes its sockets and exits.
 *
 * The first error (refused connection, error message from the server, socket closed by the server)
 * is sent at once as `error`. Times are wall-clock milliseconds (performance.timeOrigin + now), the
 * same clock in every process of the machine. The process exits by itself when the benchmark goes.
 */
import type { Segment } from './bench-salle-plan.ts';
import { phoneSays, readServer, type BenchAsk } from './bench-salle-protocol.ts';

/** What the benchmark tells a client process. */
export type ToClient =
  | {
      type: 'join';
      url: string;
      segments: Segment[];
      codes: string[];
      rate: number;
      inFlight: number;
      timeoutMs: number;
    }
  | { type: 'answer' }
  | { type: 'reveal'; timeoutMs: number }
  | { type: 'ask'; every: number; max: number }
  | { type: 'publish'; want: number; timeoutMs: number }
  | { type: 'vote' }
  | { type: 'close' };

/** What a client process tells the benchmark. */
export type FromClient =
  | { type: 'ready'; pid: number }
  | { type: 'joined'; phones: number; firstAt: number; lastAt: number }
  | { type: 'sent'; sent: Array<[room: number, at: number[]]> }
  | { type: 'revealed'; arrivals: Array<[room: number, at: number[]]>; missing: number }
  | { type: 'asked'; sent: Array<[room: number, at: number[]]> }
  | { type: 'published'; arrivals: Array<[room: number, at: number[]]>; missing: number }
  | { type: 'voted'; sent: Array<[room: number, at: number[]]>; votes: Array<[room: number, count: number]> }
  | { type: 'error'; message: string };

const wall = () => performance.timeOrigin + performance.now();

interface Phone {
  room: number;
  index: number;
  ws?: WebSocket;
  joined: boolean;
  revealedAt?: number;
  /** Questions from the room: the last list this phone got, and its own ids. */
  asks: BenchAsk[];
  mine: string[];
  publishedAt?: number;
}

/** Published questions a phone must see before `publish` counts it (0: not waiting). */
let wantPublished = 0;
const publishedIn = (phone: Phone) => phone.asks.filter((a) => a.status === 'approved').length;

const say = (m: FromClient) => process.send?.(m);

let firstError = false;
function fail(message: string) {
  if (firstError) return;
  firstError = true;
  say({ type: 'error', message });
}

const phones: Phone[] = [];
let closing = false;

function connect(url: string, code: string, phone: Phone, onJoined: () => void) {
  const ws = new WebSocket(url);
  phone.ws = ws;
  ws.addEventListener('open', () => ws.send(phoneSays.join(code, phone.room, phone.index)));
  ws.addEventListener('message', (e) => {
    const event = readServer(String(e.data));
    if (event.kind === 'error') fail(`téléphone ${phone.index} (séance ${code}) : ${event.error} — ${event.message}`);
    else if ((event.kind === 'open' || event.kind === 'joined') && !phone.joined) {
      phone.joined = true;
      onJoined();
    } else if (event.kind === 'revealed' && phone.revealedAt === undefined) phone.revealedAt = wall();
    else if (event.kind === 'asks') {
      phone.asks = event.asks;
      phone.mine = event.mine;
      if (wantPublished > 0 && phone.publishedAt === undefined && publishedIn(phone) >= wantPublished)
        phone.publishedAt = wall();
    }
  });
  // The error event of Node's client says nothing of the cause: the close that follows has the code.
  let failed = false;
  const opened = wall();
  ws.addEventListener('error', () => (failed = true));
  ws.addEventListener('close', (e) => {
    if (closing) return;
    const after = `${Math.round(wall() - opened)} ms après l’ouverture, ${phone.joined ? 'entré' : 'pas encore entré'}`;
    fail(
      failed
        ? `téléphone ${phone.index} (séance ${code}) : connexion refusée ou perdue (${e.code}${e.reason ? ` ${e.reason}` : ''}, ${after})`
        : `téléphone ${phone.index} (séance ${code}) : connexion fermée par le serveur (${e.code} ${e.reason}, ${after})`,
    );
  });
}

function join(m: Extract<ToClient, { type: 'join' }>) {
  for (const s of m.segments)
    for (let i = s.from; i < s.from + s.count; i++)
      phones.push({ room: s.room, index: i, joined: false, asks: [], mine: [] });
  let started = 0;
  let joined = 0;
  let firstAt = 0;
  const t0 = wall();
  const timeout = setTimeout(
    () => fail(`${joined} téléphones sur ${phones.length} entrés en ${m.timeoutMs / 1000} s`),
    m.timeoutMs,
  );
  const onJoined = () => {
    joined++;
    if (joined === phones.length) {
      clearTimeout(timeout);
      say({ type: 'joined', phones: joined, firstAt, lastAt: wall() });
    }
  };
  // A controlled rate: every 10 ms, the joins the rate allows since the last tick (no catch-up
  // burst of more than 100 ms worth), never more than `inFlight` handshakes waiting at once.
  let tokens = 1;
  let last = t0;
  const tick = () => {
    const now = wall();
    tokens = Math.min(Math.max(1, m.rate / 10), tokens + ((now - last) / 1000) * m.rate);
    last = now;
    for (; tokens >= 1 && started < phones.length && started - joined < m.inFlight; started++, tokens--) {
      const phone = phones[started];
      if (!phone) break;
      if (started === 0) firstAt = wall();
      connect(m.url, m.codes[phone.room] ?? '', phone, onJoined);
    }
    if (started < phones.length && !firstError) setTimeout(tick, 10);
  };
  tick();
}

function answer() {
  const sent = new Map<number, number[]>();
  for (const phone of phones) {
    let list = sent.get(phone.room);
    if (!list) sent.set(phone.room, (list = []));
    list.push(wall());
    phone.ws?.send(phoneSays.answer(phone.index));
  }
  say({ type: 'sent', sent: [...sent] });
}

/** Groups times by room, for the benchmark's per-room figures. */
function byRoom(entries: Array<[room: number, at: number]>): Array<[room: number, at: number[]]> {
  const out = new Map<number, number[]>();
  for (const [room, at] of entries) {
    let list = out.get(room);
    if (!list) out.set(room, (list = []));
    list.push(at);
  }
  return [...out];
}

function ask(every: number, max: number) {
  const sent: Array<[number, number]> = [];
  for (const phone of phones) {
    if (phone.index % every !== 0 || phone.index / every >= max) continue;
    sent.push([phone.room, wall()]);
    phone.ws?.send(phoneSays.ask(phone.room, phone.index));
  }
  say({ type: 'asked', sent: byRoom(sent) });
}

function publish(want: number, timeoutMs: number) {
  wantPublished = want;
  // A phone that already has them (the list came before this message) counts from now.
  for (const phone of phones)
    if (phone.publishedAt === undefined && publishedIn(phone) >= want) phone.publishedAt = wall();
  const deadline = wall() + timeoutMs;
  const check = () => {
    const missing = phones.filter((p) => p.publishedAt === undefined).length;
    if (missing > 0 && wall() < deadline) return void setTimeout(check, 10);
    const arrivals = phones.flatMap((p): Array<[number, number]> =>
      p.publishedAt === undefined ? [] : [[p.room, p.publishedAt]],
    );
    say({ type: 'published', arrivals: byRoom(arrivals), missing });
  };
  check();
}

function vote() {
  const sent: Array<[number, number]> = [];
  const votes = new Map<number, number>();
  for (const phone of phones) {
    for (const a of phone.asks) {
      if (a.status !== 'approved' || phone.mine.includes(a.id)) continue;
      phone.ws?.send(phoneSays.vote(a.id));
      sent.push([phone.room, wall()]);
      votes.set(phone.room, (votes.get(phone.room) ?? 0) + 1);
    }
  }
  say({ type: 'voted', sent: byRoom(sent), votes: [...votes] });
}

function reveal(timeoutMs: number) {
  const deadline = wall() + timeoutMs;
  const check = () => {
    const missing = phones.filter((p) => p.revealedAt === undefined).length;
    if (missing > 0 && wall() < deadline) return void setTimeout(check, 10);
    const arrivals = new Map<number, number[]>();
    for (const phone of phones) {
      if (phone.revealedAt === undefined) continue;
      let list = arrivals.get(phone.room);
      if (!list) arrivals.set(phone.room, (list = []));
      list.push(phone.revealedAt);
    }
    say({ type: 'revealed', arrivals: [...arrivals], missing });
  };
  check();
}

if (process.argv[1] === import.meta.filename) {
  // The benchmark went away (even killed): so does this process, and its sockets with it.
  process.on('disconnect', () => process.exit(1));
  // Killed before this line ran: the channel is already gone, and no event will say so.
  if (!process.connected) process.exit(1);
  process.on('message', (m: ToClient) => {
    if (m.type === 'join') join(m);
    else if (m.type === 'answer') answer();
    else if (m.type === 'reveal') reveal(m.timeoutMs);
    else if (m.type === 'ask') ask(m.every, m.max);
    else if (m.type === 'publish') publish(m.want, m.timeoutMs);
    else if (m.type === 'vote') vote();
    else if (m.type === 'close') {
      closing = true;
      for (const phone of phones) phone.ws?.close();
      process.exit(0);
    }
  });
  say({ type: 'ready', pid: process.pid });
}
