/**
 * The fields of a live poll on a phone at /salle/ (src/client/room/room-participant.ts draws them
 * in its answer form): the quiz's own choice and ordering views (src/islands/quiz/), fed with the
 * room's question, or a short text with its count of characters for an open question. The room
 * speaks in option indexes; the quiz views in ids: an option's id here is its index as text. The
 * form's fieldset disables every control once the poll is closed.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { toggleChoice, type Answer } from '../../lib/quiz/answer';
import type { SessionAction } from '../../lib/quiz/quiz-session';
import type { PublicQuestion, RoomAnswer } from '../../lib/room/room-messages';
import { MAX_OPEN_CHARS } from '../../lib/room/room-open';
import { room as t } from '../../i18n/fr-room';
import { ChoiceQuestion } from '../quiz/ChoiceQuestion';
import './room-answer.css';
import { OrderQuestion } from '../quiz/OrderQuestion';
import { CountedText } from './CountedText';

/** What the phone would send now: option indexes (empty when none is chosen), or the text typed. */
export type Draft = number[] | string;

interface Props {
  q: PublicQuestion;
  /** The answer on its way, else the one the server holds: what the fields show first. */
  initial: RoomAnswer | undefined;
  /** Called with the draft at every change (and once at the start). */
  onChange: (draft: Draft) => void;
}

/** The room's answer as the quiz views hold it. */
function toAnswer(q: PublicQuestion, value: RoomAnswer | undefined): Answer {
  const given = Array.isArray(value) ? value.map(String) : [];
  if (q.kind === 'ordering') {
    const all = q.options.map((_, i) => String(i));
    const whole = given.length === all.length && all.every((id) => given.includes(id));
    return { kind: 'ordering', order: whole ? given : all };
  }
  if (q.kind === 'multiple') return { kind: 'multiple', choices: given };
  return { kind: 'single', choice: given[0] ?? null };
}

/** The quiz views' answer as the room sends it. */
function toDraft(answer: Answer): number[] {
  switch (answer.kind) {
    case 'ordering':
      return answer.order.map(Number);
    case 'multiple':
      return answer.choices.map(Number).sort((a, b) => a - b);
    case 'single':
      return answer.choice === null ? [] : [Number(answer.choice)];
    default:
      return [];
  }
}

/** The text box of an open question, with its count of characters. */
function OpenField({ initial, onChange }: { initial: string; onChange: (text: string) => void }) {
  const [text, setText] = useState(initial);
  return (
    <CountedText
      id="reponse-ouverte"
      name="reponse"
      label={t.openLabel(MAX_OPEN_CHARS)}
      rows={2}
      max={MAX_OPEN_CHARS}
      value={text}
      onInput={(value) => {
        setText(value);
        onChange(value);
      }}
      count={t.openCount}
      classes={{ label: 'open-label', box: 'open-text', count: 'open-counter' }}
    />
  );
}

/**
 * The fields of question `q`, as a quiz shows them; each choice shows its letter as on the projected
 * slide (« A », « B »…, drawn by the style: room-answer.css).
 */
export function AnswerFields({ q, initial, onChange }: Props) {
  const [answer, setAnswer] = useState(() => toAnswer(q, initial));
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  // The owner reads the draft from here (the first time too: what the fields show at the start).
  useLayoutEffect(() => {
    if (q.kind !== 'open') changed.current(toDraft(answer));
  }, [answer, q.kind]);
  // After a move, focus follows the item moved (OrderQuestion names the button).
  useLayoutEffect(() => {
    if (!focusTarget) return;
    root.current?.querySelector<HTMLElement>(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const ids = q.options.map((text, i) => ({ id: String(i), text }));
  // A box is toggled from its latest state, so two quick ticks both count.
  const dispatch = (action: SessionAction) => {
    if (action.type !== 'toggle') return;
    setAnswer((current) => ({
      kind: 'multiple',
      choices: toggleChoice(current.kind === 'multiple' ? current.choices : [], action.option),
    }));
  };
  const common = {
    answer,
    shown: false,
    name: 'reponse',
    seed: '',
    onAnswer: setAnswer,
    dispatch,
    onMoved: setFocusTarget,
  };
  return (
    <div class="room-answer" ref={root}>
      {q.kind === 'open' ? (
        <OpenField initial={typeof initial === 'string' ? initial : ''} onChange={(text) => onChange(text)} />
      ) : q.kind === 'ordering' ? (
        <OrderQuestion {...common} q={{ items: ids }} />
      ) : (
        <ChoiceQuestion
          {...common}
          q={{
            id: q.id,
            kind: q.kind === 'multiple' ? 'multiple' : 'single',
            options: ids.map((o) => ({ ...o, correct: false })),
          }}
        />
      )}
    </div>
  );
}
