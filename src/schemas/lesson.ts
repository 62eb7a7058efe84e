import { z } from 'astro/zod';

/** The five parts of the 2017 talk's own plan, in order, plus the opening and the closing. */
const courseParts = ['opportunites', 'strategie', 'plateformes', 'bonnes-pratiques', 'pieges', 'conclusion'] as const;

/** Frontmatter of a lesson MDX file in content/lessons. */
export const lessonSchema = z.object({
  /** Lesson title, as shown in the menu, the page heading and the deck's title slide. */
  title: z.string().trim().min(3),
  /** One or two sentences on what the lesson is about; used for the home page and meta description. */
  description: z.string().trim().min(20),
  /** Position in the course, 1-based; unique across lessons. */
  order: z.number().int().positive(),
  /** Estimated time to read the lesson and answer its quiz, in minutes. */
  duration: z.number().int().min(1).max(120),
  /** What the learner will be able to do afterwards; at least one, each a full sentence. */
  objectives: z.array(z.string().trim().min(10)).min(1),
  /**
   * The quiz whose pass completes the lesson (its id in content/quizzes), placed in the lesson with
   * <Quiz id="…" />. The build checks it (src/build-time/lint/quiz-content.ts). A lesson without one is never
   * « terminée ».
   */
  quiz: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'un id de questionnaire : lettres minuscules, chiffres et traits d’union')
    .optional(),
  /** Which part of the talk's plan the lesson belongs to. */
  part: z.enum(courseParts),
  /** Date the lesson was last reviewed (YYYY-MM-DD). */
  updated: z.coerce.date(),
});

/** A lesson's frontmatter once validated. */
export type LessonData = z.output<typeof lessonSchema>;
/** A lesson's frontmatter as written by an author. */
export type LessonInput = z.input<typeof lessonSchema>;
/** One of the talk's parts. */
export type CoursePart = (typeof courseParts)[number];
