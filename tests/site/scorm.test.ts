// The SCORM packages, read from the zips themselves: a manifest with the elements the SCORM 1.2
// (and 2004) schema requires, every file listed and present, and pages whose links and assets all
// resolve to files inside the package — relative, file by file, as an LMS serves them.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readScormZip, SCORM_2004_ZIP } from '../support/scorm-package';
import { readLessonFiles } from '../support/course-files';
import { readQuiz } from '../support/quiz-files';
import { quizHash } from '../../src/build-time/quiz-hash';
import { LMS_COURSE_META } from '../../src/lib/lms/scorm';
import { FINAL_QUIZ_ID } from '../../src/course';

let zip: Map<string, Uint8Array>;
const text = (name: string) => new TextDecoder().decode(zip.get(name));

beforeAll(() => {
  zip = readScormZip();
}, 180_000);

interface Manifest {
  '@identifier': string;
  metadata: { schema: string; schemaversion: string | number };
  organizations: {
    '@default': string;
    organization: {
      '@identifier': string;
      title: string;
      item: { '@identifier': string; '@identifierref': string; title: string };
    };
  };
  resources: {
    resource: {
      '@identifier': string;
      '@type': string;
      '@adlcp:scormtype': string;
      '@href': string;
      file: { '@href': string }[];
    };
  };
}

function manifest(): Manifest {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => name === 'file',
  });
  return (parser.parse(text('imsmanifest.xml')) as { manifest: Manifest }).manifest;
}

/** Every URL a page refers to: links, assets, forms, island modules. */
function refsOf(root: HTMLElement): string[] {
  return [
    ...root.querySelectorAll('a[href], link[href], area[href]').map((e) => e.getAttribute('href') ?? ''),
    ...root.querySelectorAll('script[src], img[src], source[src], iframe[src]').map((e) => e.getAttribute('src') ?? ''),
    ...root.querySelectorAll('form[action]').map((e) => e.getAttribute('action') ?? ''),
    ...root
      .querySelectorAll('astro-island')
      .flatMap((e) => [e.getAttribute('component-url') ?? '', e.getAttribute('renderer-url') ?? ''])
      .filter(Boolean),
  ];
}

describe('the SCORM 1.2 package', () => {
  it('has imsmanifest.xml at its root with the required elements', () => {
    expect(zip.has('imsmanifest.xml')).toBe(true);
    const m = manifest();
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(m['@identifier']).toBe(`medias-sociaux-en-sante-${version}`);
    expect(m.metadata.schema).toBe('ADL SCORM');
    expect(String(m.metadata.schemaversion)).toBe('1.2');
    const org = m.organizations.organization;
    expect(m.organizations['@default']).toBe(org['@identifier']);
    expect(org.title).toBe('Les médias sociaux en santé');
    expect(org.item['@identifierref']).toBe(m.resources.resource['@identifier']);
    expect(m.resources.resource['@adlcp:scormtype']).toBe('sco');
    expect(m.resources.resource['@href']).toBe('index.html');
    expect(zip.has('index.html')).toBe(true);
  });

  it('lists every file it holds, and holds every file it lists', () => {
    const listed = manifest().resources.resource.file.map((f) => decodeURIComponent(f['@href']));
    const held = [...zip.keys()].filter((f) => f !== 'imsmanifest.xml');
    expect(listed.filter((f) => !zip.has(f))).toEqual([]);
    expect(held.filter((f) => !listed.includes(f))).toEqual([]);
    expect(held.some((f) => f.startsWith('pagefind/'))).toBe(true);
  });

  it('has pages whose every link and asset is a file inside the package', () => {
    const base = 'http://lms.test/paquet/';
    const pages = [...zip.keys()].filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const broken: string[] = [];
    for (const page of pages) {
      for (const ref of refsOf(parse(text(page)))) {
        if (ref === '' || ref.startsWith('#') || /^(mailto|tel|data):/.test(ref)) continue;
        const url = new URL(ref, new URL(page, base));
        if (url.origin !== new URL(base).origin) {
          // Links out to sources are fine; anything the page would load from elsewhere is not.
          if (!/^https?:$/.test(url.protocol) || !ref.startsWith('http')) broken.push(`${page}: ${ref}`);
          continue;
        }
        const file = decodeURIComponent(url.pathname).slice(new URL(base).pathname.length);
        if (ref.startsWith('/') || !url.pathname.startsWith(new URL(base).pathname) || !zip.has(file)) {
          broken.push(`${page}: ${ref}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    const loads: string[] = [];
    for (const page of [...zip.keys()].filter((f) => f.endsWith('.html'))) {
      const root = parse(text(page));
      const assets = [
        ...root
          .querySelectorAll('script[src], img[src], source[src], iframe[src]')
          .map((e) => e.getAttribute('src') ?? ''),
        ...root.querySelectorAll('link[href]').map((e) => e.getAttribute('href') ?? ''),
      ];
      loads.push(...assets.filter((u) => /^(https?:)?\/\//.test(u)).map((u) => `${page}: ${u}`));
    }
    expect(loads).toEqual([]);
  });

  it('carries the LMS probe on every page, and no absolute path to the build’s base', () => {
    for (const page of [...zip.keys()].filter((f) => f.endsWith('.html'))) {
      const html = text(page);
      expect(html, page).toMatch(/<script type="module" src="(\.\.\/)*\.?\/?_astro\/page\.[\w-]+\.js"/);
      expect(html, page).not.toContain('__msst_scorm_base__');
    }
  });

  it('tells the LMS adapter the course on every page: lessons in course order, the final evaluation’s version', () => {
    const expected = {
      lessons: readLessonFiles().map((l) => l.slug),
      finalQuizId: FINAL_QUIZ_ID,
      finalHash: quizHash(readQuiz(FINAL_QUIZ_ID)),
    };
    const pages = [...zip.keys()].filter((f) => f.endsWith('.html'));
    for (const page of pages) {
      const meta = parse(text(page)).querySelector(`meta[name="${LMS_COURSE_META}"]`);
      expect(JSON.parse(meta?.getAttribute('content') ?? 'null'), page).toEqual(expected);
    }
    expect(pages.length).toBeGreaterThan(40);
    // The static site's pages carry none of it.
    for (const page of ['dist/index.html', 'dist/progression/index.html'])
      expect(readFileSync(page, 'utf8'), page).not.toContain(LMS_COURSE_META);
  });
});

describe('the SCORM 2004 4th Edition package', () => {
  it('holds the same site with a SCORM 2004 manifest', () => {
    const other = readScormZip(SCORM_2004_ZIP);
    const site = (z: Map<string, Uint8Array>) => [...z.keys()].filter((f) => f !== 'imsmanifest.xml').sort();
    expect(site(other)).toEqual(site(zip));
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (name) => name === 'file',
    });
    const m = (
      parser.parse(new TextDecoder().decode(other.get('imsmanifest.xml'))) as {
        manifest: Manifest & { '@xmlns': string; '@xmlns:adlcp': string };
      }
    ).manifest;
    expect(m['@xmlns']).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
    expect(m['@xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_v1p3');
    expect(String(m.metadata.schemaversion)).toBe('2004 4th Edition');
    const resource = m.resources.resource as unknown as Record<string, string>;
    expect(resource['@adlcp:scormType']).toBe('sco');
    expect(resource['@href']).toBe('index.html');
    expect(m.organizations.organization.item['@identifierref']).toBe(resource['@identifier']);
    expect(m.resources.resource.file.map((f) => decodeURIComponent(f['@href'])).sort()).toEqual(site(other));
  });
});
