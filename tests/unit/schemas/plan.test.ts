// The plan's description (content/plan.yaml) and the templates' data (content/modeles.yaml): the
// course's files pass, and a broken file is refused naming the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePlan } from '../../../src/data/plan';
import { parseTemplates } from '../../../src/data/templates';
import { readLessonFiles } from '../../support/course-files';

const text = readFileSync('content/plan.yaml', 'utf8');
const plan = parsePlan(text, 'content/plan.yaml');
const lessons = readLessonFiles();

describe('content/plan.yaml', () => {
  it('keeps the five steps as its spine, in order, with the added sections around them', () => {
    expect(plan.steps.map((s) => s.id)).toEqual([
      'decision',
      'veille',
      'objectif',
      'message',
      'action',
      'ressources',
      'evaluation',
      'plateformes',
      'netiquette',
      'reponses',
      'experience',
    ]);
  });

  it('gives every section 3 to 5 criteria, at least one of them automated', () => {
    for (const step of plan.steps) {
      expect(step.criteria.length, step.id).toBeGreaterThanOrEqual(3);
      expect(
        step.criteria.some((c) => c.check && !c.warn),
        step.id,
      ).toBe(true);
    }
  });

  it('refuses a criterion that reads an unknown field, naming it', () => {
    const data = parse(text) as { steps: { criteria: { fields?: string[] }[] }[] };
    const criterion = data.steps[0]?.criteria[0];
    if (criterion) criterion.fields = ['criteres.absent'];
    expect(() => parsePlan(JSON.stringify(data), 'plan.yaml')).toThrow(/champ inconnu « criteres\.absent »/);
  });

  it('points each section at a lesson whose MDX places its activity', () => {
    for (const step of plan.steps) {
      const lesson = lessons.find((l) => l.slug === step.lesson);
      expect(lesson, step.lesson).toBeDefined();
      expect(readFileSync(`content/lessons/${lesson?.file ?? ''}`, 'utf8')).toContain(`<Activity step="${step.id}" />`);
    }
  });

  it('gives a running-case answer for every field of every first repetition', () => {
    for (const step of plan.steps) {
      for (const group of step.groups) {
        const first = group.models[0] ?? {};
        for (const f of group.fields) expect(first[f.id], `${step.id}.${group.id}.${f.id}`).toBeTruthy();
      }
    }
  });

  it('refuses an objective group without the five SMART parts, naming it', () => {
    const data = parse(text) as { steps: { id: string; groups: { fields: unknown[] }[] }[] };
    const objectif = data.steps.find((s) => s.id === 'objectif');
    objectif?.groups[0]?.fields.pop();
    expect(() => parsePlan(JSON.stringify(data), 'plan.yaml')).toThrow(/plan\.yaml.*SMART/);
  });

  it('refuses a model answer for a field that does not exist', () => {
    const data = parse(text) as { steps: { groups: { models: Record<string, string>[] }[] }[] };
    const model = data.steps[0]?.groups[0]?.models[0];
    if (model) model.inconnu = 'x';
    expect(() => parsePlan(JSON.stringify(data), 'plan.yaml')).toThrow(/champ inconnu « inconnu »/);
  });

  it('refuses broken YAML with the file named', () => {
    expect(() => parsePlan('steps: [', 'plan.yaml')).toThrow(/^plan\.yaml : YAML illisible/);
  });
});

describe('content/modeles.yaml', () => {
  it('is valid and points at existing lessons', () => {
    const templates = parseTemplates(readFileSync('content/modeles.yaml', 'utf8'), 'content/modeles.yaml');
    for (const t of Object.values(templates)) expect(lessons.map((l) => l.slug)).toContain(t.lesson);
  });

  it('refuses a template file name that is not .xlsx or .docx', () => {
    const data = parse(readFileSync('content/modeles.yaml', 'utf8')) as { calendrier: { file: string } };
    data.calendrier.file = 'calendrier.exe';
    expect(() => parseTemplates(JSON.stringify(data), 'modeles.yaml')).toThrow(/calendrier\.file/);
  });
});
