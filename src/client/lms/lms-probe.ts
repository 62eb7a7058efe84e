/**
 * The SCORM package's probe, injected into every page of the package (src/integrations/scorm.ts;
 * never in the normal site): looks for an LMS's SCORM API (2004 or 1.2) and, only when there is
 * one, imports the adapter. Its links need no mending: the package's build writes every link to a
 * page as a file (src/lib/url.ts, pageLink).
 */
import { findLmsApi } from './lms-api';
import { watchNavigation } from './lms-navigation';
import { withBase } from '../../lib/url';
import { fill } from '../../lib/template';
import { lms as t } from '../../i18n/fr-lms';
import type { PageCourse } from './lms-adapter';

/** Runs the probe on this page, with what the adapter must know of the course. */
export function startProbe(course: PageCourse): void {
  const api = findLmsApi();
  if (!api) return;
  // From now on, not once the adapter has loaded: the learner may already be on their way.
  const leavingForCourse = watchNavigation(new URL(withBase('/'), location.href).href);
  import('./lms-adapter')
    .then(({ startLms }) => startLms(api, course, leavingForCourse))
    .catch((error: unknown) => console.warn(fill(t.loadFailed, { text: String(error) })));
}
