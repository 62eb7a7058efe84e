import { describe, expect, it } from 'vitest';
import {
  datesIn,
  hasNumberWithUnit,
  numbersIn,
  runCheck,
  type CheckContext,
} from '../../../../src/lib/plan/plan-criteria';

const ctx: CheckContext = {
  today: '2026-12-06',
  bands: [
    { label: 'Adultes, 2024', min: 18, max: 120, values: { facebook: 76, youtube: 61, instagram: 39, x: 15 } },
    { label: '18 à 34 ans, 2024', min: 18, max: 34, values: { instagram: 69, tiktok: 51 } },
  ],
  platforms: {
    facebook: ['Facebook'],
    youtube: ['YouTube'],
    instagram: ['Instagram'],
    x: ['X', 'Twitter'],
    tiktok: ['TikTok'],
  },
};
const check = (kind: Parameters<typeof runCheck>[0], ...texts: string[]) => runCheck(kind, texts, ctx);
const GOOD = 'Obtenir 300 clics vers la page de dépistage d’ici le 31 mars 2027, contre 120 au même trimestre de 2026';

describe('dates and numbers', () => {
  it('reads French, ISO and slashed dates; a month alone stands for its last day', () => {
    expect(datesIn('du 1er mai au 31 juillet 2027')).toEqual(['2027-07-31']);
    expect(datesIn('le 1er mai 2027 et juin 2027')).toEqual(['2027-05-01', '2027-06-30']);
    expect(datesIn('2027-05-04 ou 15/08/2027')).toEqual(['2027-05-04', '2027-08-15']);
  });
  it('does not count dates and years as quantities', () => {
    expect(numbersIn('d’ici le 31 mars 2027')).toEqual([]);
    expect(numbersIn('4 000 clics en 2027')).toEqual(['4 000']);
  });
  it('needs a unit after the number', () => {
    expect(hasNumberWithUnit('300 clics')).toBe(true);
    expect(hasNumberWithUnit('4 %')).toBe(true);
    expect(hasNumberWithUnit('viser 300')).toBe(false);
    expect(hasNumberWithUnit('le 31 mars 2027')).toBe(false);
  });
});

describe('objective checks', () => {
  it('« Augmenter la notoriété » fails every objective check, each for its reason', () => {
    const vague = 'Augmenter la notoriété';
    expect(check('number-date', vague)).toEqual({ ok: false, reason: 'no-number' });
    expect(check('baseline', vague).ok).toBe(false);
    expect(check('attributable', vague)).toEqual({ ok: false, reason: 'vanity' });
    expect(check('audience', vague)).toEqual({ ok: false, reason: 'none' });
  });
  it('the clicks objective with its baseline passes', () => {
    expect(check('number-date', GOOD).ok).toBe(true);
    expect(check('baseline', GOOD).ok).toBe(true);
    expect(check('attributable', GOOD).ok).toBe(true);
  });
  it('a deadline already past, or none, fails', () => {
    expect(check('number-date', '300 clics', 'd’ici le 31 mars 2026')).toEqual({ ok: false, reason: 'past-date' });
    expect(check('number-date', '300 clics d’ici la fin')).toEqual({ ok: false, reason: 'no-date' });
  });
  it('counts from the learner’s day when the context gives none', () => {
    const { today: _, ...noDay } = ctx;
    expect(runCheck('number-date', ['300 clics d’ici le 31 mars 2026'], noDay)).toEqual({
      ok: false,
      reason: 'past-date',
    });
    expect(runCheck('number-date', ['300 clics d’ici le 31 mars 2999'], noDay).ok).toBe(true);
  });
  it('any digit is not a measure: a number needs its unit', () => {
    expect(check('number-date', 'Viser 2 d’ici juin 2027')).toEqual({ ok: false, reason: 'no-number' });
  });
  it('a target without a starting value has no baseline', () => {
    expect(check('baseline', '4 000 clics vers la page').ok).toBe(false);
    expect(check('baseline', '4 000 clics vers la page', 'L’été dernier, 3 100 clics sans campagne').ok).toBe(true);
    expect(check('baseline', '250 inscriptions', 'Le service compte déjà 180 personnes inscrites.').ok).toBe(true);
  });
  it('an audience must be named and qualified', () => {
    expect(check('audience', 'Les jeunes')).toEqual({ ok: false, reason: 'vague' });
    expect(check('audience', 'La population')).toEqual({ ok: false, reason: 'none' });
    expect(check('audience', 'Les parents d’enfants de 12 ans et moins du Val-des-Hérons').ok).toBe(true);
  });
});

describe('message checks', () => {
  it('flags jargon words, plural included', () => {
    expect(check('jargon', 'La prévalence des zoonoses augmente.')).toEqual({
      ok: false,
      reason: 'found',
      detail: 'prévalence, zoonoses',
    });
    expect(check('jargon', 'Inspectez vos enfants après une sortie.').ok).toBe(true);
  });
  it('long sentences fail, short ones pass', () => {
    const long =
      'Dans le cadre de notre programme régional de prévention, nous invitons l’ensemble des familles du territoire à procéder à une inspection minutieuse de leur corps après chaque activité extérieure.';
    expect(check('sentence-length', long).ok).toBe(false);
    expect(check('sentence-length', 'Après une sortie, inspectez votre corps. Retirez vite la tique.').ok).toBe(true);
  });
  it('an empty message passes none of the checks', () => {
    expect(check('readability', '').ok).toBe(false);
    expect(check('sentence-length', '').ok).toBe(false);
    expect(check('jargon', ' ').ok).toBe(false);
  });
});

describe('platform age band (warning)', () => {
  it('warns when the chosen platforms reach under half of the audience’s band', () => {
    const r = check('age-band', 'Les parents de 30 à 45 ans', 'Instagram et X');
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('Instagram (39 %)');
  });
  it('uses the narrowest band: 18 to 34 on TikTok is consistent', () => {
    expect(check('age-band', 'Les jeunes de 18 à 24 ans', 'TikTok').ok).toBe(true);
  });
  it('says nothing without an age or a platform it knows', () => {
    expect(check('age-band', 'Les parents', 'Instagram')).toEqual({ ok: true, reason: 'unknown' });
  });
});

describe('nétiquette, protocol, resources, experiment', () => {
  it('needs 988, 1 866 APPELLE and 811, and says which are missing', () => {
    expect(check('crisis-numbers', 'Appelez le 811.')).toEqual({
      ok: false,
      reason: 'missing',
      detail: '988, 1 866 APPELLE',
    });
    expect(check('crisis-numbers', 'Le 988, le 1 866 277-3553 et Info-Social 811.').ok).toBe(true);
    expect(check('crisis-numbers', 'Le 988, le 1 866 APPELLE ou Info-Social 811.').ok).toBe(true);
  });
  it('needs a response delay, not only opening hours', () => {
    expect(check('response-delay', 'Du lundi au vendredi.').ok).toBe(false);
    expect(check('response-delay', 'Nous répondons dans un délai d’un jour ouvrable.').ok).toBe(true);
    expect(check('response-delay', 'La cheffe, dans l’heure.').ok).toBe(true);
    expect(check('response-delay', 'Réponse en moins de 24 heures.').ok).toBe(true);
  });
  it('needs hours per week for each platform', () => {
    expect(check('hours', 'Facebook', 'beaucoup').ok).toBe(false);
    expect(check('hours', 'Facebook', '5 h par semaine').ok).toBe(true);
    expect(check('hours', '', '5 h').ok).toBe(false);
  });
  it('needs a duration in weeks and a rule with a threshold', () => {
    expect(check('weeks', 'Tout l’été').ok).toBe(false);
    expect(check('weeks', '6 semaines').ok).toBe(true);
    expect(check('weeks', 'six semaines').ok).toBe(true);
    expect(check('decision-rule', 'On verra selon les résultats.').ok).toBe(false);
    expect(check('decision-rule', 'Si les vidéos font au moins 20 % de clics de plus, on garde le format.').ok).toBe(
      true,
    );
  });
  it('« filled » needs every field', () => {
    expect(check('filled', 'a', '')).toEqual({ ok: false, reason: 'empty' });
    expect(check('filled', 'a', 'bcd').ok).toBe(false);
    expect(check('filled', 'Oui', 'Non').ok).toBe(true);
  });
});
