/**
 * The question the trainer opened, on the phone (Participant.tsx draws it): the prompt as the
 * form's legend, the quiz's own fields (AnswerFields.tsx), « Envoyer » within the thumb's reach,
 * the line that says what the server holds (role="status"), and once revealed the room's result.
 * Drawn again (with a new key) only when the question or its status changes, so an update that
 * changes nothing keeps the phone's selection.
 */
import type { RoomAnswer, RoomStateMessage } from '../../lib/room/room-messages';
import type { Said } from '../../lib/room/room-phone';
import { room as t } from '../../i18n/fr-room';
import { AnswerFields } from './AnswerFields';
import { OpenGroups, RoomResult } from './RoomResult';
import './participant.css';

interface Props {
  state: RoomStateMessage & { question: NonNullable<RoomStateMessage['question']> };
  /** What the fields show first: the answer on its way, else the one the server holds. */
  initial: RoomAnswer | undefined;
  /** What the server holds (marked « votre choix » once revealed). */
  acked: RoomAnswer | undefined;
  line: Said;
  onDraft: (draft: RoomAnswer) => void;
  onSend: () => void;
}

export function Poll({ state, initial, acked, line, onDraft, onSend }: Props) {
  const q = state.question;
  const open = state.status === 'open';
  return (
    <div class="question">
      <form
        class="answer"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSend();
        }}
      >
        <fieldset disabled={!open}>
          <legend>
            <h2 class="prompt">{q.prompt}</h2>
          </legend>
          <AnswerFields q={q} initial={initial} onChange={onDraft} />
        </fieldset>
        {open && (
          <button class="button" type="submit">
            {t.send}
          </button>
        )}
        <p class="answer-status" role="status" data-answer-status data-state={line.state}>
          {line.text ? <strong>{line.text}</strong> : null}
          {line.hint ? (
            <>
              {' '}
              <span>{line.hint}</span>
            </>
          ) : null}
        </p>
      </form>
      {state.status === 'revealed' && q.kind === 'open' && state.groups ? (
        <OpenGroups groups={state.groups} />
      ) : state.status === 'revealed' && state.correct && state.results ? (
        <RoomResult q={q} correct={state.correct} results={state.results} decision={state.decision} acked={acked} />
      ) : null}
    </div>
  );
}
