import { describe, expect, it } from 'vitest';
import { planToMarkdown } from '../../../src/lib/plan-markdown';
import type { PlanOutline } from '../../../src/lib/plan-outline';

const outline: PlanOutline = [
  {
    id: 'objectif',
    title: 'Étape 2 : l’objectif',
    lesson: 'etape-2-objectif',
    counts: true,
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
    counts: true,
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
const strings = { title: 'Mon plan', source: 'Rédigé le', empty: 'Pas encore rempli.' };

describe('planToMarkdown', () => {
  it('writes each step, labels and text, and says what is empty', () => {
    const md = planToMarkdown(
      outline,
      { 'objectif.objectif.1.specifique': 'Les parents\nde jeunes enfants', 'action.calendrier.1.date': '2027-05-04' },
      strings,
      '2026-11-27',
    );
    expect(md).toBe(`# Mon plan

_Rédigé le 2026-11-27._

## Étape 2 : l’objectif

### Objectif 1

**Spécifique**

Les parents

de jeunes enfants

**Mesurable**

_Pas encore rempli._

## Étape 4 : l’action

### Calendrier

| Date | Thème |
| --- | --- |
| 2027-05-04 |   |
|   |   |
`);
  });

  it('shows a further repetition only when it holds text', () => {
    const md = planToMarkdown(outline, { 'objectif.objectif.2.mesurable': '4 000 clics' }, strings, '2026-11-27');
    expect(md).toContain('### Objectif 2');
    expect(md).toContain('4 000 clics');
  });

  it('escapes what Markdown would read as markup', () => {
    const md = planToMarkdown(
      outline,
      { 'objectif.objectif.1.specifique': '# titre *gras* [lien](x)', 'action.calendrier.1.theme': 'a | b' },
      strings,
      '2026-11-27',
    );
    expect(md).toContain('\\# titre \\*gras\\* \\[lien\\](x)');
    expect(md).toContain('a \\| b');
  });
});
