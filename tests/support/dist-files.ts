/** Lists and reads a built site's files, for checks that need no browser. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A built site: its folder and the base path it was built for (ending with « / »). */
export interface BuiltSite {
  dir: string;
  base: string;
}

/** The site the checks read by default: E2E_DIST (or dist) built for BASE_PATH (or « / »). */
export const defaultSite: BuiltSite = {
  dir: process.env.E2E_DIST ?? 'dist',
  base: (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/'),
};

/** Every file of the site with the given extension, relative to its folder, with « / ». */
export function distFiles(ext: string, site: BuiltSite = defaultSite): string[] {
  if (!existsSync(join(site.dir, 'index.html'))) {
    throw new Error(`Aucun site construit dans ${site.dir}/ : lancez « npm run build » d’abord.`);
  }
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(ext)) out.push(relative(site.dir, p).split(sep).join('/'));
    }
  };
  walk(site.dir);
  return out.sort();
}

/** Reads a file of the site as text. */
export function readDist(path: string, site: BuiltSite = defaultSite): string {
  return readFileSync(join(site.dir, path), 'utf8');
}

/** The file a URL path serves (folder → index.html), or undefined when none. */
export function fileForUrlPath(urlPath: string, site: BuiltSite = defaultSite): string | undefined {
  if (!urlPath.startsWith(site.base) && `${urlPath}/` !== site.base) return undefined;
  const inner = decodeURIComponent(urlPath.slice(site.base.length));
  if (inner === '') return existsSync(join(site.dir, 'index.html')) ? 'index.html' : undefined;
  for (const candidate of [inner, join(inner, 'index.html'), `${inner}.html`]) {
    const p = join(site.dir, candidate);
    if (existsSync(p) && statSync(p).isFile()) return candidate.split(sep).join('/');
  }
  return undefined;
}
