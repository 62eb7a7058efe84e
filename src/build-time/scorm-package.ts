/**
 * Turning a built site into a SCORM 1.2 package, as pure functions over file paths and text (the
 * build itself is scripts/build-scorm.ts). The site is built with a placeholder base path, then:
 * - in pages and stylesheets, the placeholder becomes the relative way back to the package root
 *   (« ../../ » from lecons/x/index.html), and links to folders name their index.html, since an
 *   LMS serves a package's files one by one and answers a folder with « not found »;
 * - in scripts, which run against the page's address rather than their own, the placeholder
 *   becomes the root computed at run time from the script's own address (import.meta.url);
 * - imsmanifest.xml lists the one SCO and every file (SCORM 1.2 or 2004 4th Edition Content
 *   Aggregation Model).
 * No import: the build script runs this file with Node's type stripping.
 */

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

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A file path as a URL inside the manifest (each segment percent-encoded as needed). */
function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The SCORM 1.2 manifest: one organization with one item, pointing at one resource of type
 * « sco » whose files are the whole site.
 */
export function manifestXml(input: ManifestInput): string {
  const launch = input.launch ?? 'index.html';
  const files = [...input.files]
    .sort()
    .map((f) => `      <file href="${xml(href(f))}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(input.identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${xml(input.title)}</title>
      <item identifier="item" identifierref="resource" isvisible="true">
        <title>${xml(input.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="resource" type="webcontent" adlcp:scormtype="sco" href="${xml(href(launch))}">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The SCORM 2004 4th Edition manifest: the same single SCO (adlcp:scormType, with a capital T in
 * this version). Neither manifest gives a pass mark (no adlcp:masteryscore, no objective satisfied
 * by measure): an LMS would then judge passed or failed from the score alone (Moodle's « mastery
 * score overrides status » is on by default; SCORM 2004 computes success_status from
 * cmi.scaled_passing_score), and pass a learner whose lessons are unread. The SCO reports the
 * verdict of the course's one pass rule (src/lib/progress/course-pass.ts).
 */
export function manifestXml2004(input: ManifestInput): string {
  const launch = input.launch ?? 'index.html';
  const files = [...input.files]
    .sort()
    .map((f) => `      <file href="${xml(href(f))}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(input.identifier)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${xml(input.title)}</title>
      <item identifier="item" identifierref="resource" isvisible="true">
        <title>${xml(input.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="resource" type="webcontent" adlcp:scormType="sco" href="${xml(href(launch))}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
