import { describe, expect, it } from 'vitest';
import {
  asciiApostrophes,
  embeddedQuizIds,
  INDEX_EXCLUDE_SELECTORS,
  isIndexablePage,
  pagesToIndex,
  prepareHtmlForIndex,
} from '../../../../src/lib/search/search-index';

describe('prepareHtmlForIndex', () => {
  it('writes typographic apostrophes as ASCII ones, so Pagefind splits elisions', () => {
    expect(prepareHtmlForIndex('<p>comment l’organiser, dʼune façon</p>')).toBe(
      "<p>comment l'organiser, d'une façon</p>",
    );
    expect(asciiApostrophes('S’adapter')).toBe("S'adapter");
  });

  it('leaves everything else as it is', () => {
    const html = '<h1 id="a">Mettre la charrue avant les bœufs « mot-clic »</h1>';
    expect(prepareHtmlForIndex(html)).toBe(html);
  });
});

describe('isIndexablePage', () => {
  it('takes HTML pages and skips the index’s own folder and other files', () => {
    expect(isIndexablePage('index.html')).toBe(true);
    expect(isIndexablePage('lecons/etape-1-veille/index.html')).toBe(true);
    expect(isIndexablePage('pagefind/pagefind-ui.html')).toBe(false);
    expect(isIndexablePage('_astro/x.js')).toBe(false);
    expect(isIndexablePage('mon-pagefind/index.html')).toBe(true);
  });
});

describe('embeddedQuizIds and pagesToIndex', () => {
  const lesson = (quizzes: string[]) =>
    `<main>${quizzes.map((q) => `<section class="quiz-block quiz-block--lesson" data-quiz="${q}"></section>`).join('')}</main>`;

  it('finds the quizzes a lesson shows in its flow', () => {
    expect(embeddedQuizIds(lesson(['etape-1-veille', 'sondage-veille']))).toEqual(['etape-1-veille', 'sondage-veille']);
    expect(embeddedQuizIds('<p data-quiz="x">pas une section</p>')).toEqual([]);
  });

  it('leaves out the own page of a quiz a lesson shows, and keeps the others', () => {
    const pages = [
      { path: 'lecons/veille/index.html', html: lesson(['veille']) },
      { path: 'quiz/veille/index.html', html: '<main>quiz</main>' },
      { path: 'quiz/evaluation-finale/index.html', html: '<main>évaluation</main>' },
      { path: 'a-propos/index.html', html: '<main><section data-quiz="evaluation-finale"></section></main>' },
      { path: 'pagefind/x.html', html: '' },
    ];
    expect(pagesToIndex(pages)).toEqual([
      'lecons/veille/index.html',
      'quiz/evaluation-finale/index.html',
      'a-propos/index.html',
    ]);
  });

  it('excludes the quiz widgets, never the question prompts', () => {
    expect(INDEX_EXCLUDE_SELECTORS).toEqual(expect.arrayContaining(['button', 'select', '.quiz-num']));
    expect(INDEX_EXCLUDE_SELECTORS).not.toContain('.quiz-prompt');
  });
});
