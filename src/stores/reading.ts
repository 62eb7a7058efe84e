/**
 * The reading of a lesson, in the lesson records of progress.ts: where the reader is, and
 * whether the lesson was read to its end (« lue »). Apart from progress.ts because only a lesson
 * page records them: the other pages that load the progress stores do not ship this action.
 */
import { $lessons, currentLessons } from './progress';
import type { LessonRecord } from '../lib/progress/progress-records';

/** Lessons whose place this page view has already noted once. */
const noted = new Set<string>();

/**
 * Notes where the reader is in a lesson: now, at the heading `section` (an id), or at the top when
 * undefined; « Reprendre » leads to the lesson last noted, at that heading. With `read`, the
 * lesson is also « lue » (the first time is kept).
 */
export function markPlace(slug: string, section: string | undefined, read = false, now = new Date()): void {
  const lessons = currentLessons();
  const previous = lessons[slug];
  // Nothing new (same heading, « lue » already kept): no write, no event sent to other tabs. The
  // first pause of a page view still writes, so the lesson becomes the one last read.
  if (previous?.seenAt && previous.section === section && (!read || previous.readAt) && noted.has(slug)) return;
  noted.add(slug);
  const at = now.toISOString();
  const record: LessonRecord = { ...(previous ?? { visitedAt: at }), seenAt: at };
  if (section) record.section = section;
  else delete record.section;
  if (read) record.readAt ??= at;
  $lessons.set({ ...lessons, [slug]: record });
}
