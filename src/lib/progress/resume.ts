/**
 * « Reprendre », the one place that decides where it leads and what it says: the lesson last
 * read, at the heading where the reader stopped; the final evaluation once every lesson is
 * completed; the certificate once it is passed. The home page and the progress page build their
 * link with resumeLink. In an LMS, the adapter makes the LMS's bookmark the lesson last seen
 * (placeAtBookmark, src/lib/lms/scorm.ts), so the same rule leads there.
 */
import type { LessonRecords } from './progress-records';
import { fill } from '../template';

/** Where to send a learner next. */
export type ResumeTarget =
  /** Nothing done yet: start with the first lesson. */
  | { kind: 'start'; slug: string }
  /** A lesson to go on with, at a section (heading id) when one was recorded. */
  | { kind: 'lesson'; slug: string; section?: string }
  /** Every lesson completed, the final evaluation not yet passed. */
  | { kind: 'final' }
  /** All done. */
  | { kind: 'done' };

/**
 * Where « Reprendre » leads. `slugs` are the lessons in course order; `started` says whether
 * anything was done (a lesson opened, a quiz taken); `finalPassed`, whether the final evaluation
 * is passed. The lesson is the one last read, at its recorded section, unless it is finished
 * (completed and read to its end): then the next lesson not completed, in course order. When
 * several lessons were last seen at the same moment (an imported file), one not completed wins.
 */
export function resumeTarget(
  slugs: readonly string[],
  lessons: LessonRecords,
  { started, finalPassed }: { started: boolean; finalPassed: boolean },
): ResumeTarget {
  const first = slugs[0] ?? '';
  if (!started && first) return { kind: 'start', slug: first };
  const open = slugs.filter((slug) => !lessons[slug]?.completedAt);
  if (!open.length) return finalPassed ? { kind: 'done' } : { kind: 'final' };
  const last = lastSeenLesson(slugs, lessons);
  const record = lessons[last];
  const slug =
    record?.completedAt && record.readAt
      ? (open.find((s) => slugs.indexOf(s) > slugs.indexOf(last)) ?? open[0] ?? last)
      : last;
  const section = lessons[slug]?.section;
  return section ? { kind: 'lesson', slug, section } : { kind: 'lesson', slug };
}

/**
 * The lesson the reader was at last (its latest place, else its first visit); the first lesson
 * when none was opened. When several were last seen at the same moment (an imported file), one not
 * completed wins.
 */
export function lastSeenLesson(slugs: readonly string[], lessons: LessonRecords): string {
  // Dates are ISO 8601 strings, ordered as text.
  const rank = (slug: string) => {
    const record = lessons[slug];
    return record ? (record.seenAt ?? record.visitedAt) + (record.completedAt ? 0 : 1) : '';
  };
  return slugs.reduce((best, slug) => (rank(slug) > rank(best) ? slug : best), slugs[0] ?? '');
}

/** The strings of « Reprendre » (src/i18n, progress section). */
export interface ResumeStrings {
  /** Label when nothing was done. */
  start: string;
  /** Label towards a lesson, with {title}. */
  resumeLesson: string;
  /** Label towards the final evaluation. */
  takeFinal: string;
  /** Label towards the certificate. */
  allDone: string;
}

/** What resumeLink needs besides the target. */
export interface ResumeContext {
  /** The lessons, for their titles. */
  lessons: readonly { slug: string; title: string }[];
  strings: ResumeStrings;
  /**
   * Addresses, with the site's base path, as the build writes links (src/lib/url.ts, pageLink): a
   * lesson's, with {slug} (« /lecons/{slug}/ »), the final evaluation's and the certificate's
   * (resumePaths in src/lib/page-link.ts, called by the page, so this module needs no more).
   */
  paths: { lesson: string; final: string; certificate: string };
}

/** The « Reprendre » link for a target: its address (« /lecons/x/#section » for a lesson) and its label. */
export function resumeLink(
  target: ResumeTarget,
  { lessons, strings, paths }: ResumeContext,
): { href: string; label: string } {
  if (target.kind === 'final') return { href: paths.final, label: strings.takeFinal };
  if (target.kind === 'done') return { href: paths.certificate, label: strings.allDone };
  const section = target.kind === 'lesson' && target.section ? `#${encodeURIComponent(target.section)}` : '';
  const title = lessons.find((l) => l.slug === target.slug)?.title ?? '';
  return {
    href: `${fill(paths.lesson, { slug: target.slug })}${section}`,
    label: target.kind === 'start' ? strings.start : fill(strings.resumeLesson, { title }),
  };
}
