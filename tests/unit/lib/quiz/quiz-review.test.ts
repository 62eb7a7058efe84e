import { describe, expect, it } from 'vitest';
import { bestSection, missedLessons, reviewTargets } from '../../../../src/lib/quiz/quiz-review';
import { foldedWords } from '../../../../src/lib/words';

// The headings of lesson 4, as render() lists them.
const headings = [
  { depth: 2, slug: 'savoir-ce-quon-veut-obtenir', text: 'Savoir ce qu’on veut obtenir' },
  { depth: 2, slug: 'les-trois-composantes', text: 'Les trois composantes d’un objectif' },
  { depth: 3, slug: 'une-cible', text: 'Une cible' },
  { depth: 2, slug: 'verifier-smart', text: 'Vérifier son objectif avec SMART' },
  { depth: 4, slug: 'detail', text: 'Critères SMART en détail' },
];
const lesson = { slug: 'etape-2-objectif', title: 'Étape 2 : l’objectif', href: '/lecons/etape-2-objectif/', headings };

describe('foldedWords', () => {
  it('folds accents and case, drops elisions and function words', () => {
    expect(foldedWords('Vérifier l’objectif d’une CAMPAGNE avec les critères')).toEqual([
      'verifier',
      'objectif',
      'campagne',
      'criteres',
    ]);
  });
});

describe('bestSection', () => {
  it('picks the heading that shares the most words with the objective, h2 or h3 only', () => {
    expect(bestSection(headings, 'Vérifier un objectif à l’aide des critères SMART.')?.slug).toBe('verifier-smart');
    expect(
      bestSection(headings, 'Reconnaître les trois composantes d’un objectif : une cible, un effet et une mesure.')
        ?.slug,
    ).toBe('les-trois-composantes');
  });

  it('breaks a tie with the prompt, and finds nothing when no word is shared', () => {
    expect(bestSection(headings, 'Objectif', 'Est-il SMART?')?.slug).toBe('verifier-smart');
    expect(bestSection(headings, 'Objectif', 'Quel objectif?')?.slug).toBe('les-trois-composantes');
    expect(bestSection(headings, 'Nommer les plateformes')).toBeUndefined();
  });
});

describe('reviewTargets and missedLessons', () => {
  const questions = [
    {
      id: 'a',
      lesson: 'etape-2-objectif',
      objective: 'Vérifier un objectif à l’aide des critères SMART.',
      prompt: '?',
    },
    { id: 'b', lesson: 'etape-2-objectif', prompt: 'Les plateformes?' },
    { id: 'c', lesson: 'inconnue', prompt: '?' },
  ];
  const targets = reviewTargets(questions, [lesson]);

  it('links each question to its lesson section, or to the lesson when no section matches', () => {
    expect(targets.a).toEqual({
      lesson: 'etape-2-objectif',
      title: lesson.title,
      section: 'Vérifier son objectif avec SMART',
      href: '/lecons/etape-2-objectif/#verifier-smart',
    });
    expect(targets.b?.href).toBe('/lecons/etape-2-objectif/');
    expect(targets.c).toBeUndefined();
  });

  it('lists each lesson of the missed questions once, with the count, in the order asked', () => {
    expect(missedLessons({ a: 1, b: 0.5, c: 0 }, ['c', 'b', 'a'], targets)).toEqual([
      { lesson: 'etape-2-objectif', title: lesson.title, href: '/lecons/etape-2-objectif/', missed: 1 },
    ]);
    expect(missedLessons({ a: 0, b: 0 }, ['a', 'b'], targets)).toEqual([
      { lesson: 'etape-2-objectif', title: lesson.title, href: '/lecons/etape-2-objectif/#verifier-smart', missed: 2 },
    ]);
    expect(missedLessons({ a: 1, b: 1 }, ['a', 'b'], targets)).toEqual([]);
  });
});
