/**
 * Pairs to match: one labelled <select> per left-hand item, the partners in a shuffled order; on a
 * phone, the chosen partner is also printed in full under its menu.
 */
import type { Question } from '../../schemas/quiz';
import { matchOptions } from '../../lib/quiz/scoring';
import { quiz as t } from '../../i18n/fr-quiz';
import type { QuestionProps } from './types';

type Matching = Extract<Question, { kind: 'matching' }>;

/** The selects of one matching question. */
export function MatchQuestion({ q, answer, name, seed, dispatch }: QuestionProps<Matching>) {
  const picks = answer?.kind === 'matching' ? answer.picks : {};
  const options = matchOptions(q, seed);
  return (
    <>
      <p class="quiz-hint">{t.matchingHint}</p>
      <div class="quiz-match">
        {q.pairs.map((p) => {
          const chosen = options.find((o) => o.value === picks[p.id])?.text;
          return (
            <p class="quiz-match-row" key={p.id}>
              <label for={`${name}-${p.id}`}>{p.left}</label>
              <select
                id={`${name}-${p.id}`}
                data-pair={p.id}
                value={picks[p.id] ?? ''}
                onChange={(e) => dispatch({ type: 'match', id: q.id, pair: p.id, partner: e.currentTarget.value })}
              >
                <option value="">{t.choose}</option>
                {options.map((o) => (
                  <option value={o.value} key={o.value}>
                    {o.text}
                  </option>
                ))}
              </select>
              {/* A <select> shows one line: on a phone a long choice is cut. The whole of it is
                repeated under the menu there (CSS); screen readers already hear it in the menu. */}
              {chosen && (
                <span class="quiz-match-chosen" aria-hidden="true">
                  {chosen}
                </span>
              )}
            </p>
          );
        })}
      </div>
    </>
  );
}
