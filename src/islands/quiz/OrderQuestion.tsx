/**
 * A list to put in order with « Monter » / « Descendre » buttons (never by dragging); each move is
 * announced in a polite live region and focus follows the moved item.
 */
import { useState } from 'preact/hooks';
import { quiz as t } from '../../i18n/fr-quiz';
import type { QuestionProps } from './types';
import './question-views.css';

/** What the list needs of a question: its items (a quiz's ordering question, or a room poll's). */
interface Ordering {
  items: ReadonlyArray<{ id: string; text: string }>;
}

/** The ordering list of one question. */
export function OrderQuestion({ q, answer, name, onAnswer, onMoved }: QuestionProps<Ordering>) {
  const order = answer?.kind === 'ordering' ? answer.order : [];
  const [said, setSaid] = useState('');
  const move = (from: number, step: -1 | 1) => {
    const to = from + step;
    const id = order[from];
    if (id === undefined || to < 0 || to >= order.length) return;
    const next = [...order];
    next[from] = next[to] as string;
    next[to] = id;
    onAnswer({ kind: 'ordering', order: next });
    setSaid(t.moved(q.items.find((i) => i.id === id)?.text ?? '', to + 1, order.length));
    // When the item reaches an end, its button there is inert: focus goes to the other one.
    const dir = (step < 0 && to === 0) || (step > 0 && to === order.length - 1) ? -step : step;
    onMoved(`[data-move="${name}/${id}/${dir}"]`);
  };
  return (
    <>
      <p class="quiz-hint">{t.orderingHint}</p>
      <ol class="quiz-order">
        {order.map((id, i) => {
          const text = q.items.find((item) => item.id === id)?.text ?? '';
          return (
            <li key={id} data-item={id}>
              <span class="quiz-order-pos" aria-hidden="true">
                {i + 1}
              </span>
              <span class="quiz-order-text">{text}</span>
              <span class="quiz-order-moves">
                <button
                  type="button"
                  class="quiz-move tool-button"
                  data-move={`${name}/${id}/-1`}
                  aria-label={t.moveUpLabel(text)}
                  aria-disabled={i === 0 ? 'true' : undefined}
                  onClick={() => move(i, -1)}
                >
                  <span aria-hidden="true">↑</span> {t.moveUp}
                </button>
                <button
                  type="button"
                  class="quiz-move tool-button"
                  data-move={`${name}/${id}/1`}
                  aria-label={t.moveDownLabel(text)}
                  aria-disabled={i === order.length - 1 ? 'true' : undefined}
                  onClick={() => move(i, 1)}
                >
                  <span aria-hidden="true">↓</span> {t.moveDown}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
    </>
  );
}
