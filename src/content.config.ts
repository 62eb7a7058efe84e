import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
import { quizSchema } from './schemas/quiz';
import { platformSchema } from './schemas/platform';
import { netendancesSchema } from './schemas/netendances';
import { evaluationExampleSchema } from './schemas/evaluation-example';
import { sourcesFileSchema } from './schemas/source';
import { pageSchema } from './schemas/page';
import { scenarioSchema } from './schemas/scenario';
import { describeOrderClashes, findOrderClashes } from './build-time/lesson-order';

// The course content lives in the top-level content/ folder so that authors never open src/.
// COURSE_CONTENT_DIR lets tests build the site over small fixture folders instead.
const contentDir = process.env.COURSE_CONTENT_DIR ?? './content';

/**
 * The glob loader, plus a course-wide check that two lessons never share an `order`: zod sees one
 * file at a time, so this check runs once every file is loaded, and stops the build naming them.
 */
function lessonLoader(): Loader {
  const inner = glob({ pattern: '*.mdx', base: `${contentDir}/lessons` });
  return {
    name: 'course-lessons',
    load: async (context) => {
      await inner.load(context);
      const entries = context.store.values().map((e) => ({
        file: e.filePath ?? e.id,
        order: Number((e.data as { order?: unknown }).order),
      }));
      const message = describeOrderClashes(findOrderClashes(entries));
      if (message) throw new Error(message);
    },
  };
}

const lessons = defineCollection({ loader: lessonLoader(), schema: lessonSchema });

const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/quizzes` }),
  schema: quizSchema,
});

const platforms = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/platforms` }),
  schema: platformSchema,
});

// Data behind the figures (content/data): one file per data set, validated like the lessons.
const netendances = defineCollection({
  loader: glob({ pattern: 'netendances.yaml', base: `${contentDir}/data` }),
  schema: netendancesSchema,
});

const evaluationExample = defineCollection({
  loader: glob({ pattern: 'tableau-de-bord-exemple.yaml', base: `${contentDir}/data` }),
  schema: evaluationExampleSchema,
});

// Every source the course cites (content/sources.yaml), listed by lesson on /sources/. A course
// without the file (the test fixtures) gets an empty collection and a page that says so.
const sources = defineCollection({
  loader: glob({ pattern: 'sources.yaml', base: contentDir }),
  schema: sourcesFileSchema,
});

// Prose of the site's own pages (content/pages/a-propos.mdx), so authors edit it in content/.
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/pages` }),
  schema: pageSchema,
});

// Branching simulations (content/scenarios/<id>.yaml), placed in a lesson with <Scenario id="…" />.
// A course without the folder (the test fixtures) gets an empty collection.
const scenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/scenarios` }),
  schema: scenarioSchema,
});

export const collections = { lessons, quizzes, platforms, netendances, evaluationExample, sources, pages, scenarios };
