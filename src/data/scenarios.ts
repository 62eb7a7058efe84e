/**
 * Reads the branching simulations from the content collection. Build time only. The build stops,
 * naming the file and the node, when the graph lint finds a problem (src/build-time/lint/scenario-lint.ts),
 * and, naming the page, when a lesson places a scenario that does not exist.
 */
import { getCollection } from 'astro:content';
import type { Scenario } from '../schemas/scenario';
import { formatScenarioFindings, lintScenario } from '../build-time/lint/scenario-lint';
import { cyrb53, stableStringify } from '../build-time/quiz-hash';

/** A validated scenario with its fingerprint (stored with the learner's result). */
export interface BuiltScenario {
  scenario: Scenario;
  hash: string;
}

/** One scenario; the build stops when it is missing, misnamed, or its graph is unsound. */
export async function getScenario(id: string, where: string): Promise<BuiltScenario> {
  const entries = await getCollection('scenarios');
  const entry = entries.find((e) => e.id === id);
  if (!entry) {
    const known = entries.map((e) => e.id).join(', ') || 'aucun';
    throw new Error(`<Scenario id="${id}"> dans ${where} : aucun scénario n’a cet identifiant (connus : ${known}).`);
  }
  const file = entry.filePath ?? `${id}.yaml`;
  if (entry.data.id !== entry.id) {
    throw new Error(`${file} : l’identifiant « ${entry.data.id} » doit être le nom du fichier, « ${entry.id} ».`);
  }
  const findings = lintScenario({ file, scenario: entry.data });
  if (findings.length > 0) throw new Error(formatScenarioFindings(findings));
  return { scenario: entry.data, hash: cyrb53(stableStringify(entry.data)) };
}
