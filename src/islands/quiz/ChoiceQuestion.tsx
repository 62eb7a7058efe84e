/**
 * A single- or multiple-choice question: radio buttons or checkboxes inside their labels, in the
 * order given (the quiz island gives this attempt's shuffled order; a room poll, the projected
 * slide's). Once feedback is shown, each option says on itself whether it was a right answer or a
 * wrong choice, in words and not by colour alone.
 */
import { chosenIds } from '../../lib/quiz/answer';
import { quiz as t } from '../../i18n/fr-quiz';
import type { QuestionProps } from './types';
import './question-views.css';

/** What the view needs of a choice question: a quiz's single or multiple question, or a room poll's. */
export interface ChoiceView {
  id: string;
  kind: 'single' | 'multiple';
  options: ReadonlyArray<{ id: string; text: string; correct: boolean }>;
}

/** Radio buttons or checkboxes for a choice question. */
export function ChoiceQuestion({ q, answer, shown, name, onAnswer, dispatch }: QuestionProps<ChoiceView>) {
  const chosen = chosenIds(answer);
  // A box is toggled by the session from its latest state, so two quick ticks both count.
  const toggle = (id: string) =>
    q.kind === 'single' ? onAnswer({ kind: 'single', choice: id }) : dispatch({ type: 'toggle', id: q.id, option: id });
  return (
    <>
      {q.kind === 'multiple' && <p class="quiz-hint">{t.multipleHint}</p>}
      <ul class="quiz-options" role="list">
        {q.options.map((o) => {
          const picked = chosen.includes(o.id);
          const mark = !shown ? null : picked && !o.correct ? 'wrong' : o.correct ? 'right' : null;
          return (
            <li key={o.id} class={mark === 'wrong' ? 'is-wrong' : mark === 'right' ? 'is-right' : undefined}>
              <label class="quiz-option">
                <input
                  type={q.kind === 'single' ? 'radio' : 'checkbox'}
                  name={name}
                  value={o.id}
                  checked={picked}
                  onChange={() => toggle(o.id)}
                />
                <span>{o.text}</span>
              </label>
              {mark && (
                <p class="quiz-mark">
                  <span aria-hidden="true">{mark === 'right' ? '✓' : '✗'}</span>{' '}
                  {mark === 'right' ? (picked ? t.markRightChosen : t.markRightMissed) : t.markWrongChosen}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
