/**
 * `npm run build:scorm`: the course as a SCORM package that an LMS (Moodle's « Paquetage SCORM »
 * activity, among others) imports and tracks, in two editions: SCORM 1.2 (the one every LMS reads)
 * and SCORM 2004 4th Edition. Builds the site into dist-scorm/site/ with a
 * placeholder base and the LMS probe (SCORM=1, see src/integrations/scorm.ts), makes every URL
 * relative (src/build-time/scorm-package.ts), and zips it all with fflate, with each edition's
 * imsmanifest.xml, into dist-scorm/medias-sociaux-en-sante-scorm12.zip and -scorm2004.zip. The
 * site is the same in both: its adapter speaks the version of the API the LMS provides. The
 * normal build (dist/) is left alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import {
  BASE_PLACEHOLDER,
  leftovers,
  manifestXml,
  type ManifestInput,
  rewriteCss,
  rewriteHtml,
  rewriteJs,
} from '../src/build-time/scorm-package.ts';
import { COURSE_SLUG, COURSE_TITLE, packageIdentifier } from '../src/course.ts';

/** Where the package is built. */
export const OUT_DIR = 'dist-scorm';
/** The built site inside it (the package's content, before zipping). */
export const SITE_DIR = join(OUT_DIR, 'site');
/** The SCORM 1.2 package. */
export const ZIP_PATH = join(OUT_DIR, `${COURSE_SLUG}-scorm12.zip`);
/** The SCORM 2004 4th Edition package. */
export const ZIP_PATH_2004 = join(OUT_DIR, `${COURSE_SLUG}-scorm2004.zip`);

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/** Every file under `dir`, as paths with « / » from `dir`. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

function build(): void {
  // A shell's environment, without what a test runner adds (Astro would read it back as
  // import.meta.env values) and without SITE_URL: the package has no public address of its own.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST|SITE_URL|BASE_PATH)$/.test(k),
    ),
  );
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', SITE_DIR], {
    env: { ...env, BASE_PATH: BASE_PLACEHOLDER, SCORM: '1' },
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new Error('La construction du site pour le paquetage SCORM a échoué (voir ci-dessus).');
}

/** Makes every URL of the built site relative to where it is used; stops on anything left over. */
function relativize(files: readonly string[]): void {
  const left: string[] = [];
  for (const file of files) {
    const ext = extname(file);
    if (!TEXT.has(ext)) continue;
    const path = join(SITE_DIR, file);
    const text = readFileSync(path, 'utf8');
    let out = text;
    // Every page is rewritten: its folder links must name files even where the base is absent.
    if (ext === '.html') out = rewriteHtml(text, file);
    else if (ext === '.css') out = rewriteCss(text, file);
    else if (ext === '.js' || ext === '.mjs') out = rewriteJs(text, file);
    if (leftovers(out)) left.push(file);
    if (out !== text) writeFileSync(path, out);
  }
  if (left.length > 0) {
    throw new Error(`Adresses absolues impossibles à rendre relatives dans\u00a0: ${left.join(', ')}`);
  }
}

/** Builds both packages; returns the zips' paths. */
export function buildScormPackages(): string[] {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  build();
  const files = listFiles(SITE_DIR);
  relativize(files);
  const version = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const input: ManifestInput = {
    identifier: packageIdentifier(version.version),
    title: COURSE_TITLE,
    files,
  };
  const content: Zippable = {};
  for (const file of files) content[file] = readFileSync(join(SITE_DIR, file));
  const zips: [string, string][] = [
    [ZIP_PATH, manifestXml('1.2', input)],
    [ZIP_PATH_2004, manifestXml('2004', input)],
  ];
  for (const [path, manifest] of zips) {
    // Pages, scripts and the index compress well; images and Pagefind's gzip chunks do not.
    writeFileSync(path, zipSync({ 'imsmanifest.xml': new TextEncoder().encode(manifest), ...content }, { level: 9 }));
  }
  return zips.map(([path]) => path);
}

if (import.meta.main) {
  for (const zip of buildScormPackages()) {
    const size = statSync(zip).size;
    console.log(`Paquetage SCORM\u00a0: ${relative(process.cwd(), zip)} (${Math.round(size / 1024)} Ko)`);
  }
}
