/**
 * A tiny static file server for browser tests: serves a built site (dist/) on 127.0.0.1 the way a
 * static host does — folder URLs get index.html, unknown paths get 404.html with status 404.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** A running server and how to stop it. */
export interface RunningServer {
  /** Origin plus base path, ending with « / » (ex. http://127.0.0.1:4321/). */
  url: string;
  close: () => Promise<void>;
}

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // Not there: the caller answers 404.
  }
  return undefined;
}

/**
 * Compressed bodies by file, kept while the file is unchanged (same size and modification time):
 * the browser tests load the same pages hundreds of times, and compressing each answer again
 * would cost the test run's one process a core.
 */
const gzipped = new Map<string, { stamp: string; body: Buffer }>();

async function compressed(file: string): Promise<Buffer> {
  const s = await stat(file);
  const stamp = `${s.size}:${s.mtimeMs}`;
  const kept = gzipped.get(file);
  if (kept?.stamp === stamp) return kept.body;
  const zipped = gzipSync(await readFile(file));
  gzipped.set(file, { stamp, body: zipped });
  return zipped;
}

/** A built site and the base path it was built for. */
export interface Mount {
  root: string;
  base?: string;
}

/** Serves `root` under `base` (default « / ») on a free port of 127.0.0.1. */
export async function serveStatic(root: string, base = '/'): Promise<RunningServer> {
  const [server] = await serveSites([{ root, base }]);
  if (!server) throw new Error('Aucun site à servir.');
  return server;
}

/**
 * Serves several built sites on one origin (one free port of 127.0.0.1), each under its base, as
 * a host that keeps two copies of the course does. A request goes to the site with the longest
 * base that matches. Returns one address per site, in order; closing any of them stops the server.
 */
export async function serveSites(mounts: readonly Mount[]): Promise<RunningServer[]> {
  const sites = mounts
    .map(({ root, base = '/' }) => ({ top: resolve(root), prefix: base.endsWith('/') ? base : `${base}/` }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const site = sites.find(({ prefix }) => pathname.startsWith(prefix) || `${pathname}/` === prefix);
    if (!site) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('outside base');
      return;
    }
    const { top, prefix } = site;
    pathname = pathname.slice(prefix.length - 1) || '/';
    const target = normalize(join(top, pathname));
    if (!target.startsWith(top)) {
      res.writeHead(403).end();
      return;
    }
    const file = await fileAt(target);
    if (file && !file.endsWith('.html') && pathname.endsWith('/')) {
      res.writeHead(404).end();
      return;
    }
    if (file && (await stat(target)).isDirectory() && !pathname.endsWith('/')) {
      res.writeHead(301, { location: `${prefix}${pathname.slice(1)}/${url.search}` }).end();
      return;
    }
    const status = file ? 200 : 404;
    const shown = file ?? join(top, '404.html');
    const type = TYPES[file ? extname(file) : '.html'] ?? 'application/octet-stream';
    // Text is compressed, as any static host does, so that audits measure what visitors get.
    const compress = /text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const plain = () => readFile(shown).catch(() => Buffer.from('404'));
    const sent = compress ? await compressed(shown).catch(async () => gzipSync(await plain())) : await plain();
    res
      .writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      })
      .end(sent);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Le serveur de test n’a pas d’adresse.');
  const close = () => new Promise<void>((ok) => server.close(() => ok()));
  return mounts.map(({ base = '/' }) => ({
    url: `http://127.0.0.1:${address.port}${base.endsWith('/') ? base : `${base}/`}`,
    close,
  }));
}
