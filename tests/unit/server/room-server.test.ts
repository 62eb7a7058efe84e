// The room server on loopback: a tiny site stands for dist/, Node's own WebSocket client plays the
// presenter, the deck and the participants. Each test starts its server on a free port and stops it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRoomServer, type RunningRoomServer } from '../../../src/server/room-server';
import type { RoomQuestion } from '../../../src/lib/room/room-messages';
import { roomClient } from '../../support/room-ws';
import { SESSION_TTL_MS } from '../../../src/lib/room/room-session';

const question: RoomQuestion = {
  id: 'strategie/q1',
  kind: 'single',
  prompt: 'Par quoi commencer?',
  options: ['La plateforme', 'Une stratégie', 'Publier'],
  correct: [1],
};

let root: string;
let dist: string;
let dataDir: string;
let servers: RunningRoomServer[] = [];
let clock = Date.now();

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'salle-test-'));
  dist = join(root, 'dist');
  dataDir = join(root, 'data');
  mkdirSync(join(dist, 'salle'), { recursive: true });
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head><title>Accueil</title></head><body>ok</body></html>',
  );
  writeFileSync(
    join(dist, 'salle', 'index.html'),
    '<!doctype html><html><head><title>Salle</title></head><body></body></html>',
  );
  writeFileSync(
    join(dist, '404.html'),
    '<!doctype html><html><head><title>404</title></head><body>absent</body></html>',
  );
  writeFileSync(join(dist, 'style.css'), 'body{}');
  clock = Date.now();
});
afterEach(async () => {
  for (const s of servers) await s.close();
  servers = [];
  rmSync(root, { recursive: true, force: true });
});

const TOKEN = 'jeton-de-test-0123456789';

async function start(options: Partial<Parameters<typeof startRoomServer>[0]> = {}) {
  const server = await startRoomServer({
    dist,
    dataDir,
    now: () => clock,
    countDelayMs: 10,
    presenterToken: TOKEN,
    ...options,
  });
  servers.push(server);
  return server;
}

const client = (server: RunningRoomServer, options: { origin?: string } = {}) => roomClient(server.url, options);

async function presenterWithOpenQuestion(server: RunningRoomServer) {
  const presenter = await client(server);
  presenter.send({ type: 'create', deck: 'tout', token: TOKEN });
  const welcome = await presenter.nextOf('welcome');
  presenter.send({ type: 'open', question });
  await presenter.nextOf('state', (m) => m.status === 'open');
  return { presenter, code: welcome.code, secret: welcome.secret ?? '' };
}

async function participant(server: RunningRoomServer, code: string, id: string) {
  const phone = await client(server);
  phone.send({ type: 'join', code, participant: id });
  await phone.nextOf('welcome');
  return phone;
}

describe('room server', () => {
  it('serves the site with the room flag in its pages only, and 404 for what is not there', async () => {
    const server = await start();
    const page = await fetch(`${server.url}salle/`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain(`<meta name="msst-room" content="/_salle/ws" data-join="${server.url}salle/">`);
    expect(await (await fetch(`${server.url}style.css`)).text()).toBe('body{}');
    const missing = await fetch(`${server.url}nulle-part/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('absent');
  });

  it('refuses a wrong code', async () => {
    const server = await start();
    const phone = await client(server);
    phone.send({ type: 'join', code: 'ZZZZ', participant: 'abcdefgh12' });
    expect(await phone.next()).toMatchObject({ type: 'error', error: 'unknown-session' });
    phone.send({ type: 'answer', question: question.id, value: [1] });
    expect(await phone.next()).toMatchObject({ type: 'error', error: 'not-joined' });
  });

  it('takes answers while open, sends counts to the presenter, and refuses them once closed', async () => {
    const server = await start();
    const { presenter, code } = await presenterWithOpenQuestion(server);
    const phone = await participant(server, code, 'phone-0001');
    expect(await phone.nextOf('state')).toMatchObject({ status: 'open', question: { id: question.id } });
    phone.send({ type: 'answer', question: question.id, value: [1] });
    expect(await phone.nextOf('answered')).toEqual({ type: 'answered', question: question.id, value: [1] });
    expect(await presenter.nextOf('count', (m) => m.count === 1)).toMatchObject({ question: question.id, present: 1 });
    phone.send({ type: 'answer', question: question.id, value: [7] });
    expect(await phone.nextOf('error')).toMatchObject({ error: 'out-of-range' });
    phone.send({ type: 'answer', question: question.id, value: [12] });
    expect(await phone.nextOf('error')).toMatchObject({ error: 'bad-message' });
    presenter.send({ type: 'close', question: question.id });
    expect(await phone.nextOf('state', (m) => m.status === 'closed')).toMatchObject({ yours: [1] });
    phone.send({ type: 'answer', question: question.id, value: [0] });
    expect(await phone.nextOf('error')).toMatchObject({ error: 'closed', message: expect.stringContaining('fermé') });
  });

  it('echoes each submission’s id with its acknowledgement or its refusal (and still takes answers without one)', async () => {
    const server = await start();
    const { presenter, code } = await presenterWithOpenQuestion(server);
    const phone = await participant(server, code, 'phone-0002');
    phone.send({ type: 'answer', question: question.id, value: [1], id: 'sub-1' });
    expect(await phone.nextOf('answered')).toEqual({
      type: 'answered',
      question: question.id,
      value: [1],
      id: 'sub-1',
    });
    phone.send({ type: 'answer', question: question.id, value: [9], id: 'sub-2' });
    expect(await phone.nextOf('error')).toMatchObject({ error: 'out-of-range', id: 'sub-2' });
    presenter.send({ type: 'close', question: question.id });
    await phone.nextOf('state', (m) => m.status === 'closed');
    phone.send({ type: 'answer', question: question.id, value: [2], id: 'sub-3' });
    expect(await phone.nextOf('error')).toMatchObject({ error: 'closed', id: 'sub-3' });
    // An id the schema refuses makes the whole message unreadable, as any malformed field does.
    phone.send({ type: 'answer', question: question.id, value: [2], id: 'pas un id!' });
    expect(await phone.nextOf('error')).toMatchObject({ error: 'bad-message' });
  });

  it('hides a reveal, reopens after a reset, and ends a session for everyone on « Nouvelle séance »', async () => {
    const server = await start();
    const { presenter, code } = await presenterWithOpenQuestion(server);
    const phone = await participant(server, code, 'phone-0003');
    phone.send({ type: 'answer', question: question.id, value: [1], id: 'a1' });
    await phone.nextOf('answered');
    presenter.send({ type: 'reveal', question: question.id });
    expect(await phone.nextOf('state', (m) => m.status === 'revealed')).toMatchObject({ correct: [1] });
    presenter.send({ type: 'hide', question: question.id });
    const hidden = await phone.nextOf('state', (m) => m.status === 'closed');
    expect(hidden.correct).toBeUndefined();
    expect(hidden.yours).toEqual([1]);
    presenter.send({ type: 'reset', question: question.id });
    expect(await phone.nextOf('state', (m) => m.status === 'open')).toMatchObject({ count: 0 });
    presenter.send({ type: 'open', question });
    expect(await presenter.nextOf('state', (m) => m.status === 'open')).toMatchObject({ count: 0 });
    // Only the presenter ends it; then the code is gone, from memory and from the file.
    phone.send({ type: 'end' });
    expect(await phone.nextOf('error')).toMatchObject({ error: 'forbidden' });
    presenter.send({ type: 'end' });
    expect(await phone.nextOf('error')).toMatchObject({ error: 'ended', message: expect.stringContaining('terminé') });
    expect(await presenter.nextOf('error')).toMatchObject({ error: 'ended' });
    expect(server.hub.sessions.has(code)).toBe(false);
    const again = await client(server);
    again.send({ type: 'join', code, participant: 'phone-0004' });
    expect(await again.nextOf('error')).toMatchObject({ error: 'unknown-session' });
    await server.close();
    servers = [];
    const restarted = await start();
    expect(restarted.hub.sessions.has(code)).toBe(false);
  });

  it('lets only the presenter window that holds the secret control the session', async () => {
    const server = await start();
    const { code, secret } = await presenterWithOpenQuestion(server);
    const phone = await participant(server, code, 'phone-0002');
    for (const m of [
      { type: 'close', question: question.id },
      { type: 'reveal', question: question.id },
      { type: 'reset', question: question.id },
      { type: 'open', question },
    ]) {
      phone.send(m);
      expect(await phone.nextOf('error'), m.type).toMatchObject({ error: 'forbidden' });
    }
    const deck = await client(server);
    deck.send({ type: 'watch', code });
    await deck.nextOf('welcome');
    deck.send({ type: 'reveal', question: question.id });
    expect(await deck.nextOf('error')).toMatchObject({ error: 'forbidden' });
    const intruder = await client(server);
    intruder.send({ type: 'resume', code, secret: `${secret.slice(0, -2)}xx` });
    expect(await intruder.nextOf('error')).toMatchObject({ error: 'forbidden' });
    const csv = await fetch(`${server.url}_salle/resultats.csv?code=${code}`);
    expect(csv.status).toBe(403);
    const reloaded = await client(server);
    reloaded.send({ type: 'resume', code, secret });
    expect(await reloaded.nextOf('welcome')).toMatchObject({ role: 'presenter', code });
    reloaded.send({ type: 'reveal', question: question.id });
    expect(await phone.nextOf('state', (m) => m.status === 'revealed')).toMatchObject({ correct: [1] });
  });

  it('refuses an oversized message with a clear error and keeps serving', async () => {
    const server = await start();
    const phone = await client(server);
    phone.send(JSON.stringify({ type: 'create', deck: 'x'.repeat(12_000), token: TOKEN }));
    expect(await phone.next()).toMatchObject({
      type: 'error',
      error: 'too-large',
      message: expect.stringContaining('trop long'),
    });
    phone.send('{{{');
    expect(await phone.next()).toMatchObject({ type: 'error', error: 'bad-message' });
    phone.send({ type: 'create', deck: 'tout', token: TOKEN });
    expect(await phone.next()).toMatchObject({ type: 'welcome', role: 'presenter' });
  });

  it('rate-limits a participant that floods, then cuts it off, and keeps the others going', async () => {
    const server = await start({ rate: { burst: 5, perSecond: 2 } });
    const { presenter, code } = await presenterWithOpenQuestion(server);
    const flood = await participant(server, code, 'flooder-01');
    await flood.nextOf('state');
    for (let i = 0; i < 400; i++) flood.send({ type: 'answer', question: question.id, value: [i % 3] });
    expect(await flood.nextOf('error')).toMatchObject({ error: 'rate-limited' });
    await expect.poll(() => flood.closed()?.code, { timeout: 3000 }).toBe(1008);
    const calm = await participant(server, code, 'calm-0001');
    calm.send({ type: 'answer', question: question.id, value: [2] });
    expect(await calm.nextOf('answered')).toMatchObject({ value: [2] });
    presenter.send({ type: 'reveal', question: question.id });
    const state = await presenter.nextOf('state', (m) => m.status === 'revealed');
    // The flooder's answers count once: one participant, one answer.
    expect(state.results?.total).toBe(2);
  });

  it('puts a simulation decision to the room: live split to the deck only, then the decision to all, kept on restart', async () => {
    const vote: RoomQuestion = {
      id: 'soiree-cisss--allumette',
      kind: 'vote',
      prompt: '18 h 40 — L’allumette',
      options: ['Répondre avec la source', 'Masquer', 'Attendre'],
      correct: [],
    };
    const first = await start();
    const presenter = await client(first);
    presenter.send({ type: 'create', deck: 'tout', token: TOKEN });
    const { code, secret } = await presenter.nextOf('welcome');
    presenter.send({ type: 'open', question: vote });
    await presenter.nextOf('state', (m) => m.status === 'open');
    const phones = [];
    for (const [i, value] of [[0], [0], [2]].entries()) {
      const phone = await participant(first, code, `phone-vote-${i}`);
      phone.send({ type: 'answer', question: vote.id, value });
      await phone.nextOf('answered');
      phones.push(phone);
    }
    // The deck sees the live split; a phone's state never carries it while the vote is open.
    const live = await presenter.nextOf('count', (m) => m.count === 3);
    expect(live.results?.counts).toEqual([2, 0, 1]);
    const late = await participant(first, code, 'phone-vote-late');
    const lateState = await late.nextOf('state');
    expect(lateState).toMatchObject({ status: 'open', count: 3 });
    expect(lateState.results).toBeUndefined();
    presenter.send({ type: 'decide', question: vote.id, option: 2, how: 'override' });
    const decided = await phones[1]!.nextOf('state', (m) => m.status === 'revealed');
    expect(decided).toMatchObject({ decision: { option: 2, how: 'override' }, correct: [], yours: [0] });
    expect(decided.results?.counts).toEqual([2, 0, 1]);
    // A poll cannot be « decided »: only a vote has no right answer.
    presenter.send({ type: 'open', question });
    await presenter.nextOf('state', (m) => m.question?.id === question.id);
    presenter.send({ type: 'decide', question: question.id, option: 0, how: 'majority' });
    expect(await presenter.nextOf('error')).toMatchObject({ error: 'out-of-range' });
    await first.close();
    servers = servers.filter((s) => s !== first);

    const second = await start();
    const csv = await fetch(`${second.url}_salle/resultats.csv?code=${code}`, {
      headers: { 'x-room-secret': secret ?? '' },
    });
    const text = await csv.text();
    expect(text).toContain('18 h 40 — L’allumette;Répondre avec la source;2;;\r\n');
    expect(text).toContain('18 h 40 — L’allumette;Attendre;1;;retenue (choix du formateur, contre la majorité)\r\n');
  });

  it('finds the answers again after a restart, and forgets sessions after a day', async () => {
    const first = await start();
    const { code, secret } = await presenterWithOpenQuestion(first);
    for (const [i, value] of [[1], [1], [0]].entries()) {
      const phone = await participant(first, code, `phone-restart-${i}`);
      phone.send({ type: 'answer', question: question.id, value });
      await phone.nextOf('answered');
    }
    await first.close();
    servers = servers.filter((s) => s !== first);

    const second = await start();
    const phone = await participant(second, code, 'phone-restart-0');
    expect(await phone.nextOf('state')).toMatchObject({ status: 'open', count: 3, yours: [1] });
    const presenter = await client(second);
    presenter.send({ type: 'resume', code, secret });
    await presenter.nextOf('welcome');
    presenter.send({ type: 'reveal', question: question.id });
    expect((await presenter.nextOf('state', (m) => m.status === 'revealed')).results).toMatchObject({
      total: 3,
      counts: [1, 2, 0],
    });
    const csv = await fetch(`${second.url}_salle/resultats.csv?code=${code}`, { headers: { 'x-room-secret': secret } });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Par quoi commencer?;Une stratégie;2;oui;\r\n');
    await second.close();
    servers = servers.filter((s) => s !== second);

    clock += SESSION_TTL_MS;
    const third = await start();
    const late = await client(third);
    late.send({ type: 'join', code, participant: 'phone-late-1' });
    expect(await late.next()).toMatchObject({ type: 'error', error: 'unknown-session' });
  });

  it('puts a damaged sessions file aside and starts afresh', async () => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'salle.sqlite'), 'ceci n’est pas une base SQLite'.repeat(200));
    const server = await start();
    expect(server.store.setAside).toMatch(/salle\.sqlite\.illisible-\d+$/);
    const presenter = await client(server);
    presenter.send({ type: 'create', deck: 'tout', token: TOKEN });
    expect(await presenter.next()).toMatchObject({ type: 'welcome', role: 'presenter' });
  });

  it('bounds how many sessions can be alive at once', async () => {
    const server = await start({ maxSessions: 2 });
    const presenter = await client(server);
    for (let i = 0; i < 2; i++) {
      presenter.send({ type: 'create', deck: 'tout', token: TOKEN });
      expect(await presenter.nextOf('welcome')).toMatchObject({ role: 'presenter' });
    }
    presenter.send({ type: 'create', deck: 'tout', token: TOKEN });
    expect(await presenter.nextOf('error')).toMatchObject({ error: 'too-many-sessions' });
  });

  it('draws the QR code of the participant address with the code', async () => {
    const server = await start();
    const svg = await fetch(`${server.url}_salle/qr.svg?code=ABCD`);
    expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await svg.text()).toMatch(/^<svg/);
    expect((await fetch(`${server.url}_salle/qr.svg?code=<x>`)).status).toBe(400);
  });
});
