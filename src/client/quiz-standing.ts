/**
 * <quiz-standing> (markup in QuizBlock.astro): the learner's best score on a quiz, the number of
 * attempts and « Réussi », above the questions, from the progress store. Apart from the quiz
 * island, so that it shows on arrival while the island waits for the first interaction to hydrate
 * (client:interaction), and updates itself when the island records an attempt. Its strings come
 * from the page (data-strings, quizStandingText in src/i18n/fr-quiz.ts): a lesson that is only read
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

/** The strings, if data-strings holds them; else nothing is shown (never an error in the store). */
function readStrings(json: string | undefined): Strings | undefined {
  try {
    const t = JSON.parse(json ?? '') as Partial<Strings> | null;
    const text = (v: unknown): v is string => typeof v === 'string';
    if (t && text(t.best?.one) && text(t.best.other) && text(t.passed) && text(t.earlier)) return t as Strings;
  } catch {
    // Shown as nothing, like a missing attribute.
  }
  return undefined;
}

/** <quiz-standing data-quiz-id data-hash data-strings>: the standing of one quiz, in its version `hash`. */
class QuizStanding extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback() {
    const { quizId = '', hash = '' } = this.dataset;
    const t = readStrings(this.dataset['strings']);
    if (!t) return;
    this.#stop = $quizResults.subscribe((records) => {
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

  disconnectedCallback() {
    this.#stop?.();
    this.#stop = undefined;
  }
}

if (!customElements.get('quiz-standing')) customElements.define('quiz-standing', QuizStanding);
