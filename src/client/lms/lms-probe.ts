/**
 * The SCORM package's probe, injected into every page of the package (src/integrations/scorm.ts;
 * never in the normal site): looks for an LMS's SCORM API (2004 or 1.2) and, only when there is
 * one, imports the adapter with the course the page carries (its LMS_COURSE_META tag, written at
 * build time from the content collections by PageHead.astro). Its links need no mending: the
 * package's build writes every link to a page as a file (src/lib/page-link.ts).
 */
import { findLmsApi } from './lms-api';
import { watchNavigation } from './lms-navigation';
import { withBase } from '../../lib/url';
import { fill } from '../../lib/template';
import { lms as t } from '../../i18n/fr-lms';
import { LMS_COURSE_META, type LmsCourse } from '../../lib/lms/scorm';

/** The course this page carries, or undefined (no tag, or one the build did not write). */
function pageCourse(): LmsCourse | undefined {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${LMS_COURSE_META}"]`)?.content;
  try {
    const course = JSON.parse(content ?? 'null') as LmsCourse | null;
    return Array.isArray(course?.lessons) ? course : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the probe on this page. */
export function startProbe(): void {
  const course = pageCourse();
  const api = course && findLmsApi();
  if (!course || !api) return;
  // From now on, not once the adapter has loaded: the learner may already be on their way.
  const leavingForCourse = watchNavigation(new URL(withBase('/'), location.href).href);
  import('./lms-adapter')
    .then(({ startLms }) => startLms(api, course, leavingForCourse))
    .catch((error: unknown) => console.warn(fill(t.loadFailed, { text: String(error) })));
}
