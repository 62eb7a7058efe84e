/**
 * /quiz/<id>.<hash>.json: a quiz's questions as its island's props, which the island's directive
 * adds before it hydrates in a lesson (src/client/directives/island-data.ts); the lesson carries
 * them only as its server-drawn form (src/components/QuizBlock.astro). The name carries the quiz's
 * fingerprint (src/build-time/island-data.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuizzes } from '../../data/quizzes';
import { islandDataPath, islandDataResponse } from '../../build-time/island-data';

export const getStaticPaths = (async () => {
  const quizzes = await getQuizzes();
  return [...quizzes].map(([id, { quiz, hash }]) => ({
    params: { file: islandDataPath('quiz', id, hash).slice('/quiz/'.length, -'.json'.length) },
    props: { quiz },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => islandDataResponse({ quiz: props.quiz }, 'Quiz');
