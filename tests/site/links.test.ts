// Every internal link and asset reference of every built HTML page resolves: the target file
// exists in dist/ and, for links with a fragment, the target element exists.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { basePath, distFiles, fileForUrlPath, readDist } from '../support/dist-files';

const pages = distFiles('.html');
const ORIGIN = 'http://site.test';

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const root = parse(readDist(file));
    ids = new Set(root.querySelectorAll('[id]').map((e) => e.getAttribute('id') ?? ''));
    idsCache.set(file, ids);
  }
  return ids;
}

/** The URL path a built file is served at. */
function urlOf(file: string): string {
  const path = file === 'index.html' ? '' : file.replace(/index\.html$/, '');
  return `${ORIGIN}${basePath}${path}`;
}

describe('internal links and assets', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s: every link and asset resolves', (file) => {
    const root = parse(readDist(file));
    const refs = [
      ...root.querySelectorAll('a[href], link[href]').map((e) => e.getAttribute('href') ?? ''),
      ...root
        .querySelectorAll('script[src], img[src], source[src], iframe[src]')
        .map((e) => e.getAttribute('src') ?? ''),
      ...root
        .querySelectorAll('img[srcset], source[srcset]')
        .flatMap((e) => (e.getAttribute('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0] ?? '')),
      ...root.querySelectorAll('form[action]').map((e) => e.getAttribute('action') ?? ''),
    ];
    const broken: string[] = [];
    for (const ref of refs) {
      if (ref === '' || /^(mailto|tel|data|javascript):/.test(ref)) continue;
      const url = new URL(ref, urlOf(file));
      if (url.origin !== ORIGIN) continue;
      const target = fileForUrlPath(url.pathname);
      if (!target) {
        broken.push(`${ref} (aucun fichier)`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && target.endsWith('.html') && !idsOf(target).has(id)) broken.push(`${ref} (ancre absente)`);
    }
    expect(broken).toEqual([]);
  });
});
