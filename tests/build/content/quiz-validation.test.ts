// A broken quiz stops the build with the file and the question named: schema checks run in the
// content layer (astro sync); a <Quiz id> naming no quiz and a quiz whose id is not its file name
// are caught when pages render (astro build). Each case runs over a small fixture folder.
import { describe, expect, it } from 'vitest';
import { buildContent, syncContent } from '../../support/astro-sync';

const fixture = (name: string) => `tests/fixtures/content/${name}`;

describe('quiz validation (astro sync over fixtures)', { timeout: 120_000 }, () => {
  it('accepts a quiz with every kind of question', async () => {
    const r = await syncContent(fixture('quiz-valid'));
    expect(r.output).not.toMatch(/error/i);
    expect(r.status).toBe(0);
  });

  // One broken quiz shows that the content layer stops with the file and the schema's message. Each
  // schema rule's message (no right answer, two in a single-choice question, a duplicate id, an
  // ordering of one item, a pair without partner) is checked by the unit tests of the schema
  // (tests/unit/schemas/quiz.test.ts), without an Astro process per rule.
  it('names the file and the question of a broken quiz', async () => {
    const r = await syncContent(fixture('quiz-no-correct'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('quiz-no-correct/quizzes/sans-bonne-reponse.yaml');
    expect(r.output).toContain('question « q-aucune » : aucune bonne réponse');
  });
});

describe('quiz references (astro build over fixtures)', { timeout: 180_000 }, () => {
  it('stops when a lesson’s <Quiz id> names no quiz, naming the id and the lesson', async () => {
    const r = await buildContent(fixture('quiz-missing'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('<Quiz id="inexistant" />');
    expect(r.output).toContain('quiz-missing/lessons/01-premiere.mdx');
    expect(r.output).toContain('content/quizzes/inexistant.yaml');
  });

  it('stops when a lesson’s « quiz » field names no quiz, naming the lesson and the id', async () => {
    const r = await buildContent(fixture('lesson-quiz-unknown'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('lesson-quiz-unknown/lessons/01-premiere.mdx');
    expect(r.output).toContain('le champ « quiz » vaut « premiere », mais aucun questionnaire n’a cet id');
  });

  it('stops when a quiz’s id differs from its file name', async () => {
    const r = await buildContent(fixture('quiz-id-mismatch'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('quiz-id-mismatch/quizzes/premiere.yaml');
    expect(r.output).toContain('le champ « id » vaut « la-premiere » mais le fichier s’appelle « premiere.yaml »');
  });
});
