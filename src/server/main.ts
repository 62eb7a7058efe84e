/**
 * npm run salle — builds the site when dist/ is missing or older than its sources, starts the room
 * server on every interface (PORT, default 4322), prints the participant address (PUBLIC_URL, or
 * this machine's LAN address), the presenter address and a QR code, and stops cleanly on Ctrl+C.
 * Answers are kept in ROOM_DATA_DIR (default .salle-data/). The presenter token (ROOM_TOKEN, or a
 * fresh random one) is in the presenter address only: participants never need it. TRUST_PROXY=1
 * takes client addresses from X-Forwarded-For (behind a reverse proxy only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import QRCode from 'qrcode';
import { room as t } from '../i18n/fr-room.ts';
import { presenterAddress, startRoomServer } from './room-server.ts';
import { RoomStoreError } from './room-store-file.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const port = Number(process.env.PORT ?? 4322);
const dataDir = resolve(root, process.env.ROOM_DATA_DIR ?? '.salle-data');

/** Newest modification time under a folder, in ms (0 when it does not exist). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Whether dist/ needs building: missing, or older than anything in src/, content/ or public/. */
function stale(): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return ['src', 'content', 'public', 'astro.config.mjs'].some((p) => {
    const path = join(root, p);
    return existsSync(path) && (statSync(path).isDirectory() ? newest(path) : statSync(path).mtimeMs) > built;
  });
}

/** The first IPv4 address of this machine on a local network (not loopback), if any. */
function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return undefined;
}

if (stale()) {
  console.log(t.console.building);
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // The site is built for the root of this server, whatever a SCORM or sub-path build set before.
  const built = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: '/' },
  });
  if (built.status !== 0) {
    console.error(t.console.buildFailed);
    process.exit(1);
  }
}

const lan = lanAddress();
const publicUrl = process.env.PUBLIC_URL
  ? new URL(process.env.PUBLIC_URL.replace(/\/?$/, '/')).toString()
  : lan
    ? `http://${lan}:${port}/`
    : undefined;

let server: Awaited<ReturnType<typeof startRoomServer>>;
try {
  server = await startRoomServer({
    dist,
    dataDir,
    publicUrl,
    port,
    host: '0.0.0.0',
    presenterToken: process.env.ROOM_TOKEN || undefined,
    trustProxy: process.env.TRUST_PROXY === '1',
  });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') console.error(t.console.portBusy(port));
  else if (error instanceof RoomStoreError) console.error(error.message);
  else console.error(error);
  process.exit(1);
}

const participants = new URL('salle/', publicUrl ?? `http://localhost:${port}/`).toString();
const local = `http://localhost:${port}/`;
console.log(`\n${t.console.ready}\n`);
if (!publicUrl) console.log(`${t.console.noLan}\n`);
console.log(`${t.console.participants}\n  ${participants}\n`);
console.log(await QRCode.toString(participants, { type: 'terminal', small: true }));
console.log(`${t.console.presenter}\n  ${presenterAddress(local, server.presenterToken)}\n`);
console.log(`${t.console.deck}\n  ${local}diapos/\n`);
console.log(`${t.console.data}\n  ${server.store.path}\n`);
if (server.store.setAside) console.log(`${t.store.setAside(server.store.setAside)}\n`);
if (server.store.migratedFrom !== undefined) console.log(`${t.store.migrated(server.store.migratedFrom)}\n`);
console.log(t.console.stop);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${t.console.stopping}`);
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
