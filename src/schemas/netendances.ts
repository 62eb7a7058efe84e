import { z } from 'astro/zod';

/** An id as used in file names and URLs: lower-case letters, digits and hyphens. */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant en minuscules et tirets (ex. « adultes-2024 »)');

/** Where a series comes from: the survey, who published it and when. */
const surveySourceSchema = z.object({
  /** Title of the survey or report (ex. « NETendances 2024 »). */
  title: z.string().trim().min(3),
  /** Who published it (ex. « CEFRIO »). */
  publisher: z.string().trim().min(3),
  /** Publication date, AAAA or AAAA-MM. */
  date: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'date au format AAAA ou AAAA-MM'),
  /** Address of the report, when one is known and checked. */
  url: z.url().optional(),
});

/** One measured series: a year and an age group, with a value per platform where one was published. */
const usageSeriesSchema = z.object({
  /** Stable id of the series (ex. « adultes-2024 »). */
  id: slug,
  /** Survey year. */
  year: z.number().int().min(2000).max(2100),
  /** Age group: all adults, or 18 to 34. */
  group: z.enum(['adultes', '18-34']),
  /** Label of the series in charts and tables (ex. « Adultes, 2024 »). */
  label: z.string().trim().min(3),
  /** Where the numbers come from. */
  source: surveySourceSchema,
  /** Percentage of the group using each platform; a platform left out is « not available », never 0. */
  values: z.record(slug, z.number().min(0).max(100)),
  /** Platforms whose value the survey gives rounded (« environ 70 % »); each must have a value. */
  approximate: z.array(slug).default([]),
});

/** The NETendances figures on social media use in Québec (content/data/netendances.yaml). */
export const netendancesSchema = z
  .object({
    /** Title of the chart. */
    title: z.string().trim().min(3),
    /** What a value means (ex. « % des adultes qui utilisent la plateforme »). */
    unit: z.string().trim().min(3),
    /** Platforms, in the order the chart shows them. */
    platforms: z
      .array(
        z.object({
          /** Id used as key in each series' values. */
          id: slug,
          /** Name as shown. */
          name: z.string().trim().min(1),
          /** Other names the lessons' prose uses for it (ex. « Twitter » for X). */
          aliases: z.array(z.string().trim().min(1)).default([]),
        }),
      )
      .min(1),
    /** Measured series, in the order the chart shows them. */
    series: z.array(usageSeriesSchema).min(1),
  })
  .superRefine((data, ctx) => {
    const known = new Set(data.platforms.map((p) => p.id));
    if (known.size !== data.platforms.length) {
      ctx.addIssue({ code: 'custom', path: ['platforms'], message: 'identifiant de plateforme en double' });
    }
    const ids = new Set<string>();
    data.series.forEach((s, i) => {
      if (ids.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['series', i, 'id'], message: `série « ${s.id} » en double` });
      ids.add(s.id);
      for (const key of s.approximate) {
        if (!(key in s.values)) {
          ctx.addIssue({
            code: 'custom',
            path: ['series', i, 'approximate'],
            message: `valeur approximative «\u00a0${key}\u00a0» sans valeur dans «\u00a0values\u00a0»`,
          });
        }
      }
      for (const key of Object.keys(s.values)) {
        if (!known.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: ['series', i, 'values', key],
            message: `plateforme « ${key} » absente de la liste « platforms »`,
          });
        }
      }
    });
  });

/** The NETendances data once validated. */
export type Netendances = z.output<typeof netendancesSchema>;
/** One series once validated. */
export type UsageSeries = z.output<typeof usageSeriesSchema>;
