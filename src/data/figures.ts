/**
 * Reads the data behind the figures (content/data) from the content collections. A missing file
 * stops the build with a French message naming the file, rather than a figure drawn from nothing.
 */
import { getCollection } from 'astro:content';
import type { Netendances } from '../schemas/netendances';
import type { EvaluationExample } from '../schemas/evaluation-example';
import type { AgeBand } from '../lib/plan/plan-criteria';

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

/** Ages of each NETendances group, for the plan's check that platforms suit the audience's age. */
const GROUP_AGES = { adultes: [18, 120], '18-34': [18, 34] } as const;

/**
 * The NETendances figures as the plan's age-band check reads them: the latest series of each age
 * group, and the names each platform is written under (src/lib/plan/plan-criteria.ts).
 */
export async function planAgeBands(): Promise<{ bands: AgeBand[]; platforms: Record<string, string[]> }> {
  const data = await getNetendances();
  const latest = new Map<string, (typeof data.series)[number]>();
  for (const s of data.series) if ((latest.get(s.group)?.year ?? 0) < s.year) latest.set(s.group, s);
  const bands = [...latest.values()].map((s) => {
    const [min, max] = GROUP_AGES[s.group];
    return { label: s.label, min, max, values: { ...s.values } as Record<string, number> };
  });
  const platforms = Object.fromEntries(data.platforms.map((p) => [p.id, [p.name, ...p.aliases]]));
  return { bands, platforms };
}
