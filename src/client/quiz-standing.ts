/**
 * <quiz-standing> (markup in QuizBlock.astro): the learner's best score on a quiz, the number of
 * attempts and « Réussi », above the questions, from the progress store. Apart from the quiz
 * island, so that it shows on arrival while the island waits for the first interaction to hydrate
 * (client:interaction), and updates itself when the island records an attempt. Its strings come
 * from the page (data-strings, quizStanding in src/i18n/fr-quiz.ts): a lesson that is only read
 * loads no quiz strings.
 */
import { $quizResults } from '../stores/progress';
import { quizStanding } from '../lib/progress/progress-records';
import { fillPlural, type Plural } from '../lib/template';
import { formatPoints } from '../lib/format';
import { percentOf } from '../lib/quiz/percent';
import { el } from './el';

interface Strings {
  best: Plural;
  passed: string;
  earlier: string;
}

/** <quiz-standing data-quiz-id data-hash data-strings>: the standing of one quiz, in its version `hash`. */
class QuizStanding extends HTMLElement {
  // The element lives as long as the page: its store subscription is never undone.
  connectedCallback() {
    const { quizId = '', hash = '' } = this.dataset;
    let t: Strings;
    try {
      t = JSON.parse(this.dataset['strings'] ?? '') as Strings;
    } catch {
      return;
    }
    $quizResults.subscribe((records) => {
      const standing = quizStanding(records[quizId], hash);
      if (standing.kind === 'none') {
        this.replaceChildren();
        return;
      }
      const { best, max, attempts, passed } = standing.record;
      const text = fillPlural(t.best, attempts, { points: formatPoints(best), max, percent: percentOf(best, max) });
      const line = el('p', 'quiz-best', text);
      if (passed) line.append(' ', el('strong', 'quiz-badge', t.passed));
      if (standing.kind === 'earlier') line.append(' ', el('span', 'quiz-earlier', t.earlier));
      this.replaceChildren(line);
    });
  }
}

if (!customElements.get('quiz-standing')) customElements.define('quiz-standing', QuizStanding);
