import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../../src/schemas/lesson';

const valid = {
  title: 'Étape 1 : la veille',
  description: 'Écouter avant de parler : ce que la veille observe.',
  order: 3,
  duration: 12,
  objectives: ['Décrire les quatre volets de la veille.'],
  part: 'strategie',
  updated: '2026-11-26',
};

const issuesOf = (data: unknown) => {
  const r = lessonSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('lessonSchema', () => {
  it('accepts a complete lesson and coerces the date', () => {
    const r = lessonSchema.parse(valid);
    expect(r.updated).toBeInstanceOf(Date);
  });
  it('names the missing or wrong field', () => {
    const { title: _t, ...noTitle } = valid;
    expect(issuesOf(noTitle)).toEqual(['title']);
    expect(issuesOf({ ...valid, order: 'trois' })).toEqual(['order']);
    expect(issuesOf({ ...valid, duration: 0 })).toEqual(['duration']);
    // The case tests/build/content/validation.test.ts ran through astro sync (a value of the wrong type).
    expect(issuesOf({ ...valid, duration: 'cinq minutes' })).toEqual(['duration']);
    expect(issuesOf({ ...valid, objectives: [] })).toEqual(['objectives']);
    expect(issuesOf({ ...valid, part: 'autre' })).toEqual(['part']);
    expect(issuesOf({ ...valid, updated: 'hier' })).toEqual(['updated']);
  });
});
