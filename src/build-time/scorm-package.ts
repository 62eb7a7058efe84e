/**
 * Turning a built site into a SCORM package (1.2 and 2004), as pure functions over file paths and
 * text (the build itself is scripts/build-scorm.ts). The site is built with a placeholder base
 * path, then:
 * - in pages and stylesheets, the placeholder becomes the relative way back to the package root
 *   (« ../../ » from lecons/x/index.html), and links to folders name their index.html, since an
 *   LMS serves a package's files one by one and answers a folder with « not found »;
 * - in scripts, which run against the page's address rather than their own, the placeholder
 *   becomes the root computed at run time from the script's own address (import.meta.url);
 * - imsmanifest.xml lists the one SCO and every file (SCORM 1.2 or 2004 4th Edition Content
 *   Aggregation Model).
 * The build script runs this file with Node's type stripping: no path aliases, imports with their
 * extension.
 */
import { XMLBuilder } from 'fast-xml-parser';

/** The base path the site is built with before rewriting; found nowhere else in the site. */
export const BASE_PLACEHOLDER = '/__msst_scorm_base__/';

/** How to go from a file to the package root: « ./ » at the root, « ../ » per folder below. */
export function rootFrom(file: string): string {
  const depth = file.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** A relative URL naming a folder gets its index.html; other URLs are returned unchanged. */
export function folderToFile(url: string): string {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) return url;
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  if (path === '' || !path.endsWith('/')) return url;
  return `${path}index.html${rest}`;
}

/** A built page, for the package: relative links from `file` (its path in the site). */
export function rewriteHtml(html: string, file: string): string {
  const root = rootFrom(file);
  return html
    .replaceAll(BASE_PLACEHOLDER, root)
    .replace(/(\s(?:href|action)=)"([^"]*)"/g, (_, attr: string, url: string) => `${attr}"${folderToFile(url)}"`);
}

/** A stylesheet, for the package: url() relative to the stylesheet at `file`. */
export function rewriteCss(css: string, file: string): string {
  return css.replaceAll(BASE_PLACEHOLDER, rootFrom(file));
}

/**
 * A script module, for the package: the base path computed when it runs, from its own address
 * (scripts live in _astro/, so the root is « ../ » from them). Vite writes the base as a string of
 * its own (« `/base/` »); any other use of the placeholder is reported by `leftovers`.
 */
export function rewriteJs(js: string, file: string): string {
  const runtimeRoot = `(new URL(${JSON.stringify(rootFrom(file))},import.meta.url).pathname)`;
  return js.replaceAll(`\`${BASE_PLACEHOLDER}\``, runtimeRoot).replaceAll(`"${BASE_PLACEHOLDER}"`, runtimeRoot);
}

/** Whether text still holds the placeholder after rewriting (the build then stops). */
export function leftovers(text: string): boolean {
  return text.includes(BASE_PLACEHOLDER.slice(1, -1));
}

/** What imsmanifest.xml says. */
export interface ManifestInput {
  /** Manifest identifier (unique per course and version). */
  identifier: string;
  /** Course title, shown by the LMS. */
  title: string;
  /** Every file of the package except the manifest, as paths from the root with « / ». */
  files: readonly string[];
  /** Launch page of the SCO. Default index.html. */
  launch?: string;
}

/** A file path as a URL inside the manifest (each segment percent-encoded as needed). */
function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** What differs between the two editions' manifests; everything else is one document. */
interface Edition {
  /** The manifest element's version attribute. */
  version: string;
  /** metadata/schemaversion. */
  schemaversion: string;
  /** Namespaces (xmlns, xmlns:adlcp, …) and xsi:schemaLocation, as attributes of the root. */
  namespaces: Record<string, string>;
  /** The attribute that makes the resource a SCO (its T is a capital in SCORM 2004). */
  scormType: 'adlcp:scormtype' | 'adlcp:scormType';
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** SCORM 1.2 (Content Packaging 1.1.2) and SCORM 2004 4th Edition. */
const EDITIONS = {
  '1.2': {
    version: '1.0',
    schemaversion: '1.2',
    namespaces: {
      xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
      'xmlns:xsi': XSI,
      'xsi:schemaLocation':
        'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
    },
    scormType: 'adlcp:scormtype',
  },
  '2004': {
    version: '1',
    schemaversion: '2004 4th Edition',
    namespaces: {
      xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
      'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
      'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
      'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
      'xmlns:xsi': XSI,
      'xsi:schemaLocation':
        'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
    },
    scormType: 'adlcp:scormType',
  },
} as const satisfies Record<string, Edition>;

/** A SCORM edition the package is made in. */
export type ScormEdition = keyof typeof EDITIONS;

const builder = new XMLBuilder({
  attributeNamePrefix: '@',
  ignoreAttributes: false,
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // isvisible="true" stays a value: XML has no boolean attributes.
  suppressBooleanAttributes: false,
});

/**
 * imsmanifest.xml in one edition: one organization with one item, pointing at one resource of
 * type « sco » whose files are the whole site. Neither edition gives a pass mark (no
 * adlcp:masteryscore, no objective satisfied by measure): an LMS would then judge passed or failed
 * from the score alone (Moodle's « mastery score overrides status » is on by default; SCORM 2004
 * computes success_status from cmi.scaled_passing_score), and pass a learner whose lessons are
 * unread. The SCO reports the verdict of the course's one pass rule
 * (src/lib/progress/course-pass.ts).
 */
export function manifestXml(edition: ScormEdition, input: ManifestInput): string {
  const e: Edition = EDITIONS[edition];
  const prefixed = (attributes: Record<string, string>) =>
    Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`@${k}`, v]));
  const manifest = {
    ...prefixed({ identifier: input.identifier, version: e.version, ...e.namespaces }),
    metadata: { schema: 'ADL SCORM', schemaversion: e.schemaversion },
    organizations: {
      '@default': 'organization',
      organization: {
        '@identifier': 'organization',
        title: input.title,
        item: { ...prefixed({ identifier: 'item', identifierref: 'resource', isvisible: 'true' }), title: input.title },
      },
    },
    resources: {
      resource: {
        ...prefixed({
          identifier: 'resource',
          type: 'webcontent',
          [e.scormType]: 'sco',
          href: href(input.launch ?? 'index.html'),
        }),
        file: [...input.files].sort().map((f) => ({ '@href': href(f) })),
      },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ manifest }) as string}`;
}
