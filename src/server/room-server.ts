/**
 * The room server: serves the built site (dist/) and a WebSocket channel for live polls, with
 * fastify, @fastify/static and @fastify/websocket. Every page it serves carries a flag (a meta
 * tag) that tells the deck, the presenter view and /salle/ to load their room code; a static host
 * never adds it, so there they stay as they are. Sessions follow src/lib/room-session.ts and are
 * written to SQLite (room-store.ts) as they change. Runs under plain `node` (type stripping).
 */
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import QRCode from 'qrcode';
import {
  MAX_MESSAGE_BYTES,
  isSessionCode,
  parseClientMessage,
  type ClientMessage,
  type RoomErrorCode,
  type ServerMessage,
} from '../lib/room-messages.ts';
import {
  answerQuestion,
  closeQuestion,
  createSession,
  isExpired,
  openQuestion,
  resetQuestion,
  resultsCsv,
  revealQuestion,
  stateFor,
  type Outcome,
  type Session,
} from '../lib/room-session.ts';
import { room as t } from '../i18n/fr-room.ts';
import { RoomStore } from './room-store.ts';

/** Path of the WebSocket endpoint. */
export const SOCKET_PATH = '/_salle/ws';

/** How the server is set up. */
export interface RoomServerOptions {
  /** The built site to serve. */
  dist: string;
  /** Folder of the SQLite file. */
  dataDir: string;
  /** Participant address, ending with « / » (LAN address or PUBLIC_URL); else the request's own host. */
  publicUrl?: string | undefined;
  /** Clock, for tests of expiry. */
  now?: () => number;
  /** Messages a connection may send in a burst, then per second (token bucket). */
  rate?: { burst: number; perSecond: number };
  /** Most sessions alive at once (each lasts a day): a bound on what a stranger can make the server keep. */
  maxSessions?: number;
  /** Delay before counts go to the presenter and the deck, so a rush of answers makes one update. */
  countDelayMs?: number;
}

/** A started server. */
export interface RunningRoomServer {
  app: FastifyInstance;
  /** http://host:port/ the server listens on. */
  url: string;
  port: number;
  store: RoomStore;
  close: () => Promise<void>;
}

type Role = 'participant' | 'screen' | 'presenter';

/** What the server uses of a `ws` socket (the package ships no types of its own). */
interface WebSocket {
  readonly readyState: number;
  readonly OPEN: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  terminate(): void;
  ping(): void;
  on(event: 'message', listener: (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => void): void;
  on(event: 'close' | 'pong' | 'error', listener: () => void): void;
}

/** One open socket and what it joined. */
interface Client {
  socket: WebSocket;
  role: Role | undefined;
  session: Session | undefined;
  participant: string | undefined;
  tokens: number;
  refilled: number;
  refused: number;
  lastRefusal: number;
  alive: boolean;
}

/** Reads a stream to a string (the HTML pages @fastify/static sends). */
async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page as served in room mode: the flag that loads the room code, with the participant address. */
export function injectRoomFlag(html: string, joinUrl: string): string {
  const meta = `<meta name="msst-room" content="${SOCKET_PATH}" data-join="${escapeAttr(joinUrl)}">`;
  return html.includes('<head>') ? html.replace('<head>', `<head>${meta}`) : html;
}

/** Builds the server (not listening yet): static site, WebSocket, QR code and CSV routes. */
export async function buildRoomServer(options: RoomServerOptions): Promise<{ app: FastifyInstance; store: RoomStore }> {
  const dist = resolve(options.dist);
  const now = options.now ?? Date.now;
  const rate = options.rate ?? { burst: 10, perSecond: 5 };
  const countDelay = options.countDelayMs ?? 50;
  const store = new RoomStore(options.dataDir);
  const sessions = new Map<string, Session>(store.load(now()).map((s) => [s.code, s]));
  const members = new Map<string, Set<Client>>();
  const pendingCounts = new Set<string>();

  const app = Fastify({ logger: false, bodyLimit: 1024 });
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });

  const joinBase = (host: string | undefined) => options.publicUrl ?? `http://${host ?? 'localhost'}/`;
  const joinUrl = (host: string | undefined) => new URL('salle/', joinBase(host)).toString();

  // --- sessions and their members -------------------------------------------------------------

  const send = (client: Client, message: ServerMessage) => {
    if (client.socket.readyState === client.socket.OPEN) client.socket.send(JSON.stringify(message));
  };
  const refuse = (client: Client, error: RoomErrorCode) =>
    send(client, { type: 'error', error, message: t.errors[error] });

  const live = (code: string): Session | undefined => {
    const session = sessions.get(code);
    if (session && isExpired(session, now())) {
      sessions.delete(code);
      return undefined;
    }
    return session;
  };
  const present = (code: string) => {
    let n = 0;
    for (const c of members.get(code) ?? []) if (c.role === 'participant') n++;
    return n;
  };
  const attach = (client: Client, session: Session, role: Role, participant?: string) => {
    if (client.session) members.get(client.session.code)?.delete(client);
    client.session = session;
    client.role = role;
    client.participant = participant;
    let set = members.get(session.code);
    if (!set) members.set(session.code, (set = new Set()));
    set.add(client);
  };
  const stateOf = (client: Client) =>
    client.session ? stateFor(client.session, present(client.session.code), client.participant) : undefined;
  const broadcastState = (session: Session) => {
    const n = present(session.code);
    const shared = JSON.stringify(stateFor(session, n));
    for (const c of members.get(session.code) ?? []) {
      if (c.socket.readyState !== c.socket.OPEN) continue;
      c.socket.send(c.role === 'participant' ? JSON.stringify(stateFor(session, n, c.participant)) : shared);
    }
  };
  // Counts go to the deck and the presenter only, once per short window however many answers come.
  const scheduleCount = (code: string) => {
    if (pendingCounts.has(code)) return;
    pendingCounts.add(code);
    setTimeout(() => {
      pendingCounts.delete(code);
      const session = sessions.get(code);
      if (!session) return;
      const current = session.current ? session.questions.get(session.current) : undefined;
      const message = JSON.stringify({
        type: 'count',
        question: session.current,
        count: current?.answers.size ?? 0,
        present: present(code),
      } satisfies ServerMessage);
      for (const c of members.get(code) ?? [])
        if (c.role !== 'participant' && c.socket.readyState === c.socket.OPEN) c.socket.send(message);
    }, countDelay).unref();
  };

  /** Takes one token from the client's bucket; false when it is empty. */
  const allow = (client: Client): boolean => {
    const t0 = now();
    client.tokens = Math.min(rate.burst, client.tokens + ((t0 - client.refilled) / 1000) * rate.perSecond);
    client.refilled = t0;
    if (client.tokens < 1) return false;
    client.tokens -= 1;
    return true;
  };

  const control = (session: Session, message: ClientMessage): Outcome => {
    switch (message.type) {
      case 'open': {
        const before = session.questions.get(message.question.id);
        const outcome = openQuestion(session, message.question);
        // A changed question starts empty: its old answers go from the file too.
        if (outcome.ok && before && session.questions.get(message.question.id) !== before)
          store.clearAnswers(session.code, message.question.id);
        return outcome;
      }
      case 'close':
        return closeQuestion(session, message.question);
      case 'reveal':
        return revealQuestion(session, message.question);
      case 'reset': {
        const outcome = resetQuestion(session, message.question);
        if (outcome.ok) store.clearAnswers(session.code, message.question);
        return outcome;
      }
      default:
        return { ok: false, error: 'bad-message' };
    }
  };

  const handle = (client: Client, message: ClientMessage) => {
    switch (message.type) {
      case 'join':
      case 'watch': {
        const session = live(message.code);
        if (!session) return refuse(client, 'unknown-session');
        if (message.type === 'join') attach(client, session, 'participant', message.participant);
        else attach(client, session, 'screen');
        send(client, { type: 'welcome', role: client.role ?? 'screen', code: session.code, deck: session.deck });
        const state = stateOf(client);
        if (state) send(client, state);
        return scheduleCount(session.code);
      }
      case 'create': {
        if (sessions.size >= (options.maxSessions ?? 1000)) return refuse(client, 'too-many-sessions');
        const session = createSession(message.deck, now(), randomInt, randomBytes(18).toString('base64url'), (c) =>
          sessions.has(c),
        );
        sessions.set(session.code, session);
        store.saveSession(session);
        attach(client, session, 'presenter');
        send(client, {
          type: 'welcome',
          role: 'presenter',
          code: session.code,
          secret: session.secret,
          deck: session.deck,
        });
        const state = stateOf(client);
        return state && send(client, state);
      }
      case 'resume': {
        const session = live(message.code);
        if (!session) return refuse(client, 'unknown-session');
        if (session.secret !== message.secret) return refuse(client, 'forbidden');
        attach(client, session, 'presenter');
        send(client, {
          type: 'welcome',
          role: 'presenter',
          code: session.code,
          secret: session.secret,
          deck: session.deck,
        });
        const state = stateOf(client);
        return state && send(client, state);
      }
      case 'answer': {
        const session = client.session;
        if (!session || client.role !== 'participant' || !client.participant) return refuse(client, 'not-joined');
        const outcome = answerQuestion(session, client.participant, message.question, message.value);
        if (!outcome.ok) return refuse(client, outcome.error);
        const stored = session.questions.get(message.question)?.answers.get(client.participant) ?? message.value;
        store.saveAnswer(session.code, message.question, client.participant, stored);
        send(client, { type: 'answered', question: message.question, value: stored });
        return scheduleCount(session.code);
      }
      default: {
        const session = client.session;
        if (!session) return refuse(client, 'not-joined');
        if (client.role !== 'presenter') return refuse(client, 'forbidden');
        const outcome = control(session, message);
        if (!outcome.ok) return refuse(client, outcome.error);
        store.saveSession(session);
        const changed = session.questions.get(message.type === 'open' ? message.question.id : message.question);
        if (changed) store.saveQuestion(session.code, changed);
        return broadcastState(session);
      }
    }
  };

  app.get(SOCKET_PATH, { websocket: true }, (ws) => {
    const socket = ws as unknown as WebSocket;
    const client: Client = {
      socket,
      role: undefined,
      session: undefined,
      participant: undefined,
      tokens: rate.burst,
      refilled: now(),
      refused: 0,
      lastRefusal: 0,
      alive: true,
    };
    socket.on('pong', () => (client.alive = true));
    socket.on('message', (data, isBinary) => {
      if (!allow(client)) {
        client.refused++;
        // One notice per second at most: a flood must not make the server flood back.
        if (now() - client.lastRefusal > 1000) {
          client.lastRefusal = now();
          refuse(client, 'rate-limited');
        }
        // A client that keeps going long after being told is cut off.
        if (client.refused > 200) socket.close(1008, 'rate limit');
        return;
      }
      const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      if (bytes.length > MAX_MESSAGE_BYTES) return refuse(client, 'too-large');
      const raw = isBinary ? '' : bytes.toString('utf8');
      const parsed = parseClientMessage(raw);
      if (!parsed.ok) return refuse(client, parsed.error);
      try {
        handle(client, parsed.message);
      } catch (error) {
        // A failed write (disk full…) must not take the room down: say so to the sender.
        console.error(error);
        refuse(client, 'bad-message');
      }
    });
    socket.on('close', () => {
      if (!client.session) return;
      members.get(client.session.code)?.delete(client);
      scheduleCount(client.session.code);
    });
    socket.on('error', () => socket.terminate());
  });

  // Dead phones (walked out of Wi-Fi range) stop counting as present after a missed ping.
  const heartbeat = setInterval(() => {
    for (const set of members.values())
      for (const c of set) {
        if (!c.alive) {
          c.socket.terminate();
          continue;
        }
        c.alive = false;
        c.socket.ping();
      }
  }, 30_000).unref();
  const sweep = setInterval(
    () => {
      store.sweep(now());
      for (const [code, session] of sessions) if (isExpired(session, now())) sessions.delete(code);
    },
    60 * 60 * 1000,
  ).unref();
  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    clearInterval(sweep);
  });

  // --- QR code and results ------------------------------------------------------------------

  app.get<{ Querystring: { code?: string } }>('/_salle/qr.svg', async (request, reply) => {
    const code = String(request.query.code ?? '');
    if (!isSessionCode(code))
      return reply.code(400).type('text/plain; charset=utf-8').send(t.errors['unknown-session']);
    const svg = await QRCode.toString(`${joinUrl(request.headers.host)}?code=${code}`, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    return reply.type('image/svg+xml').header('cache-control', 'no-store').send(svg);
  });

  app.get<{ Querystring: { code?: string } }>('/_salle/resultats.csv', async (request, reply) => {
    const session = live(String(request.query.code ?? ''));
    if (!session) return reply.code(404).type('text/plain; charset=utf-8').send(t.errors['unknown-session']);
    if (request.headers['x-room-secret'] !== session.secret)
      return reply.code(403).type('text/plain; charset=utf-8').send(t.errors.forbidden);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="salle-${session.code}.csv"`)
      .header('cache-control', 'no-store')
      .send(`\ufeff${resultsCsv(session)}`);
  });

  // --- the built site, with the room flag in every page ------------------------------------

  await app.register(fastifyStatic, { root: dist, prefix: '/', etag: false, lastModified: false, redirect: true });
  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('text/html') || request.url.startsWith('/_salle/')) return payload;
    const html =
      typeof payload === 'string'
        ? payload
        : Buffer.isBuffer(payload)
          ? payload.toString('utf8')
          : payload && typeof (payload as Readable).pipe === 'function'
            ? await readAll(payload as Readable)
            : '';
    reply.removeHeader('content-length');
    reply.header('cache-control', 'no-store');
    return injectRoomFlag(html, joinUrl(request.headers.host));
  });
  const notFound = join(dist, '404.html');
  app.setNotFoundHandler((_request, reply) => {
    if (existsSync(notFound))
      return reply.code(404).type('text/html; charset=utf-8').send(readFileSync(notFound, 'utf8'));
    return reply.code(404).type('text/plain; charset=utf-8').send('Page introuvable.');
  });

  return { app, store };
}

/** Builds the server and starts listening; `close` stops it and closes the sessions file. */
export async function startRoomServer(
  options: RoomServerOptions & { port?: number; host?: string },
): Promise<RunningRoomServer> {
  const { app, store } = await buildRoomServer(options);
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port ?? 0, host });
  } catch (error) {
    store.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  return {
    app,
    store,
    port,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`,
    close: async () => {
      // Drop the sockets at once: a polite close waits up to 30 s for each phone to answer the
      // close frame (a sleeping phone never does), and every answer is already on disk anyway.
      for (const client of app.websocketServer.clients) client.terminate();
      await app.close();
      store.close();
    },
  };
}
