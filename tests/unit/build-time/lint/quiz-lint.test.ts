import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizSchema } from '../../../../src/schemas/quiz';
import {
  exampleBoxes,
  hasAbsoluteWord,
  hasHedge,
  lintBank,
  lintQuiz,
  lintQuizzes,
  lintRepeatedInFinal,
  similarity,
  type LessonFile,
  type QuizFile,
} from '../../../../src/build-time/lint/quiz-lint';

const fixture = (name: string): QuizFile => {
  const file = `tests/fixtures/quiz-lint/${name}.yaml`;
  return { file, quiz: quizSchema.parse(parse(readFileSync(file, 'utf8'))) };
};

describe('quiz lint', () => {
  it('flags a quiz whose right answer is the longest option in more than 40 % of its choice questions', () => {
    const findings = lintQuiz(fixture('longest'));
    expect(findings.map((f) => f.rule)).toEqual(['longest-is-right']);
    expect(findings[0]?.message).toContain('2 questions à choix sur 3');
    expect(findings[0]?.message).toContain('q1, q2');
    expect(findings[0]?.file).toBe('tests/fixtures/quiz-lint/longest.yaml');
  });

  it('flags absolute words in more than a third of the distractors', () => {
    expect(lintQuiz(fixture('absolute')).map((f) => f.rule)).toEqual(['absolute-words']);
    expect(hasAbsoluteWord('Ne jamais répondre')).toBe(true);
    expect(hasAbsoluteWord('Toujours')).toBe(true);
    // A word that merely contains one is not an absolute.
    expect(hasAbsoluteWord('les journaux toujoursés')).toBe(false);
    expect(hasAbsoluteWord('Répondre vite')).toBe(false);
  });

  it('flags two options of one question that read the same, case and punctuation aside', () => {
    const findings = lintQuiz(fixture('identical'));
    expect(findings.map((f) => [f.rule, f.question])).toEqual([['identical-options', 'jumeaux']]);
  });

  it('flags a final-evaluation question that repeats a practice question’s prompt', () => {
    const files = [fixture('practice'), fixture('repeated')];
    const findings = lintRepeatedInFinal(files, 'evaluation-finale');
    expect(findings.map((f) => [f.rule, f.file, f.question])).toEqual([
      ['repeated-in-final', 'tests/fixtures/quiz-lint/repeated.yaml', 'repetee'],
    ]);
    expect(findings[0]?.message).toContain('practice.yaml');
  });

  it('finds nothing in a clean quiz', () => {
    expect(lintQuizzes([fixture('practice')], 'evaluation-finale')).toEqual([]);
  });
});

describe('bank lint', () => {
  const lesson = (objectives: string[]): LessonFile => ({
    file: 'tests/fixtures/quiz-lint/lesson-exemple.mdx',
    slug: 'une-lecon',
    objectives,
    body: readFileSync('tests/fixtures/quiz-lint/lesson-exemple.mdx', 'utf8'),
  });
  const veille = lesson(['Situer la veille dans la démarche.']);
  const rules = (findings: { rule: string; question?: string }[]) => findings.map((f) => [f.rule, f.question]);

  it('flags a bank item worded like a practice item or a lesson’s example box, not a new one', () => {
    const findings = lintBank([fixture('practice'), fixture('near-duplicate')], 'evaluation-finale', [veille]);
    expect(rules(findings)).toEqual([
      ['near-duplicate', 'reformulee'],
      ['near-duplicate', 'exemple-raconte'],
    ]);
    expect(findings[0]?.message).toContain('practice.yaml (« veille »)');
    expect(findings[1]?.message).toContain('lesson-exemple.mdx (encadré d’exemple n° 1)');
    // Only the example box counts, not the warning box.
    expect(exampleBoxes(veille.body)).toHaveLength(1);
    expect(similarity('Une stratégie commence par la veille', 'La veille : où commence une stratégie')).toBe(1);
    expect(similarity('Une stratégie commence par la veille', 'Mesurer les clics')).toBe(0);
  });

  it('flags a key that alone carries a hedge or process word', () => {
    const findings = lintBank([fixture('hedged-key')], 'evaluation-finale', [veille]);
    expect(rules(findings)).toEqual([['hedged-key', 'prudente']]);
    expect(hasHedge('Vérifiez d’abord la source')).toBe(true);
    expect(hasHedge('Au besoin, consulter la juriste')).toBe(true);
    expect(hasHedge('Selon le cas')).toBe(true);
    expect(hasHedge('Répondre dans l’heure')).toBe(false);
    // A word that merely contains one is not a hedge.
    expect(hasHedge('La sélection des plateformes')).toBe(false);
  });

  it('flags a final-evaluation item without an objective', () => {
    expect(rules(lintBank([fixture('no-objective')], 'evaluation-finale', [veille]))).toEqual([
      ['no-objective', 'sans-objectif'],
      ['thin-objective', undefined],
    ]);
  });

  it('flags each objective of a covered lesson measured by fewer than two items', () => {
    const findings = lintBank([fixture('thin-objective')], 'evaluation-finale', [
      lesson(['Situer la veille dans la démarche.', 'Organiser une veille en continu.', 'Choisir un outil de veille.']),
      {
        file: 'autre.mdx',
        slug: 'autre',
        objectives: ['Un objectif d’une leçon que la banque ne couvre pas.'],
        body: '',
      },
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'l’objectif « Organiser une veille en continu. » (tests/fixtures/quiz-lint/lesson-exemple.mdx) est mesuré par 1 question : au moins 2. Ajoutez une question, ou reformulez l’objectif s’il ne s’évalue pas.',
      'l’objectif « Choisir un outil de veille. » (tests/fixtures/quiz-lint/lesson-exemple.mdx) est mesuré par 0 question : au moins 2. Ajoutez une question, ou reformulez l’objectif s’il ne s’évalue pas.',
    ]);
  });

  it('runs with the other rules when lintQuizzes is given the lessons', () => {
    // The hedged key is also the longest option there: both rules speak.
    expect(rules(lintQuizzes([fixture('hedged-key')], 'evaluation-finale', [veille]))).toEqual([
      ['longest-is-right', undefined],
      ['hedged-key', 'prudente'],
    ]);
    expect(rules(lintQuizzes([fixture('hedged-key')], 'evaluation-finale'))).toEqual([['longest-is-right', undefined]]);
  });
});
