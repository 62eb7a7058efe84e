import { describe, expect, it } from 'vitest';
import {
  describeIdMismatches,
  describeLessonQuizProblems,
  describeMissingQuiz,
  describeObjectiveProblems,
} from '../../../../src/build-time/lint/quiz-content';

describe('describeIdMismatches', () => {
  it('is silent when every id is its file name', () => {
    expect(describeIdMismatches([{ fileId: 'a', dataId: 'a', file: 'content/quizzes/a.yaml' }])).toBeUndefined();
  });
  it('names the file, the id written and the file name', () => {
    const message = describeIdMismatches([
      { fileId: 'etape-1', dataId: 'etape-un', file: 'content/quizzes/etape-1.yaml' },
      { fileId: 'ok', dataId: 'ok', file: 'content/quizzes/ok.yaml' },
    ]);
    expect(message).toContain('content/quizzes/etape-1.yaml');
    expect(message).toContain('« etape-un »');
    expect(message).toContain('« etape-1.yaml »');
    expect(message).not.toContain('ok.yaml');
  });
});

describe('describeMissingQuiz', () => {
  it('names the id, where it is used, the expected file and the known quizzes', () => {
    const message = describeMissingQuiz('inconnu', ['b', 'a'], 'content/lessons/01-x.mdx');
    expect(message).toContain('<Quiz id="inconnu" />');
    expect(message).toContain('content/lessons/01-x.mdx');
    expect(message).toContain('content/quizzes/inconnu.yaml');
    expect(message).toContain('a, b');
  });
});

describe('describeLessonQuizProblems', () => {
  const quizzes = new Map([
    ['veille', { mode: 'practice' }],
    ['sondage', { mode: 'poll' }],
  ]);
  const lesson = (quiz: string | undefined, body = `Texte.\n\n<Quiz id="${quiz}" />\n`) => ({
    file: 'content/lessons/03-veille.mdx',
    quiz,
    body,
  });

  it('accepts a lesson that names the quiz it places, and a lesson without a quiz', () => {
    expect(describeLessonQuizProblems([lesson('veille'), lesson(undefined, 'Texte.')], quizzes)).toBeUndefined();
  });

  it('names the lesson and the quiz when the quiz does not exist', () => {
    expect(describeLessonQuizProblems([lesson('inexistant')], quizzes)).toContain(
      'content/lessons/03-veille.mdx : le champ « quiz » vaut « inexistant », mais aucun questionnaire n’a cet id',
    );
  });

  it('refuses a room poll, a quiz the lesson does not place, and a quiz two lessons name', () => {
    expect(describeLessonQuizProblems([lesson('sondage')], quizzes)).toContain('sondage de salle');
    expect(describeLessonQuizProblems([lesson('veille', 'Pas de questionnaire ici.')], quizzes)).toContain(
      'la leçon ne le présente pas (<Quiz id="veille" />)',
    );
    const twice = describeLessonQuizProblems([lesson('veille'), { ...lesson('veille'), file: 'b.mdx' }], quizzes);
    expect(twice).toContain(
      'Le questionnaire « veille » termine plusieurs leçons : content/lessons/03-veille.mdx, b.mdx.',
    );
  });
});

describe('describeObjectiveProblems', () => {
  const lessons = [{ slug: 'etape-2-objectif', objectives: ['Vérifier un objectif à l’aide des critères SMART.'] }];
  const bank = (questions: { id: string; lesson?: string; objective?: string }[]) => [{ id: 'banque', questions }];

  it('accepts an objective copied word for word, and a question without one', () => {
    expect(
      describeObjectiveProblems(
        bank([
          { id: 'a', lesson: 'etape-2-objectif', objective: 'Vérifier un objectif à l’aide des critères SMART.' },
          { id: 'b', lesson: 'etape-2-objectif' },
        ]),
        lessons,
      ),
    ).toBeUndefined();
  });

  it('names quiz, question and lesson when the text differs, the lesson is unknown or missing', () => {
    const message = describeObjectiveProblems(
      bank([
        { id: 'a', lesson: 'etape-2-objectif', objective: 'Vérifier un objectif avec SMART.' },
        { id: 'b', lesson: 'etape-9', objective: 'Vérifier un objectif à l’aide des critères SMART.' },
        { id: 'c', objective: 'Vérifier un objectif à l’aide des critères SMART.' },
      ]),
      lessons,
    );
    expect(message?.split('\n')).toEqual([
      'content/quizzes/banque.yaml, question « a » : l’objectif « Vérifier un objectif avec SMART. » n’est pas un des ' +
        'objectifs de la leçon « etape-2-objectif » (recopiez-en un mot pour mot : « Vérifier un objectif à l’aide des critères SMART. »).',
      'content/quizzes/banque.yaml, question « b » : la leçon « etape-9 » n’existe pas.',
      'content/quizzes/banque.yaml, question « c » : un objectif (champ objective) demande la leçon qu’il vise (champ lesson).',
    ]);
  });
});
