/** A true-or-false statement: two radio buttons, « Vrai » then « Faux », marked once checked. */
import type { Question } from '../../schemas/quiz';
import { quiz as t } from '../../i18n/fr-quiz';
import type { QuestionProps } from './types';

type TrueFalse = Extract<Question, { kind: 'true-false' }>;

/** Vrai / Faux radio buttons. */
export function TrueFalseQuestion({ q, answer, shown, name, onAnswer }: QuestionProps<TrueFalse>) {
  const value = answer?.kind === 'true-false' ? answer.value : null;
  return (
    <ul class="quiz-options" role="list">
      {[true, false].map((v) => {
        const mark = !shown ? null : v === q.answer ? 'right' : value === v ? 'wrong' : null;
        return (
          <li key={String(v)} class={mark === 'wrong' ? 'is-wrong' : mark === 'right' ? 'is-right' : undefined}>
            <label class="quiz-option">
              <input
                type="radio"
                name={name}
                value={String(v)}
                checked={value === v}
                onChange={() => onAnswer({ kind: 'true-false', value: v })}
              />
              <span>{v ? t.trueLabel : t.falseLabel}</span>
            </label>
            {mark && (
              <p class="quiz-mark">
                <span aria-hidden="true">{mark === 'right' ? '✓' : '✗'}</span>{' '}
                {mark === 'right' ? (value === v ? t.markRightChosen : t.markRightMissed) : t.markWrongChosen}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
