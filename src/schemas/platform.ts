import { z } from 'astro/zod';

/** A platform profile in content/platforms, in the talk's frame: Qui / Quoi / Opportunités / Défi. */
export const platformSchema = z.object({
  /** Platform name as shown (ex. « Facebook »). */
  name: z.string().trim().min(2),
  /** Position in the platforms lesson and the comparison table. */
  order: z.number().int().positive(),
  /** « Qui » — who is there, as said in 2017. */
  who: z.string().trim().min(3),
  /** « Quoi » — what people do there, as said in 2017. */
  what: z.string().trim().min(3),
  /** « Opportunités » — what an organisation can use, as said in 2017. */
  opportunities: z.string().trim().min(3),
  /** « Défi » — the challenge, as said in 2017. */
  challenge: z.string().trim().min(3),
  /** What changed since 2017: dated, with sources. */
  update: z.object({
    /** Date of the note (YYYY-MM-DD). */
    date: z.coerce.date(),
    /** The note itself, one short paragraph. */
    text: z.string().trim().min(20),
    /** Sources, each a name and a year. */
    sources: z.array(z.string().trim().min(3)).min(1),
  }),
});

/** A platform profile once validated. */
export type Platform = z.output<typeof platformSchema>;
