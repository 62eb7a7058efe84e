// The Word export read back: criteria with their status, the review guide and the annex, language
// fr-CA, the learner as author, the date in words, and no character XML 1.0 forbids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../support/docx';
import { parsePlan } from '../../../src/data/plan';
import { planModels, planOutline } from '../../../src/lib/plan/plan-outline';
import { planState, type CriteriaStrings } from '../../../src/lib/plan/plan-completion';
import { fieldKey, type PlanValues } from '../../../src/lib/plan/plan-data';
import { planToDocx } from '../../../src/client/plan/plan-docx';
import { criteria, planPage } from '../../../src/i18n/fr-plan';
import type { ExportStrings } from '../../../src/lib/plan/plan-markdown';

const plan = parsePlan(readFileSync('content/plan.yaml', 'utf8'), 'content/plan.yaml');
const outline = planOutline(plan);
const strings: ExportStrings = {
  title: planPage.docTitle,
  source: planPage.docSource,
  empty: planPage.empty,
  date: '5 décembre 2026',
  learner: 'Amélie\u0007 Tremblay\ufffe',
  author: planPage.docAuthor,
  criteriaTitle: planPage.docCriteria,
  criterion: planPage.docCriterion,
  status: planPage.docStatus,
  annexTitle: planPage.annexTitle,
  annexIntro: planPage.annexIntro(plan.case.name),
  reviewTitle: planPage.reviewTitle,
  reviewSteps: planPage.reviewSteps,
};

async function build(values: PlanValues) {
  const states = planState(outline, values, { today: '2026-12-05' }).sections;
  const blob = await planToDocx(outline, values, states, criteria as CriteriaStrings, planModels(plan), strings);
  return readDocx(new Uint8Array(await blob.arrayBuffer()));
}

describe('planToDocx', () => {
  it('holds each section’s criteria with their status, the guide and the annex, in fr-CA', async () => {
    const values: PlanValues = {
      [fieldKey('objectif', 'objectif', 1, 'mesurable')]:
        '300 clics vers la page de dépistage d’ici le 31 mars 2027, contre 120 au même trimestre de 2026',
      [fieldKey('message', 'message', 1, 'cle')]: 'Le texte\u0000 de l’apprenante\ufffe.',
    };
    const { text, xml } = await build(values);
    expect(text).toContain('Un nombre avec son unité et une échéance postérieure à aujourd’hui.');
    expect(text).toContain('Rempli. Un nombre avec son unité et une échéance à venir sont là.');
    expect(text).toContain('À compléter. Nommez qui vous voulez joindre');
    expect(text).toContain('Section incomplète\u00a0: 3 critères sur 5 remplis.');
    expect(text).toContain('Section pas encore commencée.');
    expect(text).toContain('Faire relire votre plan');
    expect(text).toContain('Annexe\u00a0: les réponses du cas fil rouge');
    // The annex carries the running case's answers, here the experiment's decision rule.
    expect(text).toContain('au moins 20 % de clics de plus que les carrousels');
    expect(text).toContain('5 décembre 2026');
    expect(text).toContain('Le texte de l’apprenante.');
    expect(text).toContain('Plan de Amélie Tremblay.');
    expect(xml('word/styles.xml')).toContain('w:lang w:val="fr-CA"');
    expect(xml('docProps/core.xml')).toContain('<dc:creator>Amélie Tremblay</dc:creator>');
  });

  it('says « Section complète » for a section filled to its criteria', async () => {
    const values: PlanValues = {};
    const experience = plan.steps.find((s) => s.id === 'experience');
    for (const [field, text] of Object.entries(experience?.groups[0]?.models[0] ?? {}))
      values[fieldKey('experience', 'experience', 1, field)] = text;
    values[fieldKey('experience', 'autoeval', 1, 'un-changement')] = 'oui';
    const { text } = await build(values);
    expect(text).toContain('Section complète\u00a0: tous ses critères sont remplis.');
  });
});
