/**
 * Whether the page is being left for another page of the course, watched from the start of the
 * page by the probe (lms-probe.ts): a navigation started before the adapter has loaded still
 * counts. The adapter then only commits on leaving, instead of finishing the LMS session that the
 * next page continues (a SCORM 2004 LMS refuses to open a finished session again).
 *
 * The Navigation API sees every navigation this page starts (links, forms, scripts, back and
 * forward); where it is missing, link clicks and form submissions are watched instead.
 */

/** Starts watching; the returned function tells whether the page is leaving for `root`'s pages. */
export function watchNavigation(root: string): () => boolean {
  const insideCourse = (url: string) => url.startsWith(root);
  let leavingForCourse = false;
  const nav = (window as Window & { navigation?: EventTarget }).navigation;
  if (nav) {
    nav.addEventListener('navigate', (event) => {
      const e = event as Event & { destination: { url: string; sameDocument: boolean } };
      if (!e.destination.sameDocument) leavingForCourse = insideCourse(e.destination.url);
    });
    nav.addEventListener('navigateerror', () => {
      leavingForCourse = false;
    });
  } else {
    document.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
      if (!link || event.defaultPrevented || (link.target && link.target !== '_self')) return;
      const url = new URL(link.href);
      const here = new URL(location.href);
      if (url.pathname === here.pathname && url.search === here.search) return;
      leavingForCourse = insideCourse(link.href);
    });
    document.addEventListener('submit', (event) => {
      if (event.target instanceof HTMLFormElement) leavingForCourse = insideCourse(event.target.action);
    });
  }
  return () => leavingForCourse;
}
