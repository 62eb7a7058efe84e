import { describe, expect, it } from 'vitest';
import {
  MAX_FIELD_LENGTH,
  MAX_FIELDS,
  decodePlan,
  fieldKey,
  isStepFilled,
  migratePlan,
  pickPlan,
  withField,
} from '../../../../src/lib/plan/plan-data';

const key = fieldKey('objectif', 'objectif', 1, 'mesurable');

describe('decodePlan', () => {
  it('reads valid fields', () => {
    const raw = JSON.stringify({ [key]: '4 000 clics', 'veille.routine.1.qui': 'Amélie' });
    expect(decodePlan(raw)).toEqual(JSON.parse(raw));
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['broken JSON', '{"a":'],
    ['a number', '42'],
    ['an array', '["a"]'],
    ['an array of numbers', '[1,2,3]'],
    ['a string', '"bonjour"'],
    ['JSON null', 'null'],
  ])('gives {} for %s, without throwing', (_label, raw) => {
    expect(decodePlan(raw)).toEqual({});
  });

  it('drops unknown shapes of keys, non-string values and blank text', () => {
    const raw = JSON.stringify({
      [key]: 'garde',
      ['__proto__']: 'x',
      'objectif.objectif.0.mesurable': 'numéro 0',
      'Objectif.objectif.1.mesurable': 'majuscule',
      'objectif.objectif.1': 'trop court',
      'veille.routine.1.qui': 42,
      'veille.routine.1.releve': { texte: 'objet' },
      'veille.routine.1.frequence': '   ',
    });
    expect(decodePlan(raw)).toEqual({ [key]: 'garde' });
  });

  it('cuts over-long text and keeps at most MAX_FIELDS fields', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_FIELDS + 50 }, (_, i) => [`veille.g${i}.1.f`, 'x']));
    many[key] = 'a'.repeat(MAX_FIELD_LENGTH * 3);
    const decoded = decodePlan(JSON.stringify(many));
    expect(Object.keys(decoded).length).toBe(MAX_FIELDS);
    const { values, dropped } = pickPlan({ [key]: 'a'.repeat(MAX_FIELD_LENGTH + 1) });
    expect(values[key]).toHaveLength(MAX_FIELD_LENGTH);
    expect(dropped).toBe(true);
  });
});

describe('withField', () => {
  it('sets, replaces and removes a field without changing the original', () => {
    const start = { [key]: 'avant' };
    const next = withField(start, key, 'après');
    expect(next).toEqual({ [key]: 'après' });
    expect(start).toEqual({ [key]: 'avant' });
    expect(withField(next, key, '  ')).toEqual({});
  });

  it('ignores a malformed key', () => {
    const start = {};
    expect(withField(start, 'pas une clé', 'x')).toBe(start);
  });
});

describe('filled steps', () => {
  it('says whether a step has any text', () => {
    const values = { [key]: 'x', 'veille.routine.1.qui': 'Amélie' };
    expect(isStepFilled(values, 'objectif')).toBe(true);
    expect(isStepFilled(values, 'message')).toBe(false);
  });
});

describe('migration from the v1 layout', () => {
  // A plan as stored by the first layout: five steps, roles and moderation under step 4.
  const v1 = {
    'veille.routine.1.qui': 'Amélie',
    'action.plateformes.1.choix': 'Facebook',
    'action.organisation.1.roles': 'Amélie publie',
    'action.organisation.1.approbation': 'La cheffe approuve',
    'action.organisation.1.moderation': 'De 8 h 30 à 16 h 30',
  };

  it('moves step 4’s roles, approval and moderation to the resources section, keeping the rest', () => {
    expect(decodePlan(JSON.stringify(v1))).toEqual({
      'veille.routine.1.qui': 'Amélie',
      'action.plateformes.1.choix': 'Facebook',
      'ressources.organisation.1.roles': 'Amélie publie',
      'ressources.organisation.1.approbation': 'La cheffe approuve',
      'ressources.organisation.1.moderation': 'De 8 h 30 à 16 h 30',
    });
  });

  it('keeps a text already written in the new place, and runs twice without change', () => {
    const both = { ...v1, 'ressources.organisation.1.roles': 'Julien publie' };
    const once = migratePlan(both);
    expect(once['ressources.organisation.1.roles']).toBe('Julien publie');
    expect(once['action.organisation.1.roles']).toBeUndefined();
    expect(migratePlan(once)).toBe(once);
  });

  it('migrates a plan that arrives in an imported file too', () => {
    expect(pickPlan(v1).values['ressources.organisation.1.moderation']).toBe('De 8 h 30 à 16 h 30');
  });
});
