/**
 * What the room server's unit tests share: a server on a free loopback port over a tiny site and a
 * data folder of its own for each test (both removed after it, every server stopped), and the
 * clients a test plays — the presenter who creates a session, a phone that joins it, the projected
 * screen that watches it — with a recorder of everything a client receives. Call useRoomServer at
 * the top of a test file; the hooks it registers belong to that file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { startRoomServer, type RunningRoomServer } from '../../src/server/room-server';
import { roomClient, type RoomTestClient } from './room-ws';

/** The presenter token of every test server. */
export const TOKEN = 'jeton-de-test-0123456789';

/** Servers started by a test and the data folder they share (a restart finds it again). */
export interface RoomServers {
  /** The current test's data folder. */
  readonly dataDir: string;
  /** Starts a server on the test's site and data folder (counts after 10 ms). */
  start(options?: Partial<Parameters<typeof startRoomServer>[0]>): Promise<RunningRoomServer>;
  /** Stops a server before the end of the test (a restart). */
  stop(server: RunningRoomServer): Promise<void>;
}

/** Gives each test of the file a fresh site and data folder, and stops its servers after it. */
export function useRoomServer(folderPrefix: string): RoomServers {
  let root = '';
  let servers: RunningRoomServer[] = [];
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), folderPrefix));
    mkdirSync(join(root, 'dist'), { recursive: true });
    writeFileSync(
      join(root, 'dist', 'index.html'),
      '<!doctype html><html><head><title>A</title></head><body></body></html>',
    );
  });
  afterEach(async () => {
    for (const s of servers) await s.close();
    servers = [];
    rmSync(root, { recursive: true, force: true });
  });
  return {
    get dataDir() {
      return join(root, 'data');
    },
    async start(options = {}) {
      const server = await startRoomServer({
        dist: join(root, 'dist'),
        dataDir: join(root, 'data'),
        countDelayMs: 10,
        presenterToken: TOKEN,
        ...options,
      });
      servers.push(server);
      return server;
    },
    async stop(server) {
      await server.close();
      servers = servers.filter((s) => s !== server);
    },
  };
}

/** A presenter who created a session: its client, the session code and secret. */
export async function presenter(server: RunningRoomServer) {
  const c = await roomClient(server.url);
  c.send({ type: 'create', deck: 'tout', token: TOKEN });
  const welcome = await c.nextOf('welcome');
  return { client: c, code: welcome.code, secret: welcome.secret ?? '' };
}

async function joined(server: RunningRoomServer, message: object): Promise<RoomTestClient> {
  const c = await roomClient(server.url);
  c.send(message);
  await c.nextOf('welcome');
  return c;
}

/** A phone that joined a session. */
export const phone = (server: RunningRoomServer, code: string, participant: string) =>
  joined(server, { type: 'join', code, participant });

/** The projected screen, watching a session. */
export const screen = (server: RunningRoomServer, code: string) => joined(server, { type: 'watch', code });

/** Records every message a client receives from now on, as JSON text (to look for a string in it). */
export function record(c: RoomTestClient): () => string {
  const seen: string[] = [];
  c.ws.addEventListener('message', (e) => seen.push(String(e.data)));
  return () => seen.join('\n');
}

/** Waits a moment (for what must NOT arrive). */
export const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));
