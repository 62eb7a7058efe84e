// The course's own scenarios pass the schema and the graph lint (src/build-time/lint/scenario-lint.ts): every
// situation reachable, no dead end, no path too long, every ending with its debrief, every gauge
// within its range on every path.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioSchema } from '../../../src/schemas/scenario';
import { formatScenarioFindings, lintScenario } from '../../../src/build-time/lint/scenario-lint';

const dir = 'content/scenarios';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: `${dir}/${f}`, scenario: scenarioSchema.parse(parse(readFileSync(`${dir}/${f}`, 'utf8'))) }));

describe('lint of the course’s scenarios', () => {
  it('finds at least one scenario, each named after its file', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const { file, scenario } of files) expect(file).toBe(`${dir}/${scenario.id}.yaml`);
  });

  it('reports nothing', () => {
    expect(formatScenarioFindings(files.flatMap(lintScenario))).toBe('');
  });
});
