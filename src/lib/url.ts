/** Addresses under the site's base path. Links to pages: src/lib/page-link.ts. */

/** Joins the site's base path (BASE_URL) and a site-relative path, so links work under a sub-path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}
