/**
 * Questions from the room on the phone (/salle/, under the poll): the form to ask the presenter a
 * question, and the list of published questions with a vote button each (a toggle, aria-pressed),
 * the phone's own questions marked while they wait for moderation. What the list holds is what the
 * server sent for this phone (src/lib/room/room-questions.ts decides it; src/lib/room/room-phone.ts
 * keeps it); every text goes in as text. A change of status of the phone's own question is said in
 * the form's status line (role="status"). Each item is keyed by its question, so a vote button
 * keeps the focus when the list is drawn again.
 */
import { ASK_MAX_CHARS } from '../../lib/room/room-questions';
import { askItems, type AskState } from '../../lib/room/room-phone';
import { room } from '../../i18n/fr-room';
import { CountedText } from './CountedText';
import './ask-panel.css';

const t = room.asks;

interface Props {
  asks: AskState;
  onType: (text: string) => void;
  onAsk: () => void;
  onVote: (ask: string, on: boolean) => void;
}

export function AskPanel({ asks, onType, onAsk, onVote }: Props) {
  const items = askItems(asks);
  return (
    <section class="asks" aria-labelledby="questions-salle">
      <h2 id="questions-salle">{t.title}</h2>
      <p class="hint">{t.lead}</p>
      <form
        class="ask-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onAsk();
        }}
      >
        <CountedText
          id="question-salle"
          name="question"
          label={t.label}
          rows={3}
          max={ASK_MAX_CHARS}
          value={asks.text}
          onInput={onType}
          count={t.counter}
          hint={t.hint}
          classes={{ count: 'ask-count' }}
        />
        <button class="button" type="submit">
          {t.send}
        </button>
        <p class="answer-status" role="status" data-ask-status data-state={asks.said.state}>
          {asks.said.text}
        </p>
      </form>
      <h3 id="questions-liste">{t.listTitle}</h3>
      <ul class="ask-list" aria-labelledby="questions-liste" data-ask-list>
        {items.length === 0 && <li class="ask-none">{t.none}</li>}
        {items.map(({ ask, mine, voted, shown }) => {
          const marks = [
            mine ? t.yours : '',
            ask.status === 'pending' ? t.pending : '',
            ask.status === 'hidden' ? t.hidden : '',
            ask.status === 'answered' ? t.answered : '',
            shown ? t.onScreen : '',
          ].filter(Boolean);
          return (
            <li class="ask" key={ask.id} data-ask={ask.id} data-status={ask.status}>
              <p class="ask-text" id={`question-${ask.id}`}>
                {ask.text}
              </p>
              <p class="ask-meta">
                {marks.length > 0 && <strong class="ask-marks">{marks.join(' · ')}</strong>}
                {(ask.status === 'approved' || ask.status === 'answered') && (
                  <span class="ask-votes">{t.votes(ask.votes)}</span>
                )}
              </p>
              {ask.status === 'approved' && !mine && (
                <button
                  type="button"
                  class="button button--secondary ask-vote"
                  aria-pressed={voted}
                  aria-describedby={`question-${ask.id}`}
                  onClick={() => onVote(ask.id, !voted)}
                >
                  {t.vote}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
