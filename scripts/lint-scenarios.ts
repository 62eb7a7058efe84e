/**
 * node scripts/lint-scenarios.ts [dir] — validates every scenario file of content/scenarios (or
 * `dir`) with the site's schema, then runs the graph lint (src/build-time/lint/scenario-lint.ts). Prints one
 * line per finding, naming file and node, and exits 1 when there is any; `npm test` runs the same
 * lint as a unit test (tests/unit/content/scenario-lint.test.ts), and the build stops on it too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { scenarioSchema } from '../src/schemas/scenario.ts';
import { formatScenarioFindings, lintScenario, type ScenarioFile } from '../src/build-time/lint/scenario-lint.ts';

const dir = process.argv[2] ?? 'content/scenarios';
const files: ScenarioFile[] = [];
let invalid = 0;
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const file = `${dir}/${name}`;
  const parsed = scenarioSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    invalid++;
    console.log(
      `${file} : invalide\n${parsed.error.issues.map((i) => `  ${i.path.join('.')} : ${i.message}`).join('\n')}`,
    );
    continue;
  }
  files.push({ file, scenario: parsed.data });
}
const findings = files.flatMap(lintScenario);
if (findings.length > 0) console.log(formatScenarioFindings(findings));
console.log(`${files.length} scénarios lus, ${invalid} invalides, ${findings.length} constats.`);
process.exit(findings.length > 0 || invalid > 0 ? 1 : 0);
