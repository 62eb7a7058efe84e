import { describe, expect, it } from 'vitest';
import { answerSummary, optionLetter, quizUrl } from '../../../../src/lib/deck/deck-poll';

describe('quizUrl', () => {
  it('is undefined without a public site URL, so no QR code is drawn', () => {
    expect(quizUrl(undefined, '/', 'a')).toBeUndefined();
    expect(quizUrl('', '/', 'a')).toBeUndefined();
  });
  it('builds the absolute address of the quiz page, under the base path', () => {
    expect(quizUrl('https://formation.exemple.qc.ca', '/', 'sondage-strategie')).toBe(
      'https://formation.exemple.qc.ca/quiz/sondage-strategie/',
    );
    expect(quizUrl(new URL('https://exemple.qc.ca/'), '/medias-sociaux/', 'q')).toBe(
      'https://exemple.qc.ca/medias-sociaux/quiz/q/',
    );
    expect(quizUrl('https://exemple.qc.ca/medias-sociaux', '/medias-sociaux', 'q')).toBe(
      'https://exemple.qc.ca/medias-sociaux/quiz/q/',
    );
    expect(quizUrl('https://exemple.qc.ca/formation/', '/', 'q')).toBe('https://exemple.qc.ca/formation/quiz/q/');
  });
});

describe('optionLetter', () => {
  it('letters the options', () => {
    expect([0, 1, 2, 25].map(optionLetter)).toEqual(['A', 'B', 'C', 'Z']);
    expect(optionLetter(26)).toBe('27');
  });
});

describe('answerSummary', () => {
  const labels = { true: 'Vrai', false: 'Faux' };
  it('names the right answer of each kind of question', () => {
    expect(
      answerSummary(
        {
          kind: 'single',
          options: [
            { text: 'Non', correct: false },
            { text: 'Oui', correct: true },
          ],
        },
        labels,
      ),
    ).toBe('B. Oui');
    expect(
      answerSummary(
        {
          kind: 'multiple',
          options: [
            { text: 'a', correct: true },
            { text: 'b', correct: false },
            { text: 'c', correct: true },
          ],
        },
        labels,
      ),
    ).toBe('A. a ; C. c');
    expect(answerSummary({ kind: 'true-false', answer: false }, labels)).toBe('Faux');
    expect(answerSummary({ kind: 'ordering', items: [{ text: 'Veille' }, { text: 'Objectif' }] }, labels)).toBe(
      'Veille → Objectif',
    );
    expect(
      answerSummary(
        {
          kind: 'matching',
          pairs: [
            { left: 'LinkedIn', right: 'professionnels' },
            { left: 'YouTube', right: 'vidéo' },
          ],
        },
        labels,
      ),
    ).toBe('LinkedIn → professionnels ; YouTube → vidéo');
  });
});
