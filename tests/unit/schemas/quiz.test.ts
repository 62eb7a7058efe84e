import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../src/schemas/quiz';

const choice = (id: string, correct = false) => ({ id, text: `Choix ${id}`, correct, feedback: 'Pourquoi.' });
const q = (extra: Record<string, unknown>) => ({
  id: 'q1',
  prompt: 'La question ?',
  explanation: 'À retenir.',
  ...extra,
});
const quiz = (...questions: unknown[]) => ({ id: 'exemple', title: 'Exemple', questions });

/** Each problem as « path : message ». */
const problems = (data: unknown): string[] => {
  const r = quizSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`);
};

describe('quizSchema', () => {
  it('accepts the poll mode of room polls, and no other unknown mode', () => {
    const poll = { ...quiz(q({ kind: 'single', options: [choice('a', true), choice('b')] })), mode: 'poll' };
    expect(quizSchema.parse(poll).mode).toBe('poll');
    expect(problems({ ...poll, mode: 'sondage' })).toHaveLength(1);
  });

  it('accepts every kind and fills the defaults', () => {
    const parsed = quizSchema.parse(
      quiz(
        q({ id: 's', kind: 'single', options: [choice('a', true), choice('b')] }),
        q({ id: 'm', kind: 'multiple', options: [choice('a', true), choice('b', true), choice('c')] }),
        q({ id: 't', kind: 'true-false', answer: true, feedback: { whenTrue: 'Oui.', whenFalse: 'Non.' } }),
        q({
          id: 'o',
          kind: 'ordering',
          items: [
            { id: 'x', text: 'X' },
            { id: 'y', text: 'Y' },
          ],
        }),
        q({
          id: 'p',
          kind: 'matching',
          pairs: [
            { id: 'a', left: 'A', right: '1' },
            { id: 'b', left: 'B', right: '1' },
          ],
        }),
      ),
    );
    expect(parsed.mode).toBe('practice');
    expect(parsed.passMark).toBe(80);
    expect(parsed.questions.map((x) => x.kind)).toEqual(['single', 'multiple', 'true-false', 'ordering', 'matching']);
    const first = parsed.questions[0];
    expect(first?.kind === 'single' && first.options[1]?.correct).toBe(false);
  });

  it('rejects a choice question with no right answer, naming the question', () => {
    expect(problems(quiz(q({ id: 'sans-reponse', kind: 'multiple', options: [choice('a'), choice('b')] })))).toEqual([
      'questions.0 : question « sans-reponse » : aucune bonne réponse (mettre correct: true sur au moins un choix)',
    ]);
  });

  it('rejects a single-choice question with several right answers', () => {
    expect(problems(quiz(q({ id: 'deux', kind: 'single', options: [choice('a', true), choice('b', true)] })))).toEqual([
      'questions.0 : question « deux » : choix unique mais 2 bonnes réponses',
    ]);
  });

  it('rejects duplicate ids of questions, choices, items and pairs', () => {
    const single = q({ kind: 'single', options: [choice('a', true), choice('b')] });
    expect(problems(quiz(single, single))).toEqual(['questions : identifiant de question en double : « q1 »']);
    expect(
      problems(quiz(q({ kind: 'single', options: [choice('a', true), { ...choice('a'), text: 'Autre' }] }))),
    ).toEqual(['questions.0 : question « q1 » : identifiant de choix en double : « a »']);
    expect(
      problems(
        quiz(
          q({
            kind: 'ordering',
            items: [
              { id: 'x', text: 'X' },
              { id: 'x', text: 'Y' },
            ],
          }),
        ),
      ),
    ).toEqual(['questions.0 : question « q1 » : identifiant d’élément en double : « x »']);
    expect(
      problems(
        quiz(
          q({
            kind: 'matching',
            pairs: [
              { id: 'a', left: 'A', right: '1' },
              { id: 'a', left: 'B', right: '2' },
            ],
          }),
        ),
      ),
    ).toEqual(['questions.0 : question « q1 » : identifiant de paire en double : « a »']);
  });

  it('rejects choices, items or left-hand items the learner could not tell apart', () => {
    expect(
      problems(quiz(q({ kind: 'single', options: [choice('a', true), { ...choice('b'), text: 'Choix a' }] }))),
    ).toEqual(['questions.0 : question « q1 » : choix en double : « Choix a »']);
    expect(
      problems(
        quiz(
          q({
            kind: 'ordering',
            items: [
              { id: 'x', text: 'X' },
              { id: 'y', text: 'X' },
            ],
          }),
        ),
      ),
    ).toEqual(['questions.0 : question « q1 » : élément en double : « X »']);
    expect(
      problems(
        quiz(
          q({
            kind: 'matching',
            pairs: [
              { id: 'a', left: 'A', right: '1' },
              { id: 'b', left: 'A', right: '2' },
            ],
          }),
        ),
      ),
    ).toEqual(['questions.0 : question « q1 » : élément à associer en double : « A »']);
  });

  it('rejects an ordering question with fewer than 2 items', () => {
    expect(problems(quiz(q({ id: 'seul', kind: 'ordering', items: [{ id: 'x', text: 'X' }] })))).toEqual([
      'questions.0 : question « seul » : une question à ordonner demande au moins 2 éléments',
    ]);
  });

  it('rejects a matching pair without a partner, and fewer than 2 pairs', () => {
    expect(
      problems(
        quiz(
          q({
            id: 'assoc',
            kind: 'matching',
            pairs: [
              { id: 'a', left: 'A', right: '1' },
              { id: 'b', left: 'B' },
            ],
          }),
        ),
      ),
    ).toEqual(['questions.0 : question « assoc » : la paire « b » n’a pas de partenaire (left et right sont requis)']);
    expect(problems(quiz(q({ kind: 'matching', pairs: [{ id: 'a', left: 'A', right: '1' }] })))).toEqual([
      'questions.0 : question « q1 » : une question d’association demande au moins 2 paires',
    ]);
  });

  it('names the field when the shape is wrong', () => {
    expect(problems({ ...quiz(), questions: [] })[0]).toMatch(/^questions : /);
    expect(
      problems({ ...quiz(q({ kind: 'single', options: [choice('a', true), choice('b')] })), passMark: 120 })[0],
    ).toMatch(/^passMark : /);
    expect(
      problems({ ...quiz(q({ kind: 'single', options: [choice('a', true), choice('b')] })), id: 'Avec Espace' })[0],
    ).toMatch(/^id : identifiant/);
    expect(problems(quiz(q({ kind: 'sondage' })))[0]).toMatch(/^questions\.0\.kind : /);
    expect(problems(quiz(q({ kind: 'true-false', answer: 'oui' })))[0]).toMatch(/^questions\.0\./);
  });

  it('requires an objective on every question of a bank, and only there', () => {
    const single = (id: string, extra: Record<string, unknown> = {}) =>
      q({ id, lesson: 'etape-2-objectif', kind: 'single', options: [choice('a', true), choice('b')], ...extra });
    const objective = 'Reformuler une intention vague en objectif mesurable.';
    expect(problems({ ...quiz(single('a', { objective }), single('b')), draw: 1 })).toEqual([
      'draw : questions sans objectif (champ objective) : b',
    ]);
    expect(problems({ ...quiz(single('a', { objective }), single('b', { objective })), draw: 1 })).toEqual([]);
    expect(problems(quiz(single('a'), single('b')))).toEqual([]);
  });

  it('accepts each kind of exhibit and rejects an empty or ragged one', () => {
    const withExhibit = (exhibit: unknown) =>
      quiz(q({ kind: 'true-false', answer: true, feedback: { whenTrue: 'Oui.', whenFalse: 'Non.' }, exhibit }));
    const post = { author: 'CISSS de Val-des-Hérons', time: '3 juin, 19 h 00', text: 'Publication.' };
    const parsed = quizSchema.parse(
      withExhibit({
        title: 'Fil',
        post,
        thread: [{ author: 'Julie T.', time: '22 h 12', text: 'Ligne 1\nLigne 2', likes: 48 }],
        table: { columns: ['Indicateur', 'Mars'], rows: [['Clics', '120']] },
        text: ['Un paragraphe.'],
      }),
    );
    expect(parsed.questions[0]?.exhibit?.thread?.[0]?.likes).toBe(48);
    expect(parsed.questions[0]?.exhibit?.thread?.[0]?.text).toBe('Ligne 1\nLigne 2');
    expect(problems(withExhibit({ title: 'Rien' }))).toEqual([
      'questions.0.exhibit : une pièce (exhibit) demande au moins un bloc : post, thread, table ou text',
    ]);
    expect(problems(withExhibit({ post }))[0]).toMatch(/^questions\.0\.exhibit\.title : /);
    expect(
      problems(withExhibit({ title: 'Tableau', table: { columns: ['A', 'B'], rows: [['1', '2'], ['3']] } })),
    ).toEqual(['questions.0.exhibit.table : chaque ligne du tableau doit avoir autant de cellules que de colonnes']);
    expect(problems(withExhibit({ title: 'J’aime', thread: [{ ...post, likes: -1 }] }))[0]).toMatch(
      /^questions\.0\.exhibit\.thread\.0\.likes : /,
    );
  });
});
