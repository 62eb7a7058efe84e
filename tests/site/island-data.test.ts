// A lesson's quiz and simulation keep their data out of the page: the islands' props in the HTML
// hold none of it, and /quiz/<id>.<hash>.json and /simulations/<id>.<hash>.json hold the whole
// quiz and graph, in the props format Astro's island reads back (a value is [type, value]: 0 a
// plain value or object, 1 an array), as the content files say it. Each page names the file of its
// own edition: the hash in the name is the one the island records results under.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { distFiles, readDist } from '../support/dist-files';
import { readQuizFiles } from '../support/quiz-files';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { scenarioSchema } from '../../src/schemas/scenario';
import { islandDataPath } from '../../src/build-time/island-data';
import { cyrb53, quizHash, stableStringify } from '../../src/build-time/quiz-hash';

const quizzes = readQuizFiles();
const scenarios = readdirSync('content/scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => scenarioSchema.parse(parseYaml(readFileSync(`content/scenarios/${f}`, 'utf8'))));
/** A quiz's fingerprint, as src/data/quizzes.ts makes it. */
function quizHashOf(id: string): string {
  const quiz = quizzes.get(id);
  if (!quiz) throw new Error(`aucun questionnaire ${id}`);
  return quizHash(quiz);
}
/** A simulation's fingerprint, as src/data/scenarios.ts makes it. */
const scenarioHash = (id: string) => cyrb53(stableStringify(scenarios.find((s) => s.id === id)));
const lessonPages = distFiles('.html').filter((f) => /^lecons\/[^/]+\/index\.html$/.test(f));

/** Astro's island props, read back as the browser's astro-island does (types 0 and 1 only here). */
function revive(tuple: unknown): unknown {
  if (!Array.isArray(tuple)) throw new Error(`pas une paire [type, valeur] : ${JSON.stringify(tuple)}`);
  const [type, value] = tuple as [number, unknown];
  if (type === 1) return (value as unknown[]).map(revive);
  if (type !== 0) throw new Error(`type ${type} inattendu`);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

describe('quiz data kept out of the lesson pages', () => {
  it.each([...quizzes.keys()])('/quiz/%s.json holds the quiz as its file says it', (id) => {
    const data = JSON.parse(readDist(islandDataPath('quiz', id, quizHashOf(id)).slice(1))) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['quiz']);
    // Undefined optional fields are written as [0] and read back as undefined: compare as JSON.
    expect(JSON.parse(JSON.stringify(revive(data.quiz)))).toEqual(JSON.parse(JSON.stringify(quizzes.get(id))));
  });

  it.each(scenarios.map((s) => s.id))('/simulations/%s.json holds the simulation as its file says it', (id) => {
    const data = JSON.parse(readDist(islandDataPath('simulations', id, scenarioHash(id)).slice(1))) as Record<
      string,
      unknown
    >;
    expect(Object.keys(data)).toEqual(['scenario']);
    const scenario = scenarios.find((s) => s.id === id);
    expect(JSON.parse(JSON.stringify(revive(data.scenario)))).toEqual(JSON.parse(JSON.stringify(scenario)));
  });

  it.each(lessonPages)('%s writes no simulation graph in its islands’ props', (file) => {
    for (const island of parse(readDist(file)).querySelectorAll('.scenario-block astro-island')) {
      const props = JSON.parse(island.getAttribute('props') ?? '{}') as Record<string, unknown>;
      expect(props.scenario, file).toBeUndefined();
      const id = island.closest('.scenario-block')?.getAttribute('data-scenario') ?? '';
      const opts = JSON.parse(island.getAttribute('opts') ?? '{}') as { value?: { data?: string } };
      expect(opts.value?.data).toBe(islandDataPath('simulations', id, scenarioHash(id)));
    }
  });

  it.each(lessonPages)('%s writes no question in its quiz islands’ props', (file) => {
    const islands = parse(readDist(file)).querySelectorAll('.quiz-block astro-island');
    for (const island of islands) {
      const props = JSON.parse(island.getAttribute('props') ?? '{}') as Record<string, unknown>;
      expect(props.quiz, file).toBeUndefined();
      const opts = JSON.parse(island.getAttribute('opts') ?? '{}') as { value?: { data?: string } };
      const id = island.closest('.quiz-block')?.getAttribute('data-quiz') ?? '';
      expect(opts.value?.data).toBe(islandDataPath('quiz', id, quizHashOf(id)));
      expect(opts.value?.data).toContain(`.${String(revive(props.hash))}.json`);
    }
  });

  it('has quiz and simulation islands in the lesson pages', () => {
    const count = (selector: string) =>
      lessonPages.reduce((n, f) => n + parse(readDist(f)).querySelectorAll(selector).length, 0);
    expect(count('.quiz-block astro-island')).toBeGreaterThanOrEqual(lessonPages.length - 1);
    expect(count('.scenario-block astro-island')).toBeGreaterThanOrEqual(scenarios.length);
  });
});
