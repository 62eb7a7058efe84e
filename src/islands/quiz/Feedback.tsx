/**
 * What a learner reads under a checked question: the verdict and what to remember, short enough
 * for a phone; an ordering or matching answer marked row by row; for a missed question, the link
 * to the lesson section that teaches it; the explanation of each option they chose (or missed)
 * folds under « Détails ». Also the result of a finished quiz (./Result.tsx). Loaded by the quiz
 * island on the first check or submit, with its strings, so a page that is only read never pays
 * for it.
 */
import type { Question } from '../../schemas/quiz';
import { isRightMatch } from '../../lib/quiz/scoring';
import { chosenIds, type Answer } from '../../lib/quiz/answer';
import type { ReviewTarget } from '../../lib/quiz/quiz-review';
import { quizFeedback as t } from '../../i18n/fr-quiz-feedback';
import { quiz as labels } from '../../i18n/fr-quiz';

export { Result } from './Result';

/** The feedback block of one question; `review` says where its lesson teaches it. */
export function Feedback({
  q,
  answer,
  credit,
  review,
}: {
  q: Question;
  answer: Answer | undefined;
  credit: number;
  review?: ReviewTarget | undefined;
}) {
  const verdict = credit >= 1 ? t.right : credit <= 0 ? t.wrong : t.partial(Math.round(credit * 100));
  return (
    <div class={`quiz-verdict ${credit >= 1 ? 'is-right' : credit <= 0 ? 'is-wrong' : 'is-partial'}`}>
      <p class="quiz-verdict-head">{verdict}</p>
      <Rows q={q} answer={answer} />
      <p>
        <strong>{t.remember}</strong> {q.explanation}
      </p>
      {credit < 1 && review && (
        <p class="quiz-review-link">
          <a href={review.href}>{t.review(review.title, review.section)}</a>
        </p>
      )}
      {q.kind !== 'matching' && (
        <details class="quiz-details">
          <summary>{t.details}</summary>
          <Details q={q} answer={answer} />
        </details>
      )}
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
    case 'matching':
      return null;
  }
}

/** An ordering or matching answer marked row by row, in words (never by colour alone). */
function Rows({ q, answer }: { q: Question; answer: Answer | undefined }) {
  if (q.kind === 'ordering' && answer?.kind === 'ordering') {
    return (
      <ol class="quiz-rows" aria-label={t.yourOrder}>
        {answer.order.map((id, i) => {
          const expected = q.items.findIndex((item) => item.id === id);
          const text = q.items[expected]?.text ?? id;
          const right = expected === i;
          return (
            <li key={id} class={right ? 'is-right' : 'is-wrong'}>
              {right ? t.wellPlaced(i + 1, text) : t.misplaced(i + 1, text, expected + 1)}
            </li>
          );
        })}
      </ol>
    );
  }
  if (q.kind === 'matching') {
    const picks = answer?.kind === 'matching' ? answer.picks : {};
    return (
      <ul class="quiz-rows" aria-label={t.yourMatches}>
        {q.pairs.map((p) => {
          const chosen = q.pairs.find((x) => x.id === picks[p.id])?.right ?? '—';
          const right = isRightMatch(q, p.id, picks[p.id]);
          return (
            <li key={p.id} class={right ? 'is-right' : 'is-wrong'}>
              {right ? t.matchRight(p.left ?? '', chosen) : t.matchWrong(p.left ?? '', chosen, p.right ?? '')}
            </li>
          );
        })}
      </ul>
    );
  }
  return null;
}
