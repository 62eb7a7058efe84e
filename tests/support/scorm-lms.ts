/**
 * A stand-in LMS for browser tests of the SCORM package: on 127.0.0.1, a player page whose
 * window.API is scorm-again's Scorm12API (a real SCORM 1.2 run-time; or window.API_1484_11, its
 * Scorm2004API, on the SCORM 2004 player) shows the unzipped package
 * in an iframe, under a sub-path, the way Moodle serves it: file by file, with no folder index
 * (a folder URL answers 404). The player keeps the run-time's CMI data in sessionStorage at each
 * commit and at LMSFinish, and starts from it on the next load: reloading it is a new launch with
 * the learner's saved data, as an LMS does.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

/** Where the package's files are served, below the player. */
export const CONTENT_PATH = '/mod/scorm/content/42/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

/** The sessionStorage key of the saved CMI data (on the LMS's origin). */
export const CMI_KEY = 'lms:cmi';

/** The learner, as the LMS writes cmi.core.student_name. */
export const STUDENT_NAME = 'Tremblay, Marie';

/** The run-time of each SCORM version: its script, class, window name and calls. */
const RUNTIMES = {
  '1.2': {
    file: 'scorm12.js',
    className: 'Scorm12API',
    windowName: 'API',
    calls: ['LMSInitialize', 'LMSCommit', 'LMSFinish', 'LMSGetValue'],
    learner: { core: { student_id: 'marie', student_name: STUDENT_NAME } },
  },
  '2004': {
    file: 'scorm2004.js',
    className: 'Scorm2004API',
    windowName: 'API_1484_11',
    calls: ['Initialize', 'Commit', 'Terminate', 'GetValue'],
    learner: { learner_id: 'marie', learner_name: STUDENT_NAME },
  },
} as const;

/** The player page for a SCORM version. */
function player(version: keyof typeof RUNTIMES): string {
  const r = RUNTIMES[version];
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>LMS de test</title>
    <link rel="icon" href="data:," />
    <script src="/lms/${r.file}"></script>
    <script>
      const api = new ${r.className}({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
      const saved = sessionStorage.getItem('${CMI_KEY}');
      api.loadFromJSON(saved ? JSON.parse(saved) : ${JSON.stringify(r.learner)}, '');
      window.lmsCalls = [];
      const keep = () => sessionStorage.setItem('${CMI_KEY}', JSON.stringify(api.cmi));
      for (const call of ${JSON.stringify(r.calls)}) {
        api.on(call, () => {
          window.lmsCalls.push(call);
          if (call === '${r.calls[1]}' || call === '${r.calls[2]}') keep();
        });
      }
      // ?refuse=element: the LMS refuses to store that element (error 405, « Incorrect Data Type »).
      const refused = new URLSearchParams(location.search).get('refuse');
      let forced = '';
      window.${r.windowName} = !refused
        ? api
        : new Proxy(api, {
            get(target, name) {
              const value = target[name];
              if (typeof value !== 'function') return value;
              if (/GetLastError$/.test(name)) return () => forced || value.call(target);
              if (/GetErrorString$/.test(name)) return (code) => (code === forced ? 'Incorrect Data Type' : value.call(target, code));
              return (...args) => {
                forced = '';
                if (/SetValue$/.test(name) && args[0] === refused) {
                  forced = '405';
                  return 'false';
                }
                return value.apply(target, args);
              };
            },
          });
    </script>
    <style>
      body { margin: 0; }
      iframe { border: 0; width: 100vw; height: 100vh; display: block; }
    </style>
  </head>
  <body>
    <iframe id="sco" title="Module" src="${CONTENT_PATH}index.html"></iframe>
  </body>
</html>
`;
}

/** A running stand-in LMS. */
export interface RunningLms {
  /** The player page's URL (SCORM 1.2). */
  player: string;
  /** The player page's URL with a SCORM 2004 run-time. */
  player2004: string;
  /** An empty page of the LMS's origin, to prepare its storage before a launch. */
  blank: string;
  /** The package root's URL (ends with « / »). */
  content: string;
  /** The origin the player and the package share. */
  origin: string;
  close: () => Promise<void>;
}

/** Serves the player and the unzipped package in `packageDir` on a free port of 127.0.0.1. */
export async function serveLms(packageDir: string): Promise<RunningLms> {
  const top = resolve(packageDir);
  const runtimes = resolve('node_modules/scorm-again/dist');
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (status: number, type: string, body: string | Buffer) =>
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (path === '/lms/player.html') return send(200, TYPES['.html'] as string, player('1.2'));
    if (path === '/lms/player-2004.html') return send(200, TYPES['.html'] as string, player('2004'));
    if (path === '/lms/blank.html')
      return send(200, TYPES['.html'] as string, '<!doctype html><title>LMS</title><link rel="icon" href="data:,">');
    if (path === '/lms/scorm12.js' || path === '/lms/scorm2004.js') {
      return send(200, TYPES['.js'] as string, await readFile(join(runtimes, path.slice('/lms/'.length))));
    }
    if (!path.startsWith(CONTENT_PATH)) return send(404, 'text/plain', 'not found');
    const target = normalize(join(top, path.slice(CONTENT_PATH.length)));
    if (!target.startsWith(top)) return send(403, 'text/plain', 'forbidden');
    // Files only, as Moodle's pluginfile.php: a folder is « not found », never its index.html.
    const isFile = await stat(target).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!isFile) return send(404, 'text/plain', 'not found');
    return send(200, TYPES[extname(target)] ?? 'application/octet-stream', await readFile(target));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Le LMS de test n’a pas d’adresse.');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    player: `${origin}/lms/player.html`,
    player2004: `${origin}/lms/player-2004.html`,
    blank: `${origin}/lms/blank.html`,
    content: `${origin}${CONTENT_PATH}`,
    origin,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
