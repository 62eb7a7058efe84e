import { describe, expect, it } from 'vitest';
import {
  MAX_FIELD_LENGTH,
  MAX_FIELDS,
  countFilled,
  decodePlan,
  fieldKey,
  isStepFilled,
  pickPlan,
  withField,
} from '../../../src/lib/plan-data';
import { countFilledRaw } from '../../../src/lib/plan-count';

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
  it('counts a step as filled when any of its fields has text', () => {
    const values = { [key]: 'x', 'veille.routine.1.qui': 'Amélie' };
    expect(isStepFilled(values, 'objectif')).toBe(true);
    expect(isStepFilled(values, 'message')).toBe(false);
    expect(countFilled(values, ['veille', 'objectif', 'message', 'action', 'evaluation'])).toBe(2);
  });
});

describe('countFilledRaw', () => {
  const steps = ['veille', 'objectif', 'message'];
  it.each([
    ['valid fields', JSON.stringify({ 'veille.routine.1.qui': 'Amélie', 'objectif.objectif.1.mesurable': '4 000' })],
    ['blank and non-text values', JSON.stringify({ 'veille.routine.1.qui': '  ', 'message.message.1.ton': 3 })],
    ['malformed keys', JSON.stringify({ 'veille.x': 'a', 'Message.message.1.ton': 'b', 'objectif.o.1.f': 'c' })],
    ['broken JSON', '{"veille'],
    ['an array', '["veille.routine.1.qui"]'],
    ['nothing', null],
  ])('agrees with decodePlan for %s', (_label, raw) => {
    expect(countFilledRaw(raw, steps)).toBe(countFilled(decodePlan(raw), steps));
  });

  it('counts the sections that have text', () => {
    expect(countFilledRaw(JSON.stringify({ 'veille.routine.1.qui': 'A', 'veille.routine.1.releve': 'B' }), steps)).toBe(
      1,
    );
  });
});
