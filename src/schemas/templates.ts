import { z } from 'astro/zod';

const common = {
  /** File name under /modeles/ in the built site. */
  file: z.string().regex(/^[a-z0-9-]+\.(xlsx|docx)$/),
  /** Title shown in the lists of templates. */
  title: z.string().trim().min(3),
  /** One sentence on what the template holds. */
  description: z.string().trim().min(10),
  /** Slug of the lesson where it is taught (and linked). */
  lesson: z.string().regex(/^[a-z0-9-]+$/),
};

/** content/modeles.yaml: the downloadable templates, generated at build time. */
export const templatesSchema = z.object({
  /** The content calendar (.xlsx); its example rows are the running case's calendar. */
  calendrier: z.object({
    ...common,
    sheet: z.string().trim().min(1).max(31),
    /** Columns: a field of the running case's calendar (or « etat »), a header and a width. */
    columns: z
      .array(z.object({ field: z.string(), header: z.string().trim().min(1), width: z.number().min(4).max(80) }))
      .min(2),
    /** Value of the « État » column in the example rows. */
    status: z.string().trim().min(1),
    /** Empty rows left to fill. */
    blankRows: z.number().int().min(0).max(100),
  }),
  /** The evaluation dashboard (.xlsx), with the engagement rate as a formula. */
  tableau: z.object({
    ...common,
    sheet: z.string().trim().min(1).max(31),
    rows: z
      .array(
        z.object({
          publication: z.string().trim().min(1),
          date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          plateforme: z.string().trim().min(1),
          portee: z.number().int().min(0),
          interactions: z.number().int().min(0),
          clics: z.number().int().min(0),
        }),
      )
      .min(1),
    blankRows: z.number().int().min(0).max(100),
  }),
  /** The nétiquette model (.docx). */
  netiquette: z.object({
    ...common,
    heading: z.string().trim().min(3),
    intro: z.string().trim().min(10),
    sections: z
      .array(z.object({ heading: z.string().trim().min(2), items: z.array(z.string().trim().min(2)).min(1) }))
      .min(1),
    footer: z.string().trim().min(3),
  }),
});

/** The templates' data once validated. */
export type Templates = z.output<typeof templatesSchema>;
/** Which template. */
export type TemplateId = keyof Templates;
