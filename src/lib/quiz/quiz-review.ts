/**
 * Where a learner goes back after missing a question: the section of the question's lesson that
 * teaches its objective. The section is found, not written: the lesson heading (h2 or h3) that
 * shares the most topic words with the objective, then with the prompt; the lesson's top when no
 * heading shares any. Computed at build time (QuizBlock.astro); the quiz island only reads it.
 */
import { foldedWords } from '../words';

/** A lesson heading, as Astro's render() lists them. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Where to review one question: its lesson, the section and the link. */
export interface ReviewTarget {
  /** The lesson's slug. */
  lesson: string;
  /** The lesson's title. */
  title: string;
  /** The section's heading, when one was found. */
  section?: string | undefined;
  /** The link: the lesson page, with the section's anchor when one was found. */
  href: string;
}

function overlap(a: ReadonlySet<string>, text: string): number {
  return new Set(foldedWords(text).filter((w) => a.has(w))).size;
}

/** The heading (h2 or h3) that shares the most words with `objective`, then `prompt`; ties go to the first. */
export function bestSection(headings: readonly Heading[], objective: string, prompt = ''): Heading | undefined {
  const goal = new Set(foldedWords(objective));
  const asked = new Set(foldedWords(prompt));
  let best: Heading | undefined;
  let bestScore = 0;
  for (const h of headings) {
    if (h.depth < 2 || h.depth > 3) continue;
    // The objective weighs more than the prompt: it names what the section teaches.
    const score = overlap(goal, h.text) * 10 + overlap(asked, h.text);
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  return best;
}

/** A lesson as the review needs it. */
export interface ReviewLesson {
  slug: string;
  title: string;
  href: string;
  headings: readonly Heading[];
}

/** For each question tagged with a known lesson, where to review it, by question id. */
export function reviewTargets(
  questions: readonly { id: string; lesson?: string | undefined; objective?: string | undefined; prompt: string }[],
  lessons: readonly ReviewLesson[],
): Record<string, ReviewTarget> {
  const bySlug = new Map(lessons.map((l) => [l.slug, l]));
  const targets: Record<string, ReviewTarget> = {};
  for (const q of questions) {
    const lesson = q.lesson === undefined ? undefined : bySlug.get(q.lesson);
    if (!lesson) continue;
    const section = bestSection(lesson.headings, q.objective ?? '', q.prompt);
    targets[q.id] = {
      lesson: lesson.slug,
      title: lesson.title,
      section: section?.text,
      href: section ? `${lesson.href}#${section.slug}` : lesson.href,
    };
  }
  return targets;
}

/** A lesson to review after an attempt: where, and how many of its questions were missed. */
export interface MissedLesson {
  lesson: string;
  title: string;
  href: string;
  missed: number;
}

/**
 * The lessons of the questions not fully right (credit below 1), in the order the questions
 * were asked, each once, linked to the section of its first missed question.
 */
export function missedLessons(
  credits: Readonly<Record<string, number>>,
  order: readonly string[],
  targets: Readonly<Record<string, ReviewTarget>>,
): MissedLesson[] {
  const out: MissedLesson[] = [];
  for (const id of order) {
    const target = targets[id];
    if ((credits[id] ?? 0) >= 1 || !target) continue;
    const seen = out.find((m) => m.lesson === target.lesson);
    if (seen) seen.missed += 1;
    else out.push({ lesson: target.lesson, title: target.title, href: target.href, missed: 1 });
  }
  return out;
}
