import { describe, expect, it } from 'vitest';
import { planToMarkdown, type ExportStrings } from '../../../../src/lib/plan/plan-markdown';
import { planState, type CriteriaStrings } from '../../../../src/lib/plan/plan-completion';
import { criteria, planPage } from '../../../../src/i18n/fr-plan';
import type { PlanOutline } from '../../../../src/lib/plan/plan-outline';

const outline: PlanOutline = [
  {
    id: 'objectif',
    title: 'Étape 2 : l’objectif',
    lesson: 'etape-2-objectif',
    criteria: [],
    groups: [
      {
        id: 'objectif',
        legend: 'Objectif',
        repeat: 2,
        table: false,
        fields: [
          { id: 'specifique', label: 'Spécifique' },
          { id: 'mesurable', label: 'Mesurable' },
        ],
      },
    ],
  },
  {
    id: 'action',
    title: 'Étape 4 : l’action',
    lesson: 'etape-4-action',
    criteria: [],
    groups: [
      {
        id: 'calendrier',
        legend: 'Semaine',
        caption: 'Calendrier',
        repeat: 2,
        table: true,
        fields: [
          { id: 'date', label: 'Date' },
          { id: 'theme', label: 'Thème' },
        ],
      },
    ],
  },
];
const strings: ExportStrings = {
  title: 'Mon plan',
  source: 'Rédigé le',
  empty: 'Pas encore rempli.',
  date: '27 novembre 2026',
  learner: '',
  author: planPage.docAuthor,
  criteriaTitle: planPage.docCriteria,
  criterion: planPage.docCriterion,
  status: planPage.docStatus,
  annexTitle: planPage.annexTitle,
  annexIntro: '',
  reviewTitle: planPage.reviewTitle,
  reviewSteps: planPage.reviewSteps,
};
const c = criteria as CriteriaStrings;
const md = (values: Record<string, string>, s = strings) =>
  planToMarkdown(outline, values, planState(outline, values, { today: '2026-11-27' }).sections, c, s);

describe('planToMarkdown', () => {
  it('writes each step, labels and text, and says what is empty', () => {
    const text = md({
      'objectif.objectif.1.specifique': 'Les parents\nde jeunes enfants',
      'action.calendrier.1.date': '2027-05-04',
    });
    expect(text).toBe(`# Mon plan

_Rédigé le 27 novembre 2026._

## Étape 2 : l’objectif

**Section complète\u00a0: tous ses critères sont remplis.**

### Objectif 1

**Spécifique**

Les parents

de jeunes enfants

**Mesurable**

_Pas encore rempli._

## Étape 4 : l’action

**Section complète\u00a0: tous ses critères sont remplis.**

### Calendrier

| Date | Thème |
| --- | --- |
| 2027-05-04 |   |
|   |   |
`);
  });

  it('shows a further repetition only when it holds text', () => {
    const text = md({ 'objectif.objectif.2.mesurable': '4 000 clics' });
    expect(text).toContain('### Objectif 2');
    expect(text).toContain('4 000 clics');
  });

  it('escapes what Markdown would read as markup', () => {
    const text = md({
      'objectif.objectif.1.specifique': '# titre *gras* [lien](x)',
      'action.calendrier.1.theme': 'a | b',
    });
    expect(text).toContain('\\# titre \\*gras\\* \\[lien\\](x)');
    expect(text).toContain('a \\| b');
  });

  it('names the learner, and lists each criterion ticked or not with its status and its sentence', () => {
    const withCriteria = outline.map((s) =>
      s.id === 'objectif'
        ? {
            ...s,
            criteria: [
              {
                id: 'chiffre',
                text: 'Un nombre avec son unité',
                check: 'number' as const,
                fields: [{ step: 'objectif', group: 'objectif', field: 'mesurable' }],
                warn: false,
              },
              { id: 'effet', text: 'Un effet souhaité', fields: [], warn: false },
            ],
          }
        : s,
    );
    const values = { 'objectif.objectif.1.mesurable': '4 000 clics' };
    const text = planToMarkdown(
      withCriteria,
      values,
      planState(withCriteria, values, { today: '2026-11-27' }).sections,
      c,
      { ...strings, learner: 'Amélie Tremblay' },
    );
    expect(text).toContain('Plan de Amélie Tremblay.');
    expect(text).toContain('- [x] Un nombre avec son unité (Rempli\u00a0: Une valeur chiffrée est là.)');
    expect(text).toContain('- [ ] Un effet souhaité (À compléter\u00a0: À cocher vous-même');
    expect(text).toContain('Section incomplète\u00a0: 1 critère sur 2 rempli.');
  });
});
