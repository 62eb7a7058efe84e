/**
 * Links to the site's pages, right for their build from the start. Two builds: the static site,
 * whose server answers a folder (« lecons/x/ ») with its index.html; and the SCORM package
 * (SCORM=1), which an LMS serves file by file (Moodle's pluginfile.php answers a folder with « not
 * found »), so a link to a page names its file. __SCORM_PACKAGE__ (this build is the package) is
 * set at build time (astro.config.mjs); on the static site pageHref and pageLink fold away to the address itself.
 * Used at build time by the components and pages that write links (the islands that draw links
 * after loading receive them as props), so no page's JavaScript carries it; apart from url.ts,
 * which every page loads.
 */
import { withBase } from './url';
import type { ResumeContext } from './progress/resume';

/** Links to pages name their index.html (the SCORM package's build). */
const FILE_LINKS = typeof __SCORM_PACKAGE__ === 'boolean' && __SCORM_PACKAGE__;

/**
 * An address of a page of this site as its build must write it: unchanged on the static site (and
 * this function folds away in its build); in the SCORM package, fileAddress.
 */
export function pageHref(href: string): string {
  return FILE_LINKS ? fileAddress(href) : href;
}

/**
 * A page's address naming its file: index.html added to a folder's address (before its query or
 * fragment); a file's address, a fragment alone and other sites' addresses are left as they are.
 */
export function fileAddress(href: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  const cut = href.search(/[?#]/);
  const path = cut < 0 ? href : href.slice(0, cut);
  return path.endsWith('/') ? `${path}index.html${cut < 0 ? '' : href.slice(cut)}` : href;
}

/** The link to a page of the site: withBase, then pageHref. */
export function pageLink(path: string, base: string = import.meta.env.BASE_URL): string {
  return pageHref(withBase(path, base));
}

/**
 * Where « Reprendre » may lead (ResumeContext.paths), as this build writes links: a lesson's
 * address with {slug}, the final evaluation's and the certificate's. One home for the home page
 * and /progression/, which both draw « Reprendre ».
 */
export function resumePaths(finalQuizId: string): ResumeContext['paths'] {
  return {
    lesson: pageLink('/lecons/{slug}/'),
    final: pageLink(`/quiz/${finalQuizId}/`),
    certificate: pageLink('/attestation/'),
  };
}
