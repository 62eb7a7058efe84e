// The service worker's precache, read from the built site: every page that reading and projecting
// need is in it (lessons, decks, presenter views, quizzes, plan, progress, certificate, search and
// the whole Pagefind index), with the scripts and styles the pages load, and the total stays under
// the budget of docs/performance.md. The SCORM package carries no service worker and no code that
// would register one.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSite, distFiles } from '../support/dist-files';
import { readScormZip } from '../support/scorm-package';
import { OFFLINE_INFO_FILE, type OfflineInfo, PRECACHE_BUDGET_BYTES, SW_FILE } from '../../src/lib/offline/offline';

const dir = defaultSite.dir;

/** The URLs (relative to the worker) of the precache manifest written into sw.js. */
function precached(): string[] {
  const sw = readFileSync(join(dir, SW_FILE), 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1] ?? '');
}

describe('offline precache', () => {
  const urls = precached();
  const set = new Set(urls);

  it('holds every page, script, style and the whole search index', () => {
    expect(urls.length).toBeGreaterThan(50);
    const wanted = [
      ...distFiles('.html'),
      ...distFiles('.js').filter((f) => f !== SW_FILE),
      ...distFiles('.css'),
      ...distFiles('.svg'),
      ...distFiles('.xlsx'),
      ...distFiles('.docx'),
      OFFLINE_INFO_FILE,
    ];
    expect(wanted.filter((f) => !set.has(f))).toEqual([]);
    for (const page of [
      'index.html',
      'mon-plan/index.html',
      'progression/index.html',
      'attestation/index.html',
      'recherche/index.html',
      'diapos/index.html',
      'diapos/presentateur/index.html',
      'salle/index.html',
    ]) {
      expect(set.has(page), page).toBe(true);
    }
    expect(urls.some((u) => /^lecons\/[^/]+\/index\.html$/.test(u))).toBe(true);
    expect(urls.some((u) => /^quiz\/[^/]+\/index\.html$/.test(u))).toBe(true);
    const pagefind = distFiles('', defaultSite).filter((f) => f.startsWith('pagefind/'));
    expect(pagefind.length).toBeGreaterThan(5);
    expect(pagefind.filter((f) => !set.has(f))).toEqual([]);
    // Only files of the site: nothing listed that the build did not write.
    expect(urls.filter((u) => !existsSync(join(dir, u)))).toEqual([]);
  });

  it('stays under its budget and says its size to the footer', () => {
    const bytes = urls.reduce((sum, u) => sum + statSync(join(dir, u)).size, 0);
    expect(bytes, `précache : ${bytes} octets`).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
    const info = JSON.parse(readFileSync(join(dir, OFFLINE_INFO_FILE), 'utf8')) as Partial<OfflineInfo>;
    expect(info.label).toMatch(/^\d+(,\d)?\u00a0Mo$/);
    expect(info?.count).toBe(urls.length);
    expect(Math.abs((info?.bytes ?? 0) - bytes)).toBeLessThan(64);
  });

  it('lets the new edition wait: no skipWaiting at install, only on the page’s message', () => {
    const sw = readFileSync(join(dir, SW_FILE), 'utf8');
    expect(sw).toContain('SKIP_WAITING');
    // Its one call is the message handler's (generateSW's skipWaiting: false).
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).not.toContain('clients.claim');
  });
});

describe('SCORM package', () => {
  it('has no service worker and no code that registers one', () => {
    const zip = readScormZip();
    const names = [...zip.keys()];
    expect(names.filter((n) => n.endsWith(SW_FILE) || n.endsWith(OFFLINE_INFO_FILE))).toEqual([]);
    const registering = names
      .filter((n) => n.endsWith('.js') || n.endsWith('.html'))
      .filter((n) => new TextDecoder().decode(zip.get(n)).includes('serviceWorker'));
    expect(registering).toEqual([]);
  }, 300_000);
});
