/**
 * /quiz/<id>.json: a quiz's questions as its island's props (Astro's props format), which the
 * island's directive adds before it hydrates (src/client/directives/island-data.ts). The page
 * carries them only as its server-drawn form (src/components/QuizBlock.astro).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { serializeProps } from 'astro/runtime/server/serialize.js';
import { getQuizzes } from '../../data/quizzes';

export const getStaticPaths = (async () => {
  const quizzes = await getQuizzes();
  return [...quizzes].map(([id, { quiz }]) => ({ params: { id }, props: { quiz } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(serializeProps({ quiz: props.quiz }, { displayName: 'Quiz', astroStaticSlot: true }), {
    headers: { 'content-type': 'application/json' },
  });
