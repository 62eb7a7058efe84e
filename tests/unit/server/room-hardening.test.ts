// The room server against hostile clients and damaged data folders (issue #24), on loopback: each
// test starts its server on a free port with its own data folder and stops it.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRoomServer, type RunningRoomServer } from '../../../src/server/room-server';
import { LAYOUT_VERSION } from '../../../src/server/room-store-file';
import type { RoomQuestion } from '../../../src/lib/room/room-messages';
import { roomClient } from '../../support/room-ws';

const TOKEN = 'jeton-de-test-0123456789';
const question: RoomQuestion = {
  id: 'q1',
  kind: 'single',
  prompt: 'Par quoi commencer?',
  options: ['La plateforme', 'Une stratégie', 'Publier'],
  correct: [1],
};
const fast = { burst: 1_000_000, perSecond: 1_000_000 };

let root: string;
let dist: string;
let dataDir: string;
let servers: RunningRoomServer[] = [];
let wall = Date.now();
let mono = 0;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'salle-durci-'));
  dist = join(root, 'dist');
  dataDir = join(root, 'data');
  mkdirSync(dist, { recursive: true });
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc'"><title>Accueil</title></head><body>ok</body></html>`,
  );
  writeFileSync(join(dist, 'style.css'), 'body{}');
  wall = Date.now();
  mono = 0;
});
afterEach(async () => {
  for (const s of servers) await s.close();
  servers = [];
  rmSync(root, { recursive: true, force: true });
});

async function start(options: Partial<Parameters<typeof startRoomServer>[0]> = {}) {
  const server = await startRoomServer({
    dist,
    dataDir,
    now: () => wall,
    clock: () => mono,
    countDelayMs: 10,
    presenterToken: TOKEN,
    ...options,
  });
  servers.push(server);
  return server;
}
async function stop(server: RunningRoomServer) {
  await server.close();
  servers = servers.filter((s) => s !== server);
}

async function session(server: RunningRoomServer) {
  const presenter = await roomClient(server.url);
  presenter.send({ type: 'create', deck: 'tout', token: TOKEN });
  const welcome = await presenter.nextOf('welcome');
  presenter.send({ type: 'open', question });
  await presenter.nextOf('state', (m) => m.status === 'open');
  return { presenter, code: welcome.code };
}

describe('presenter identity and origin', () => {
  it('lets only a client with the presenter token create a session', async () => {
    const server = await start();
    const stranger = await roomClient(server.url);
    stranger.send({ type: 'create', deck: 'tout' });
    expect(await stranger.next()).toMatchObject({ type: 'error', error: 'presenter-token' });
    stranger.send({ type: 'create', deck: 'tout', token: 'un-autre-jeton-0123456789' });
    expect(await stranger.next()).toMatchObject({ type: 'error', error: 'presenter-token' });
    expect(server.hub.sessions.size).toBe(0);
    expect(server.presenterUrl).toContain(`diapos/presentateur/?jeton=${TOKEN}`);
    const presenter = await roomClient(server.url);
    presenter.send({ type: 'create', deck: 'tout', token: TOKEN });
    expect(await presenter.next()).toMatchObject({ type: 'welcome', role: 'presenter' });
  });

  it('refuses a WebSocket opened by a page of another site, with a clear close reason', async () => {
    const server = await start({ publicUrl: 'https://salle.example.org/' });
    const foreign = await roomClient(server.url, { origin: 'https://malveillant.example' });
    foreign.send({ type: 'watch', code: 'ABCD' });
    await expect.poll(() => foreign.closed()?.code, { timeout: 3000 }).toBe(1008);
    expect(foreign.closed()?.reason).toMatch(/Origine refusée/);
    for (const origin of [server.url.replace(/\/$/, ''), 'https://salle.example.org']) {
      const own = await roomClient(server.url, { origin });
      own.send({ type: 'watch', code: 'ABCD' });
      expect(await own.next(), origin).toMatchObject({ type: 'error', error: 'unknown-session' });
    }
  });
});

describe('limits per session and per address', () => {
  it('caps questions, participants and sessions while a client floods them, under a memory bound', async () => {
    const server = await start({
      rate: fast,
      limits: { questionsPerSession: 50, participantsPerSession: 20, sessionsPerAddress: 3 },
    });
    const { presenter, code } = await session(server);
    const before = process.memoryUsage().heapUsed;
    const long = 'x'.repeat(290);
    for (let i = 0; i < 2000; i++)
      presenter.send({
        type: 'open',
        question: { ...question, id: `flood-${i}`, prompt: long, options: [long, long, long] },
      });
    // Each open gets one reply (the new state, or the refusal), in order.
    const replies: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const m = await presenter.next();
      replies.push(m.type === 'error' ? m.error : m.type);
    }
    expect(new Set(replies)).toEqual(new Set(['state', 'session-full']));
    expect(replies.filter((r) => r === 'state')).toHaveLength(49);
    expect(replies.filter((r) => r === 'session-full')).toHaveLength(1951);
    const live = server.hub.sessions.get(code);
    expect(live?.questions.size).toBe(50);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);

    const phone = await roomClient(server.url);
    const refused: string[] = [];
    for (let i = 0; i < 30; i++) {
      phone.send({ type: 'join', code, participant: `telephone-${i}` });
      const m = await phone.next();
      if (m.type === 'error') refused.push(m.error);
      else await phone.nextOf('state');
    }
    expect(refused).toEqual(Array(10).fill('session-full'));

    for (let i = 0; i < 2; i++) {
      presenter.send({ type: 'create', deck: 'tout', token: TOKEN });
      await presenter.nextOf('welcome');
    }
    presenter.send({ type: 'create', deck: 'tout', token: TOKEN });
    expect(await presenter.nextOf('error')).toMatchObject({ error: 'too-many-sessions' });
    expect(server.hub.sessions.size).toBe(3);
  });

  it('cuts off code enumeration from one address long before 1 % of the codes, on any connection', async () => {
    const server = await start({ rate: fast });
    const { code } = await session(server);
    const scanner = await roomClient(server.url);
    const errors: string[] = [];
    for (let i = 0; i < 40; i++) {
      scanner.send({ type: 'watch', code: `ZZZ${'ABCDEFGHJKMNPQRSTUVWXYZ'[i % 23]}` });
      errors.push(((await scanner.next()) as { error: string }).error);
    }
    expect(errors.filter((e) => e === 'unknown-session').length).toBe(10);
    expect(errors.slice(10).every((e) => e === 'too-many-attempts')).toBe(true);
    // A fresh connection from the same address, with the right code, is still refused for now.
    const again = await roomClient(server.url);
    again.send({ type: 'join', code, participant: 'telephone-01' });
    expect(await again.next()).toMatchObject({ error: 'too-many-attempts' });
    // A minute later (monotonic clock), ten more tries.
    mono += 60_000;
    again.send({ type: 'join', code, participant: 'telephone-01' });
    expect(await again.next()).toMatchObject({ type: 'welcome' });
  });

  it('closes sockets that never join, and keeps the ones that do', async () => {
    const server = await start({ limits: { joinDeadlineMs: 200 } });
    const { code } = await session(server);
    const idle = await roomClient(server.url);
    const phone = await roomClient(server.url);
    phone.send({ type: 'join', code, participant: 'telephone-02' });
    await phone.nextOf('welcome');
    await expect.poll(() => idle.closed()?.code, { timeout: 3000 }).toBe(1008);
    expect(idle.closed()?.reason).toMatch(/aucune séance/);
    expect(phone.closed()).toBeUndefined();
  });

  it('refuses connections beyond the per-address bound', async () => {
    const server = await start({ limits: { connectionsPerAddress: 3 } });
    const open = [await roomClient(server.url), await roomClient(server.url), await roomClient(server.url)];
    const extra = await roomClient(server.url);
    await expect.poll(() => extra.closed()?.code, { timeout: 3000 }).toBe(1013);
    open[0]?.close();
    await expect.poll(() => open[0]?.closed()?.code, { timeout: 3000 }).toBeDefined();
    const later = await roomClient(server.url);
    later.send({ type: 'watch', code: 'ABCD' });
    expect(await later.next()).toMatchObject({ error: 'unknown-session' });
  });

  it('rate-limits on a monotonic clock: moving the system clock back an hour blocks nobody', async () => {
    const server = await start({ rate: { burst: 3, perSecond: 1 } });
    const phone = await roomClient(server.url);
    phone.send({ type: 'watch', code: 'ABCD' });
    await phone.next();
    wall -= 60 * 60 * 1000;
    mono += 5_000;
    for (let i = 0; i < 3; i++) {
      phone.send({ type: 'answer', question: 'q1', value: [0] });
      expect(await phone.next()).toMatchObject({ error: 'not-joined' });
    }
  });
});

/** A data folder with a session, a question and `n` answers, written by a server that then stops. */
async function folderWithAnswers(n: number) {
  const server = await start({ rate: fast });
  const { code } = await session(server);
  const phone = await roomClient(server.url);
  for (let i = 0; i < n; i++) {
    phone.send({ type: 'join', code, participant: `telephone-${String(i).padStart(4, '0')}` });
    phone.send({ type: 'answer', question: 'q1', value: [i % 3] });
  }
  let acknowledged = 0;
  while (acknowledged < n) if ((await phone.next()).type === 'answered') acknowledged++;
  await stop(server);
  return code;
}

describe('faults of the data folder, by kind', () => {
  it('sets aside a file damaged in its middle (integrity check) and starts', async () => {
    await folderWithAnswers(400);
    const file = join(dataDir, 'salle.sqlite');
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(8 * 4096);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(size / 4096 / 2) * 4096);
    closeSync(fd);
    const server = await start();
    expect(server.store.setAside).toMatch(/salle\.sqlite\.illisible-\d+$/);
    expect(existsSync(server.store.setAside ?? '')).toBe(true);
    const presenter = await roomClient(server.url);
    presenter.send({ type: 'create', deck: 'tout', token: TOKEN });
    expect(await presenter.next()).toMatchObject({ type: 'welcome' });
  });

  it('migrates the older table layout and keeps its answers', async () => {
    mkdirSync(dataDir, { recursive: true });
    const old = new DatabaseSync(join(dataDir, 'salle.sqlite'));
    old.exec(`
      CREATE TABLE sessions (code TEXT PRIMARY KEY, secret TEXT NOT NULL, deck TEXT NOT NULL, created INTEGER NOT NULL, current TEXT);
      CREATE TABLE questions (code TEXT NOT NULL, id TEXT NOT NULL, definition TEXT NOT NULL, status TEXT NOT NULL, PRIMARY KEY (code, id));
      CREATE TABLE answers (code TEXT NOT NULL, question TEXT NOT NULL, participant TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (code, question, participant));`);
    old
      .prepare('INSERT INTO sessions VALUES (?, ?, ?, ?, ?)')
      .run('ABCD', 'secret-secret-secret', 'tout', wall - 1000, 'q1');
    old.prepare('INSERT INTO questions VALUES (?, ?, ?, ?)').run('ABCD', 'q1', JSON.stringify(question), 'open');
    for (const id of ['telephone-a', 'telephone-b'])
      old.prepare('INSERT INTO answers VALUES (?, ?, ?, ?)').run('ABCD', 'q1', id, '[1]');
    old.close();
    const server = await start();
    expect(server.store.migratedFrom).toBe(0);
    const phone = await roomClient(server.url);
    phone.send({ type: 'join', code: 'ABCD', participant: 'telephone-a' });
    await phone.nextOf('welcome');
    expect(await phone.nextOf('state')).toMatchObject({ count: 2, yours: [1] });
    const presenter = await roomClient(server.url);
    presenter.send({ type: 'create', deck: 'tout', token: TOKEN });
    expect(await presenter.nextOf('welcome')).toMatchObject({ role: 'presenter' });
  });

  it('migrates the layout before votes (version 2): adds the decision column, keeps sessions and answers', async () => {
    mkdirSync(dataDir, { recursive: true });
    const old = new DatabaseSync(join(dataDir, 'salle.sqlite'));
    old.exec(`
      CREATE TABLE sessions (code TEXT PRIMARY KEY, secret TEXT NOT NULL, deck TEXT NOT NULL, created INTEGER NOT NULL, current TEXT, owner TEXT NOT NULL DEFAULT '');
      CREATE TABLE questions (code TEXT NOT NULL, id TEXT NOT NULL, definition TEXT NOT NULL, status TEXT NOT NULL, PRIMARY KEY (code, id));
      CREATE TABLE answers (code TEXT NOT NULL, question TEXT NOT NULL, participant TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (code, question, participant));
      CREATE TABLE asks (code TEXT NOT NULL, id TEXT NOT NULL, author TEXT NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL, created INTEGER NOT NULL, shown INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (code, id));
      CREATE TABLE ask_votes (code TEXT NOT NULL, ask TEXT NOT NULL, participant TEXT NOT NULL, PRIMARY KEY (code, ask, participant));
      PRAGMA user_version = 2;`);
    old
      .prepare('INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?)')
      .run('ABCD', 'secret-secret-secret', 'tout', wall - 1000, 'q1', '');
    old.prepare('INSERT INTO questions VALUES (?, ?, ?, ?)').run('ABCD', 'q1', JSON.stringify(question), 'open');
    old.prepare('INSERT INTO answers VALUES (?, ?, ?, ?)').run('ABCD', 'q1', 'telephone-a', '[1]');
    old.close();
    const server = await start();
    expect(server.store.migratedFrom).toBe(2);
    const phone = await roomClient(server.url);
    phone.send({ type: 'join', code: 'ABCD', participant: 'telephone-a' });
    await phone.nextOf('welcome');
    expect(await phone.nextOf('state')).toMatchObject({ count: 1, yours: [1] });
    await stop(server);
    const db = new DatabaseSync(join(dataDir, 'salle.sqlite'));
    expect(db.prepare('PRAGMA user_version').get()?.user_version).toBe(LAYOUT_VERSION);
    expect(
      db
        .prepare('PRAGMA table_info(questions)')
        .all()
        .map((c) => c.name),
    ).toContain('decision');
    db.close();
  });

  it('waits for a locked file, then stops with a clear message without touching it', async () => {
    const code = await folderWithAnswers(20);
    const file = join(dataDir, 'salle.sqlite');
    const bytes = readFileSync(file);
    const holder = new DatabaseSync(file);
    holder.exec('PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;');
    try {
      const t0 = Date.now();
      await expect(start({ store: { lockAttempts: 3, lockWaitMs: 100 } })).rejects.toThrow(/verrouillé/);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(200);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(readdirSync(dataDir).filter((f) => f.includes('illisible'))).toEqual([]);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    // Once free, every acknowledged answer is there.
    const server = await start();
    const phone = await roomClient(server.url);
    phone.send({ type: 'join', code, participant: 'telephone-0000' });
    expect(await phone.nextOf('state')).toMatchObject({ count: 20 });
  });

  it('refuses a second server on the same data folder', async () => {
    await start();
    await expect(start()).rejects.toThrow(/Un autre serveur de salle/);
    expect(servers).toHaveLength(1);
  });

  it('answers « server-error » when the disk is full, and loses nothing it acknowledged', async () => {
    const server = await start({ rate: fast, limits: { maxDatabaseBytes: 96 * 1024 } });
    const { code } = await session(server);
    const phone = await roomClient(server.url);
    let acknowledged = 0;
    let failure: { error: string; message: string } | undefined;
    for (let i = 0; i < 5000 && !failure; i++) {
      phone.send({
        type: 'join',
        code,
        participant: `telephone-plein-${String(i).padStart(5, '0')}-${'x'.repeat(40)}`,
      });
      phone.send({ type: 'answer', question: 'q1', value: [1] });
      for (;;) {
        const m = await phone.next();
        if (m.type === 'answered') {
          acknowledged++;
          break;
        }
        if (m.type === 'error') {
          failure = m;
          break;
        }
      }
    }
    expect(failure).toMatchObject({ error: 'server-error', message: expect.stringContaining('disque plein') });
    expect(failure?.message).not.toMatch(/illisible/);
    await stop(server);
    const again = await start();
    const check = await roomClient(again.url);
    check.send({ type: 'join', code, participant: 'telephone-verif' });
    expect(await check.nextOf('state')).toMatchObject({ count: acknowledged });
  });
});

describe('headers', () => {
  it('sends nosniff, no referrer, the page’s own CSP and a cache policy per route', async () => {
    const server = await start();
    const page = await fetch(server.url);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self' 'sha256-abc'; frame-ancestors 'none'",
    );
    expect(page.headers.get('cache-control')).toBe('no-store');
    const css = await fetch(`${server.url}style.css`);
    expect(css.headers.get('x-content-type-options')).toBe('nosniff');
    expect(css.headers.get('cache-control')).toBe('no-cache');
    const qr = await fetch(`${server.url}_salle/qr.svg?code=ABCD`);
    expect(qr.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(qr.headers.get('cache-control')).toBe('no-store');
  });
});
