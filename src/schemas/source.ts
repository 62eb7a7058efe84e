import { z } from 'astro/zod';

/** A date as precise as known: AAAA, AAAA-MM or AAAA-MM-JJ (a YAML date is read back as text). */
const factDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'date au format AAAA, AAAA-MM ou AAAA-MM-JJ'),
);

/** A lesson's URL slug, or an id: lower-case letters, digits and hyphens. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant en minuscules et tirets');

/** One source cited in the course, as the /sources/ page lists it. */
const sourceSchema = z.object({
  /** Stable id, unique in the file (ex. « netendances-2024 »). */
  id: slug,
  /** Title of the page, report or article, as published. */
  title: z.string().trim().min(3),
  /** Who published it (organisation, or authors and journal). */
  publisher: z.string().trim().min(2),
  /** Publication date, or date of the fact it documents, as precise as known. */
  date: factDate,
  /** Address a reader can open; https only. Never fetched by the build or the tests. */
  url: z
    .url({ protocol: /^https$/, error: 'adresse https:// complète attendue' })
    .refine((u) => !/\s/.test(u), 'adresse sans espace'),
  /** Language of the page, when it is not French: screen readers then read its title right. */
  lang: z.enum(['fr', 'en']).default('fr'),
  /** Lessons (URL slugs) that cite this source; the /sources/ page groups by lesson. */
  lessons: z.array(slug).min(1),
  /**
   * Short citation as the lessons write it after « Source : » (ex. « Meta, nouvelles au Canada,
   * 2023 »); unique in the file, so a short citation names one source only.
   */
  cite: z.string().trim().min(3),
  /** When this entry (title, publisher, date, what it is cited for) was last reviewed. */
  checked: factDate,
  /**
   * Whether the address was confirmed to lead to a page that states the cited fact. False when it
   * could not be confirmed: /sources/ then marks it « adresse non vérifiée » instead of presenting
   * it as checked. Required, so that each new source says which it is.
   */
  urlVerified: z.boolean(),
});

/** content/sources.yaml: every source cited in the course, with unique ids. */
export const sourcesFileSchema = z
  .object({
    /** The sources, in any order; the page sorts them per lesson. */
    sources: z.array(sourceSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    const cites = new Set<string>();
    file.sources.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `identifiant en double\u00a0: ${s.id}` });
      seen.add(s.id);
      const cite = s.cite.toLowerCase();
      if (cites.has(cite))
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'cite'],
          message: `citation courte en double («\u00a0${s.cite}\u00a0») : elle doit nommer une seule source`,
        });
      cites.add(cite);
    });
  });

/** One source once validated. */
export type Source = z.output<typeof sourceSchema>;
