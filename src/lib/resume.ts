/**
 * « Reprendre », the one place that decides where it leads and what it says: the lesson last
 * read, at the heading where the reader stopped; the final evaluation once every lesson is
 * completed; the certificate once it is passed. The home page, the progress page and the LMS
 * adapter all build their link with resumeLink.
 */
import type { LessonRecords } from './progress-data';
import { fill } from './template';
import { withBase } from './url';

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

/** When a lesson was last being read (its first visit when nothing later was recorded). */
function lastSeen(record: LessonRecords[string]): string {
  return record.seenAt ?? record.visitedAt;
}

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
  const first = slugs[0];
  if (!started && first !== undefined) return { kind: 'start', slug: first };
  const unfinished = slugs.filter((slug) => !lessons[slug]?.completedAt);
  if (unfinished.length === 0) return finalPassed ? { kind: 'done' } : { kind: 'final' };

  let last: string | undefined;
  for (const slug of slugs) {
    const record = lessons[slug];
    if (!record) continue;
    const best = last === undefined ? undefined : lessons[last];
    const at = lastSeen(record);
    if (
      !best ||
      at > lastSeen(best) ||
      (at === lastSeen(best) && best.completedAt !== undefined && record.completedAt === undefined)
    ) {
      last = slug;
    }
  }
  const record = last === undefined ? undefined : lessons[last];
  const finished = record?.completedAt !== undefined && record.readAt !== undefined;
  const slug =
    last !== undefined && !finished
      ? last
      : (slugs.slice(last === undefined ? 0 : slugs.indexOf(last) + 1).find((s) => unfinished.includes(s)) ??
        unfinished[0] ??
        '');
  const section = lessons[slug]?.section;
  return section ? { kind: 'lesson', slug, section } : { kind: 'lesson', slug };
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
  /** Id of the final evaluation (its page is /quiz/<id>/). */
  finalQuizId: string;
  /** The site's base path (default: the build's BASE_URL). */
  base?: string;
}

/** The address of a lesson, at one of its sections when given: « /lecons/x/#section ». */
export function lessonHref(slug: string, section?: string, base?: string): string {
  const path = withBase(`/lecons/${slug}/`, base);
  return section ? `${path}#${encodeURIComponent(section)}` : path;
}

/** The « Reprendre » link for a target: its address and its label. */
export function resumeLink(target: ResumeTarget, context: ResumeContext): { href: string; label: string } {
  const { lessons, strings, finalQuizId, base } = context;
  switch (target.kind) {
    case 'start':
      return { href: lessonHref(target.slug, undefined, base), label: strings.start };
    case 'lesson': {
      const title = lessons.find((l) => l.slug === target.slug)?.title ?? '';
      return { href: lessonHref(target.slug, target.section, base), label: fill(strings.resumeLesson, { title }) };
    }
    case 'final':
      return { href: withBase(`/quiz/${finalQuizId}/`, base), label: strings.takeFinal };
    case 'done':
      return { href: withBase('/attestation/', base), label: strings.allDone };
  }
}
