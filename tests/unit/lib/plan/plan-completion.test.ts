import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlan } from '../../../../src/data/plan';
import { planOutline } from '../../../../src/lib/plan/plan-outline';
import { planState, sectionState, selfKey, TICKED } from '../../../../src/lib/plan/plan-completion';
import { fieldKey, type PlanValues } from '../../../../src/lib/plan/plan-data';
import type { CheckContext } from '../../../../src/lib/plan/plan-criteria';

const plan = parsePlan(readFileSync('content/plan.yaml', 'utf8'), 'content/plan.yaml');
const outline = planOutline(plan);
const ctx: CheckContext = {
  today: '2026-12-06',
  bands: [{ label: 'Adultes, 2024', min: 18, max: 120, values: { facebook: 76, youtube: 61, instagram: 39, x: 15 } }],
  platforms: { facebook: ['Facebook'], youtube: ['YouTube'], instagram: ['Instagram'], x: ['X', 'Twitter'] },
};

/** Every model answer of the running case, as a learner's plan. */
function modelValues(): PlanValues {
  const values: PlanValues = {};
  for (const step of plan.steps)
    for (const g of step.groups)
      g.models.forEach((model, i) => {
        for (const [field, text] of Object.entries(model)) values[fieldKey(step.id, g.id, i + 1, field)] = text;
      });
  return values;
}
const ticked = (values: PlanValues): PlanValues => {
  const next = { ...values };
  for (const step of plan.steps) for (const c of step.criteria) if (!c.check) next[selfKey(step.id, c.id)] = TICKED;
  return next;
};

describe('completion rule', () => {
  it('one character per field completes no section and not the plan', () => {
    const values: PlanValues = {};
    for (const step of plan.steps)
      for (const g of step.groups)
        for (let n = 1; n <= g.repeat; n++) for (const f of g.fields) values[fieldKey(step.id, g.id, n, f.id)] = 'a';
    const state = planState(outline, ticked(values), ctx);
    expect(state.completed.map((s) => s.id)).toEqual([]);
    expect(state.complete).toBe(false);
  });
  it('the running case’s answers meet every automated criterion of every section', () => {
    const state = planState(outline, modelValues(), ctx);
    for (const section of state.sections) {
      const failing = section.criteria.filter((c) => c.kind === 'auto' && !c.ok).map((c) => `${section.id}.${c.id}`);
      expect(failing).toEqual([]);
    }
    // Untouched self-assessments keep every section from being complete.
    expect(state.completed).toEqual([]);
  });
  it('a section is complete once its self-assessed criteria are ticked too, and the plan once all are', () => {
    const state = planState(outline, ticked(modelValues()), ctx);
    expect(state.completed.length).toBe(outline.length);
    expect(state.complete).toBe(true);
  });
  it('a warning never keeps a section from being complete', () => {
    const values = ticked(modelValues());
    values[fieldKey('action', 'plateformes', 1, 'choix')] = 'Instagram et X, pour essayer.';
    const action = outline.find((s) => s.id === 'action')!;
    const state = sectionState(outline, action, values, ctx);
    expect(state.criteria.find((c) => c.id === 'age')).toMatchObject({ kind: 'warn', ok: false });
    expect(state.complete).toBe(true);
  });
  it('a deadline that has passed makes the objective incomplete again', () => {
    const objective = outline.find((s) => s.id === 'objectif')!;
    expect(sectionState(outline, objective, ticked(modelValues()), { ...ctx, today: '2027-08-01' }).complete).toBe(
      false,
    );
  });
  it('an empty section is not complete even with its ticks', () => {
    const veille = outline.find((s) => s.id === 'veille')!;
    expect(sectionState(outline, veille, ticked({}), ctx)).toMatchObject({ started: false, complete: false });
  });
  it('a second objective is checked too once it holds text', () => {
    const values = ticked(modelValues());
    values[fieldKey('objectif', 'objectif', 2, 'mesurable')] = 'Augmenter la notoriété';
    const objective = outline.find((s) => s.id === 'objectif')!;
    expect(sectionState(outline, objective, values, ctx).complete).toBe(false);
  });
});
