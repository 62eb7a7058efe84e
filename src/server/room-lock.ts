/**
 * One room server per data folder: a lock file (salle.lock) holds the process id of the server
 * that uses the folder. A second server finds it and stops with a clear message; a lock left by a
 * server that crashed (its process is gone) is taken over.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { room as t } from '../i18n/fr-room.ts';
import { RoomStoreError } from './room-store-file.ts';

/** Locks taken by this process (two servers in one process, as in tests, must also be refused). */
const held = new Set<string>();

/** Whether a process id is alive. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A held lock on a data folder; `release` removes it. */
export interface FolderLock {
  path: string;
  release: () => void;
}

/** Takes the lock of a data folder, or throws RoomStoreError when another live server holds it. */
export function lockFolder(dataDir: string): FolderLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'salle.lock');
  const id = randomBytes(8).toString('hex');
  const content = `${process.pid} ${id}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, content);
      closeSync(fd);
      held.add(`${path} ${id}`);
      return {
        path,
        release: () => {
          held.delete(`${path} ${id}`);
          try {
            if (readFileSync(path, 'utf8') === content) rmSync(path);
          } catch {
            // Already gone.
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let pid = 0;
    let owner = '';
    try {
      [pid = 0, owner = ''] = readFileSync(path, 'utf8')
        .trim()
        .split(' ')
        .map((v, i) => (i === 0 ? Number(v) : v)) as [number, string];
    } catch {
      // Unreadable: treated as stale.
    }
    const live = pid === process.pid ? held.has(`${path} ${owner}`) : pid > 0 && alive(pid);
    if (live) throw new RoomStoreError(t.store.inUse(dataDir, pid));
    // A crashed server's lock: taken over.
    rmSync(path, { force: true });
  }
  throw new RoomStoreError(t.store.inUse(dataDir, 0));
}
