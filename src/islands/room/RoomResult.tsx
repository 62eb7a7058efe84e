/**
 * What a phone shows on /salle/ once the trainer reveals a question (Poll.tsx draws it under the
 * question): the room's result as bars, the most frequent orders, or the groups of open answers
 * (text only, never markup).
 */
import type { ComponentChildren } from 'preact';
import type { OpenGroup, PublicQuestion, RoomAnswer, RoomStateMessage } from '../../lib/room/room-messages';
import { optionLetter, orderText } from '../../lib/deck/deck-poll';
import { percent } from '../../lib/room/room-session';
import { room as t } from '../../i18n/fr-room';
import { OpenGroupText, ResultBar } from './Bars';
import './room-result.css';

function Box({ children }: { children: ComponentChildren }) {
  return (
    <section class="result" aria-labelledby="resultat-salle">
      <h2 id="resultat-salle">{t.roomResult}</h2>
      {children}
    </section>
  );
}

/** An open question's revealed answers, grouped, most frequent first. */
export function OpenGroups({ groups }: { groups: readonly OpenGroup[] }) {
  return (
    <Box>
      {groups.length === 0 && <p>{t.openNone}</p>}
      <ul class="open-groups">
        {groups.map((g) => (
          <li key={g.key}>
            <OpenGroupText group={g} />
          </li>
        ))}
      </ul>
    </Box>
  );
}

interface ResultProps {
  q: PublicQuestion;
  correct: number[];
  results: NonNullable<RoomStateMessage['results']>;
  decision: RoomStateMessage['decision'];
  /** What the server holds of this phone's answer: its options are marked « votre choix ». */
  acked: RoomAnswer | undefined;
}

/**
 * A revealed poll's result: the right answer (or, for a vote, the option the deck followed), then
 * a bar per option with its count and share, the phone's own choice marked; for an ordering
 * question, the right order and the most frequent orders given.
 */
export function RoomResult({ q, correct, results, decision, acked }: ResultProps) {
  const total = results.total;
  if (q.kind === 'ordering')
    return (
      <Box>
        <h3>{t.rightOrder}</h3>
        <ol class="right-order">
          {correct.map((i) => (
            <li key={i}>{q.options[i] ?? ''}</li>
          ))}
        </ol>
        <h3>{t.topOrders}</h3>
        <ol class="orders">
          {results.orders.map(({ order, count }) => (
            <li
              key={order.join()}
            >{`${orderText(order, q.options)}\u00a0: ${t.orderCount(count, percent(count, total))}`}</li>
          ))}
        </ol>
      </Box>
    );
  // A simulation's vote has no right answer: the phone says which option the deck followed.
  const head =
    q.kind === 'vote'
      ? decision && t.decided(`${optionLetter(decision.option)}. ${q.options[decision.option] ?? ''}`, decision.how)
      : `${t.rightAnswer(correct.length)}\u00a0: ${correct.map((i) => `${optionLetter(i)}. ${q.options[i] ?? ''}`).join('; ')}`;
  return (
    <Box>
      {head && <p class="right-answer">{head}</p>}
      <ul class="bars">
        {q.options.map((text, i) => {
          const count = results.counts[i] ?? 0;
          const pct = percent(count, total);
          const mine = Array.isArray(acked) && acked.includes(i);
          const marks = [correct.includes(i) ? t.correctMark : '', mine ? t.yoursMark : ''].filter(Boolean);
          return (
            <li key={i} data-correct={correct.includes(i) ? '' : undefined}>
              {/* Spaces between the parts: the line is read and copied as a sentence, as it wraps as one. */}
              <p class="bar-head">
                <span class="letter" aria-hidden="true">
                  {optionLetter(i)}
                </span>{' '}
                <span class="choice-text">{text}</span>
                {marks.length > 0 && (
                  <>
                    {' '}
                    <span class="marks">({marks.join(', ')})</span>
                  </>
                )}
              </p>
              <ResultBar pct={pct} />
              <p class="bar-figure">{t.barLabel(optionLetter(i), count, pct)}</p>
            </li>
          );
        })}
      </ul>
    </Box>
  );
}
