/**
 * Reads the data behind the figures (content/data) from the content collections. A missing file
 * stops the build with a French message naming the file, rather than a figure drawn from nothing.
 */
import { getCollection } from 'astro:content';
import type { Netendances } from '../schemas/netendances';
import type { EvaluationExample } from '../schemas/evaluation-example';

/** The NETendances figures (content/data/netendances.yaml). */
export async function getNetendances(): Promise<Netendances> {
  const [entry] = await getCollection('netendances');
  if (!entry) throw new Error('Figure : le fichier content/data/netendances.yaml est introuvable.');
  return entry.data;
}

/** The example dashboard of lesson 7 (content/data/tableau-de-bord-exemple.yaml). */
export async function getEvaluationExample(): Promise<EvaluationExample> {
  const [entry] = await getCollection('evaluationExample');
  if (!entry) throw new Error('Figure : le fichier content/data/tableau-de-bord-exemple.yaml est introuvable.');
  return entry.data;
}
