/** Pairs to match: one labelled <select> per left-hand item, the partners in a shuffled order. */
import type { Question } from '../../schemas/quiz';
import { matchOptions } from '../../lib/scoring';
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
        {q.pairs.map((p) => (
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
          </p>
        ))}
      </div>
    </>
  );
}
