/** Lists and reads the built site's files for checks that need no browser. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folder the checks read (E2E_DIST or dist). */
export const distDir = process.env.E2E_DIST ?? 'dist';
/** The base path the site was built with (BASE_PATH or « / »), always ending with « / ». */
export const basePath = (() => {
  const b = process.env.BASE_PATH ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
})();

/** Every file under dist/ with the given extension, as paths relative to dist/ with « / ». */
export function distFiles(ext: string, dir = distDir): string[] {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`Aucun site construit dans ${dir}/ : lancez « npm run build » d’abord.`);
  }
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(ext)) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Reads a file of dist/ as text. */
export function readDist(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

/** The dist/ file a site URL path serves (folder → index.html), or undefined when none. */
export function fileForUrlPath(urlPath: string): string | undefined {
  if (!urlPath.startsWith(basePath) && `${urlPath}/` !== basePath) return undefined;
  const inner = decodeURIComponent(urlPath.slice(basePath.length));
  for (const candidate of [inner, join(inner, 'index.html'), `${inner}.html`]) {
    const p = join(distDir, candidate);
    if (candidate !== '' && existsSync(p) && statSync(p).isFile()) return candidate.split(sep).join('/');
  }
  if (inner === '' && existsSync(join(distDir, 'index.html'))) return 'index.html';
  return undefined;
}
