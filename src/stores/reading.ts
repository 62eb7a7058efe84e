/**
 * The reading of a lesson, in the lesson records of progress.ts: where the reader is, and
 * whether the lesson was read to its end (« lue »). Apart from progress.ts because only a lesson
 * page records them: the other pages that load the progress stores do not ship this action.
 */
import { $lessons, currentLessons } from './progress';
import type { LessonRecord } from '../lib/progress-records';

/**
 * Notes where the reader is in a lesson: now, at the heading `section` (an id), or at the top when
 * undefined; « Reprendre » leads to the lesson last noted, at that heading. With `read`, the
 * lesson is also « lue » (the first time is kept).
 */
export function markPlace(slug: string, section: string | undefined, read = false, now = new Date()): void {
  const lessons = currentLessons();
  const at = now.toISOString();
  const record: LessonRecord = { ...(lessons[slug] ?? { visitedAt: at }), seenAt: at };
  if (section) record.section = section;
  else delete record.section;
  if (read) record.readAt ??= at;
  $lessons.set({ ...lessons, [slug]: record });
}
