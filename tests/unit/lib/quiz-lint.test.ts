import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizSchema } from '../../../src/schemas/quiz';
import { hasAbsoluteWord, lintQuiz, lintQuizzes, lintRepeatedInFinal, type QuizFile } from '../../../src/lib/quiz-lint';

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
