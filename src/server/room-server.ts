/**
 * The room server's transport: serves the built site (dist/) and a WebSocket channel for live
 * polls, with fastify, @fastify/static and @fastify/websocket. Every page it serves carries a flag
 * (a meta tag) that tells the deck, the presenter view and /salle/ to load their room code; a
 * static host never adds it. Messages go to the hub (room-hub.ts), sessions to SQLite
 * (room-store.ts), limits come from room-limits.ts. Runs under plain `node` (type stripping).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import QRCode from 'qrcode';
import { isSessionCode } from '../lib/room/room-messages.ts';
import { resultsCsv } from './room-export.ts';
import { room as t } from '../i18n/fr-room.ts';
import { RoomHub } from './room-hub.ts';
import type { HubClient } from './room-hub-context.ts';
import { monotonic, withLimits, type MonotonicClock, type RoomLimits } from './room-limits.ts';
import { lockFolder, type FolderLock } from './room-lock.ts';
import { RoomStore, type RoomStoreOptions } from './room-store.ts';
import { applySecurityHeaders, readAll } from './room-headers.ts';
import { isRoomRoute, ROOM_ROUTES, SECRET_HEADER } from '../lib/room/room-routes.ts';

/** How the server is set up. */
export interface RoomServerOptions {
  /** The built site to serve. */
  dist: string;
  /** Folder of the SQLite file. */
  dataDir: string;
  /** Participant address, ending with « / » (LAN address or PUBLIC_URL); else the request's own host. */
  publicUrl?: string | undefined;
  /** The presenter token (a random one when not given): creating a session needs it. */
  presenterToken?: string | undefined;
  /** Take the client address from X-Forwarded-For (behind a reverse proxy only). */
  trustProxy?: boolean;
  /** Wall clock, for tests of expiry. */
  now?: () => number;
  /** Monotonic clock of the rate limits, for tests. */
  clock?: MonotonicClock;
  /** Limits that differ from LIMITS (tests, benchmark). */
  limits?: Partial<RoomLimits>;
  /** Shorthands kept for callers: the per-connection rate and the session cap. */
  rate?: { burst: number; perSecond: number };
  maxSessions?: number;
  /** Delay before counts go to the presenter and the deck, so a rush of answers makes one update. */
  countDelayMs?: number;
  /** How the sessions file is opened (lock retries). */
  store?: Omit<RoomStoreOptions, 'limits'>;
}

/** A started server. */
export interface RunningRoomServer {
  app: FastifyInstance;
  /** http://host:port/ the server listens on. */
  url: string;
  port: number;
  store: RoomStore;
  hub: RoomHub;
  /** The token of the presenter view. */
  presenterToken: string;
  /** The presenter view's address on this server, token included. */
  presenterUrl: string;
  close: () => Promise<void>;
}

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

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page as served in room mode: the flag that loads the room code, with the participant address. */
function injectRoomFlag(html: string, joinUrl: string): string {
  const meta = `<meta name="msst-room" content="${ROOM_ROUTES.socket}" data-join="${escapeAttr(joinUrl)}">`;
  return html.includes('<head>') ? html.replace('<head>', `<head>${meta}`) : html;
}

/** Whether a WebSocket's Origin may use the room: none (not a browser), the page's own host, or PUBLIC_URL. */
function originAllowed(origin: string | undefined, host: string | undefined, publicUrl?: string): boolean {
  if (!origin) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (publicUrl && parsed.origin === new URL(publicUrl).origin) return true;
  return Boolean(host) && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host === host;
}

/** Builds the server (not listening yet): static site, WebSocket, QR code and CSV routes. */
async function buildRoomServer(
  options: RoomServerOptions,
): Promise<{ app: FastifyInstance; store: RoomStore; hub: RoomHub; presenterToken: string }> {
  const dist = resolve(options.dist);
  const now = options.now ?? Date.now;
  const clock = options.clock ?? monotonic;
  const limits = withLimits({
    ...(options.rate ? { rate: options.rate } : {}),
    ...(options.maxSessions ? { maxSessions: options.maxSessions } : {}),
    ...options.limits,
  });
  const presenterToken = options.presenterToken ?? randomBytes(24).toString('base64url');
  const lock: FolderLock = lockFolder(options.dataDir);
  let store: RoomStore | undefined;
  let hub: RoomHub;
  try {
    store = new RoomStore(options.dataDir, { ...options.store, limits });
    hub = new RoomHub({
      store,
      limits,
      presenterToken,
      now,
      clock,
      countDelayMs: options.countDelayMs ?? 50,
      sessions: await store.load(now()),
    });
  } catch (error) {
    // Nothing was started: the folder is left for the next attempt.
    store?.closeNow();
    lock.release();
    throw error;
  }
  const opened = store;

  // forceCloseConnections: closing (Ctrl+C, a restart) drops every HTTP connection at once, as it
  // drops the sockets: a browser's open keep-alive or preconnected connection never holds it up.
  const app = Fastify({
    logger: false,
    bodyLimit: 1024,
    trustProxy: options.trustProxy ?? false,
    forceCloseConnections: true,
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: limits.maxPayloadBytes } });

  const joinBase = (host: string | undefined) => options.publicUrl ?? `http://${host ?? 'localhost'}/`;
  const joinUrl = (host: string | undefined) => new URL('salle/', joinBase(host)).toString();

  // --- the WebSocket channel ----------------------------------------------------------------------

  const sockets = new Map<WebSocket, { client: HubClient; alive: boolean }>();
  app.get(ROOM_ROUTES.socket, { websocket: true }, (ws, request) => {
    const socket = ws as unknown as WebSocket;
    if (!originAllowed(request.headers.origin, request.headers.host, options.publicUrl))
      return socket.close(1008, t.closeReasons.origin);
    const address = request.ip;
    if (!hub.addresses.connect(address)) return socket.close(1013, t.closeReasons.connections);
    const client: HubClient = {
      address,
      send: (text) => {
        if (socket.readyState === socket.OPEN) socket.send(text);
      },
      close: (code, reason) => socket.close(code, reason),
    };
    const entry = { client, alive: true };
    sockets.set(socket, entry);
    // A socket that never says who it is does not hold a descriptor for long.
    const deadline = setTimeout(() => {
      if (!client.session) socket.close(1008, t.closeReasons.deadline);
    }, limits.joinDeadlineMs).unref();
    socket.on('pong', () => (entry.alive = true));
    socket.on('message', (data, isBinary) => {
      const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      void hub.receive(client, isBinary ? '' : bytes.toString('utf8'), isBinary);
    });
    socket.on('close', () => {
      clearTimeout(deadline);
      sockets.delete(socket);
      hub.addresses.disconnect(address);
      hub.leave(client);
    });
    socket.on('error', () => socket.terminate());
  });

  // Dead phones (walked out of Wi-Fi range) and silent sockets go after a missed ping.
  const heartbeat = setInterval(() => {
    for (const [socket, entry] of sockets) {
      if (!entry.alive) {
        socket.terminate();
        continue;
      }
      entry.alive = false;
      socket.ping();
    }
  }, limits.pingIntervalMs).unref();
  const sweep = setInterval(() => hub.sweep().catch((error: unknown) => console.error(error)), 60 * 60 * 1000).unref();
  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    clearInterval(sweep);
    await opened.close();
    lock.release();
  });

  // --- QR code and results ------------------------------------------------------------------

  const text = (reply: FastifyReply, status: number, body: string) =>
    reply.code(status).type('text/plain; charset=utf-8').send(body);

  app.get<{ Querystring: { code?: string } }>(ROOM_ROUTES.qr, async (request, reply) => {
    const code = String(request.query.code ?? '');
    if (!isSessionCode(code)) return text(reply, 400, t.errors['unknown-session']);
    const svg = await QRCode.toString(`${joinUrl(request.headers.host)}?code=${code}`, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    return reply.type('image/svg+xml').send(svg);
  });

  app.get<{ Querystring: { code?: string } }>(ROOM_ROUTES.results, async (request, reply) => {
    const session = hub.live(String(request.query.code ?? ''));
    if (!session) return text(reply, 404, t.errors['unknown-session']);
    if (request.headers[SECRET_HEADER] !== session.secret) return text(reply, 403, t.errors.forbidden);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="salle-${session.code}.csv"`)
      .send(await resultsCsv(session));
  });

  // --- the built site, with the room flag in every page ------------------------------------

  await app.register(fastifyStatic, { root: dist, prefix: '/', etag: false, lastModified: false, redirect: true });
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('text/html') || isRoomRoute(request.url)) {
      applySecurityHeaders(request.url, type, reply, undefined);
      return payload;
    }
    const html =
      typeof payload === 'string'
        ? payload
        : Buffer.isBuffer(payload)
          ? payload.toString('utf8')
          : payload && typeof (payload as Readable).pipe === 'function'
            ? await readAll(payload as Readable)
            : '';
    reply.removeHeader('content-length');
    applySecurityHeaders(request.url, type, reply, html);
    return injectRoomFlag(html, joinUrl(request.headers.host));
  });
  const notFound = join(dist, '404.html');
  app.setNotFoundHandler((_request, reply) => {
    if (existsSync(notFound))
      return reply.code(404).type('text/html; charset=utf-8').send(readFileSync(notFound, 'utf8'));
    return text(reply, 404, 'Page introuvable.');
  });

  return { app, store: opened, hub, presenterToken };
}

/** Builds the server and starts listening; `close` stops it, closes the sessions file and the lock. */
export async function startRoomServer(
  options: RoomServerOptions & { port?: number; host?: string },
): Promise<RunningRoomServer> {
  const { app, store, hub, presenterToken } = await buildRoomServer(options);
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port ?? 0, host });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`;
  return {
    app,
    store,
    hub,
    port,
    url,
    presenterToken,
    presenterUrl: presenterAddress(url, presenterToken),
    // Sockets are dropped at once (in onClose): a polite close waits up to 30 s for each phone to
    // answer the close frame (a sleeping phone never does), and every answer is already on disk.
    close: async () => {
      for (const client of app.websocketServer.clients) client.terminate();
      await app.close();
    },
  };
}

/** The presenter view's address on a server, with the token (`?jeton=`) the view sends to create. */
export function presenterAddress(base: string, token: string): string {
  const url = new URL('diapos/presentateur/', base);
  url.searchParams.set('jeton', token);
  return url.toString();
}
