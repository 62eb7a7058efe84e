/** Finds the internal links and asset references of a built page that lead nowhere. */
import { parse } from 'node-html-parser';
import { defaultSite, fileForUrlPath, readDist, type BuiltSite } from './dist-files.ts';

const ORIGIN = 'http://site.test';

/** The URL a built file is served at. */
function urlOf(file: string, site: BuiltSite): string {
  return `${ORIGIN}${site.base}${file === 'index.html' ? '' : file.replace(/index\.html$/, '')}`;
}

/** Every internal reference of `file` whose target file, or anchor, does not exist. */
export function brokenLinks(
  file: string,
  site: BuiltSite = defaultSite,
  ids = new Map<string, Set<string>>(),
): string[] {
  const idsOf = (target: string) => {
    let set = ids.get(target);
    if (!set) {
      set = new Set(
        parse(readDist(target, site))
          .querySelectorAll('[id]')
          .map((e) => e.getAttribute('id') ?? ''),
      );
      ids.set(target, set);
    }
    return set;
  };
  const root = parse(readDist(file, site));
  const refs = [
    ...root.querySelectorAll('a[href], link[href]').map((e) => e.getAttribute('href') ?? ''),
    ...root.querySelectorAll('script[src], img[src], source[src], iframe[src]').map((e) => e.getAttribute('src') ?? ''),
    ...root
      .querySelectorAll('img[srcset], source[srcset]')
      .flatMap((e) => (e.getAttribute('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0] ?? '')),
    ...root.querySelectorAll('form[action]').map((e) => e.getAttribute('action') ?? ''),
    ...root
      .querySelectorAll('astro-island')
      .flatMap((e) => [e.getAttribute('component-url') ?? '', e.getAttribute('renderer-url') ?? '']),
  ];
  const broken: string[] = [];
  for (const ref of refs) {
    if (ref === '' || /^(mailto|tel|data|javascript):/.test(ref)) continue;
    const url = new URL(ref, urlOf(file, site));
    if (url.origin !== ORIGIN) continue;
    const target = fileForUrlPath(url.pathname, site);
    if (!target) broken.push(`${ref} (aucun fichier)`);
    else if (
      url.hash.length > 1 &&
      target.endsWith('.html') &&
      !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
    ) {
      broken.push(`${ref} (ancre absente)`);
    }
  }
  return broken;
}
