import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioSchema, type Scenario } from '../../../../src/schemas/scenario';
import {
  formatScenarioFindings,
  lintScenario,
  MAX_DECISIONS,
  type ScenarioFile,
} from '../../../../src/build-time/lint/scenario-lint';

const fixture = (name: string): ScenarioFile => {
  const file = `tests/fixtures/scenario-lint/${name}.yaml`;
  return { file, scenario: scenarioSchema.parse(parse(readFileSync(file, 'utf8'))) };
};
const found = (name: string) => lintScenario(fixture(name)).map((f) => [f.rule, f.node]);

describe('scenario lint', () => {
  it('finds nothing in a sound scenario', () => {
    expect(lintScenario(fixture('valid'))).toEqual([]);
  });

  it('names a choice that points nowhere, with the file and the node', () => {
    const findings = lintScenario(fixture('unknown-target'));
    expect(findings.map((f) => [f.rule, f.node])).toEqual([['unknown-target', 'a']]);
    expect(formatScenarioFindings(findings)).toBe(
      'tests/fixtures/scenario-lint/unknown-target.yaml › a : le choix « y » mène à « nulle-part », qui n’existe pas.',
    );
  });

  it('names a situation no path reaches', () => {
    expect(found('unreachable')).toEqual([['unreachable', 'orphelin']]);
  });

  it('names a situation from which no ending can be reached', () => {
    // A dead end loops on itself (every choice leads somewhere): the loop is named too.
    expect(found('dead-end')).toEqual([
      ['dead-end', 'b'],
      ['too-long', 'b'],
    ]);
  });

  it('names a loop, a path without end', () => {
    const findings = lintScenario(fixture('too-long'));
    expect(findings.map((f) => [f.rule, f.node])).toEqual([['too-long', 'a']]);
    expect(findings[0]?.message).toContain('a → b → a');
  });

  it(`names a path of more than ${MAX_DECISIONS} decisions`, () => {
    const base = fixture('valid').scenario;
    const n = MAX_DECISIONS + 1;
    const chain: Scenario = {
      ...base,
      start: 's0',
      nodes: [
        ...Array.from({ length: n }, (_, i) => {
          const next = i + 1 < n ? `s${i + 1}` : 'fin';
          const a = base.nodes[0];
          if (a?.kind !== 'decision') throw new Error('fixture');
          return { ...a, id: `s${i}`, choices: a.choices.map((c) => ({ ...c, next })) };
        }),
        ...base.nodes.filter((x) => x.kind === 'end'),
      ],
    };
    const findings = lintScenario({ file: 'chaine.yaml', scenario: chain });
    expect(findings.map((f) => [f.rule, f.node])).toEqual([['too-long', 's0']]);
    expect(findings[0]?.message).toContain(`${n} décisions`);
    // One decision fewer is within the bound.
    const ok = { ...chain, start: 's1' };
    expect(lintScenario({ file: 'chaine.yaml', scenario: ok }).map((f) => f.rule)).toEqual(['unreachable']);
  });

  it('names an ending without its debrief', () => {
    expect(found('no-debrief')).toEqual([['no-debrief', 'fin']]);
  });

  it('names a choice that can push a gauge out of its range on some path', () => {
    const findings = lintScenario(fixture('gauge-range'));
    expect(findings.map((f) => [f.rule, f.node])).toEqual([['gauge-range', 'b']]);
    expect(findings[0]?.message).toContain('110');
  });

  it('names a start value out of range and a gauge that does not exist', () => {
    const s = fixture('valid').scenario;
    const bad: Scenario = {
      ...s,
      gauges: s.gauges.map((g) => ({ ...g, start: 120 })),
      nodes: s.nodes.map((n) =>
        n.kind === 'decision' && n.id === 'a'
          ? { ...n, choices: n.choices.map((c) => ({ ...c, effects: { humeur: 5 } })) }
          : n,
      ),
    };
    const messages = lintScenario({ file: 'x.yaml', scenario: bad }).map((f) => f.message);
    expect(messages).toContain('la jauge « confiance » part de 120, hors de [0, 100].');
    expect(messages).toContain('le choix « x » nomme la jauge « humeur », qui n’existe pas.');
  });

  it('names routes that may all fail', () => {
    const s = fixture('valid').scenario;
    const bad: Scenario = {
      ...s,
      nodes: s.nodes.map((n) =>
        n.kind === 'decision' && n.id === 'b'
          ? {
              ...n,
              choices: n.choices.map((c) => ({ ...c, next: [{ when: { confiance: { min: 60 } }, to: 'fin' }] })),
            }
          : n,
      ),
    };
    expect(lintScenario({ file: 'x.yaml', scenario: bad }).map((f) => [f.rule, f.node])).toEqual([
      ['unknown-target', 'b'],
      ['unknown-target', 'b'],
    ]);
  });
});

describe('scenario schema', () => {
  it('refuses a situation with one choice, and duplicate ids', () => {
    const raw = parse(readFileSync('tests/fixtures/scenario-lint/valid.yaml', 'utf8')) as {
      nodes: { id: string; choices?: unknown[] }[];
    };
    const one = structuredClone(raw);
    one.nodes[0]?.choices?.splice(1);
    expect(scenarioSchema.safeParse(one).success).toBe(false);
    const twins = structuredClone(raw);
    if (twins.nodes[1]) twins.nodes[1].id = 'a';
    const result = scenarioSchema.safeParse(twins);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('nœud en double : « a »');
  });
});
