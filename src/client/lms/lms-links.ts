/**
 * In the SCORM package, links name files, not folders. A web server answers « lecons/x/ » with
 * lecons/x/index.html, but an LMS serves a package's files one by one (Moodle's pluginfile.php
 * answers a folder with « not found »). The build rewrites the links written in the pages
 * (scripts/build-scorm.ts); this rewrites the ones the page's scripts add or change later
 * (« Reprendre », search results), the moment they appear.
 */

/** The same URL with index.html added when it names a folder of this site, or undefined. */
export function fileUrl(href: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(base).origin || !url.pathname.endsWith('/')) return undefined;
  url.pathname += 'index.html';
  return `${url.pathname}${url.search}${url.hash}`;
}

function fix(link: Element): void {
  const href = link.getAttribute('href');
  if (href === null || href.startsWith('#')) return;
  const file = fileUrl(href, document.baseURI);
  if (file) link.setAttribute('href', file);
}

/** Rewrites folder links in `root` now and whenever links are added or changed. */
export function keepLinksToFiles(root: HTMLElement = document.documentElement): void {
  root.querySelectorAll('a[href], area[href]').forEach(fix);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof Element && record.target.matches('a, area')) fix(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches('a[href], area[href]')) fix(node);
        node.querySelectorAll('a[href], area[href]').forEach(fix);
      }
    }
  }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
}
