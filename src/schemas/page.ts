import { z } from 'astro/zod';

/** Frontmatter of a site page's prose in content/pages (ex. a-propos.mdx); the page sets its own title. */
export const pageSchema = z.object({
  /** Date the text was last reviewed (YYYY-MM-DD). */
  updated: z.coerce.date().optional(),
});
