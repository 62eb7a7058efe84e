/**
 * What a learner reads under a checked question: the verdict and what to remember, short enough
 * for a phone; the explanation of each option they chose (or missed) folds under « Détails ».
 * Loaded by the quiz island on the first check, with its strings, so a page that is only read
 * never pays for it.
 */
import type { Question } from '../../schemas/quiz';
import { chosenIds, isRightMatch, type Answer } from '../../lib/scoring';
import { quizFeedback as t } from '../../i18n/fr-quiz-feedback';
import { quiz as labels } from '../../i18n/fr-quiz';

/** The feedback block of one question. */
export function Feedback({ q, answer, credit }: { q: Question; answer: Answer | undefined; credit: number }) {
  const verdict = credit >= 1 ? t.right : credit <= 0 ? t.wrong : t.partial(Math.round(credit * 100));
  return (
    <div class={`quiz-verdict ${credit >= 1 ? 'is-right' : credit <= 0 ? 'is-wrong' : 'is-partial'}`}>
      <p class="quiz-verdict-head">{verdict}</p>
      <p>
        <strong>{t.remember}</strong> {q.explanation}
      </p>
      <details class="quiz-details">
        <summary>{t.details}</summary>
        <Details q={q} answer={answer} />
      </details>
    </div>
  );
}

function Details({ q, answer }: { q: Question; answer: Answer | undefined }) {
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const chosen = chosenIds(answer);
      const picked = q.options.filter((o) => chosen.includes(o.id));
      const missed = q.options.filter((o) => o.correct && !chosen.includes(o.id));
      return (
        <ul>
          {picked.map((o) => (
            <li key={o.id}>
              {t.yourChoice(o.text)} <em>{o.correct ? t.markRight : t.markWrong}</em>. {o.feedback}
            </li>
          ))}
          {missed.map((o) => (
            <li key={o.id}>
              {q.kind === 'multiple' ? t.alsoRight(o.text) : t.rightWas(o.text)} {o.feedback}
            </li>
          ))}
        </ul>
      );
    }
    case 'true-false': {
      const value = answer?.kind === 'true-false' ? answer.value : null;
      if (value === null) return null;
      return (
        <p>
          {t.youAnswered(value ? labels.trueLabel : labels.falseLabel)}{' '}
          {value ? q.feedback.whenTrue : q.feedback.whenFalse}
        </p>
      );
    }
    case 'ordering':
      return (
        <>
          <p>{t.rightOrder}</p>
          <ol>
            {q.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </>
      );
    case 'matching': {
      const picks = answer?.kind === 'matching' ? answer.picks : {};
      return (
        <ul>
          {q.pairs.map((p) => {
            const chosen = q.pairs.find((x) => x.id === picks[p.id])?.right ?? '—';
            return (
              <li key={p.id}>
                {isRightMatch(q, p.id, picks[p.id])
                  ? t.matchRight(p.left ?? '', chosen)
                  : t.matchWrong(p.left ?? '', chosen, p.right ?? '')}
              </li>
            );
          })}
        </ul>
      );
    }
  }
}
