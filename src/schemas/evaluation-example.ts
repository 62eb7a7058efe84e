import { z } from 'astro/zod';

/** The example evaluation dashboard of lesson 7 (content/data/tableau-de-bord-exemple.yaml). */
export const evaluationExampleSchema = z.object({
  /** Title shown above the dashboard; says it is an example. */
  title: z
    .string()
    .trim()
    .regex(/^Exemple\b/, 'le titre commence par « Exemple » : les chiffres sont fictifs'),
  /** Always true: the numbers are made up, and the figure says so. */
  example: z.literal(true),
  /** The sentence under the figure that says the numbers are made up. */
  note: z.string().trim().min(10),
  /** The funnel, from exposure to action: each stage's indicator and value. */
  stages: z
    .array(
      z.object({
        /** Stable id of the stage. */
        id: z.string().regex(/^[a-z0-9-]+$/),
        /** Stage name (Exposition, Engagement, Action). */
        stage: z.string().trim().min(3),
        /** What is counted. */
        indicator: z.string().trim().min(3),
        /** The count. */
        value: z.number().int().nonnegative(),
      }),
    )
    .length(3),
});

/** The example dashboard once validated. */
export type EvaluationExample = z.output<typeof evaluationExampleSchema>;
