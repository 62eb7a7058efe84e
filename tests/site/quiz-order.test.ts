// The HTML of every quiz page, as read without JavaScript, does not give the answer away by
// position: the right option is first in at most 40 % of a quiz's choice questions.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { distFiles, readDist } from '../support/dist-files';
import { readQuizFiles } from '../support/quiz-files';

const quizzes = readQuizFiles();
const pages = distFiles('.html').filter((f) => /^quiz\/[^/]+\/index\.html$/.test(f));

describe('choice order in the HTML of quiz pages', () => {
  it('has a page for every quiz', () => {
    expect(pages.length).toBe(quizzes.size);
  });

  it.each(pages)('%s does not list the right option first in more than 40 % of its choice questions', (file) => {
    const id = file.split('/')[1] ?? '';
    const quiz = quizzes.get(id);
    if (!quiz) throw new Error(`aucun questionnaire ${id}`);
    const html = parse(readDist(file));
    let choice = 0;
    let rightFirst = 0;
    for (const q of quiz.questions) {
      if (q.kind !== 'single' && q.kind !== 'multiple') continue;
      const field = html.querySelector(`#quiz-${id}-${q.id}`);
      if (!field) continue; // a bank shows only the questions drawn for the first attempt
      choice++;
      const first = field.querySelector('input')?.getAttribute('value');
      if (q.options.find((o) => o.id === first)?.correct) rightFirst++;
    }
    expect(choice, 'questions à choix dans la page').toBeGreaterThan(0);
    expect(rightFirst / choice, `${rightFirst} sur ${choice}`).toBeLessThanOrEqual(0.4);
  });
});
