/**
 * Questions from the room in the presenter view (RoomPanel.tsx draws it under the room's
 * controls): folded in a disclosure, so the view's layout does not move; every question by votes
 * with « Publier », « Masquer », « Répondue » and « Afficher à l'écran » (or « Retirer de
 * l'écran »), each enabled by the model's table (src/lib/room/room-questions.ts); a new question
 * waiting is announced (`news`, role="status"). Text always goes in as text.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { MODERATE_ACTIONS, moderationAvailable, type ModerateAction } from '../../lib/room/room-questions';
import type { AskView, RoomAsksMessage } from '../../lib/room/room-messages';
import { room } from '../../i18n/fr-room';

const t = room.asks;

const actionLabels: Record<ModerateAction, string> = {
  approve: t.approve,
  hide: t.hide,
  answer: t.answer,
  show: t.show,
  unshow: t.unshow,
};
const statusLabels: Record<AskView['status'], string> = {
  pending: t.statusPending,
  approved: t.statusApproved,
  hidden: t.statusHidden,
  answered: t.statusAnswered,
};

interface Props {
  asks: RoomAsksMessage | undefined;
  news: string;
  onModerate: (ask: string, action: ModerateAction) => void;
}

export function Moderation({ asks, news, onModerate }: Props) {
  const list = asks?.asks ?? [];
  const pending = list.filter((a) => a.status === 'pending').length;
  const listRef = useRef<HTMLOListElement>(null);
  /** The moderation button last focused (its question and action), to keep the focus on redraw. */
  const focused = useRef<{ ask: string; action: string } | undefined>(undefined);

  // A button just used may now be disabled (« Publier » once published): the focus goes to the
  // next one the question can take, never back to the top of the page.
  useLayoutEffect(() => {
    const was = focused.current;
    const root = listRef.current;
    if (!was || !root) return;
    const active = document.activeElement;
    if (active && active !== document.body && !(active instanceof HTMLButtonElement && active.disabled)) return;
    const row = [...root.querySelectorAll<HTMLButtonElement>(`[data-ask="${was.ask}"] [data-moderate]`)];
    (row.find((b) => b.dataset.moderate === was.action && !b.disabled) ?? row.find((b) => !b.disabled))?.focus();
  });

  return (
    <details class="room-asks">
      <summary class="tool tool-button">{t.panelTitle(list.length, pending)}</summary>
      <div class="room-asks-body">
        <p class="room-asks-news" role="status">
          {news}
        </p>
        <ol
          class="room-asks-list"
          ref={listRef}
          onFocusIn={(e) => {
            const b = e.target instanceof HTMLElement ? e.target : null;
            const ask = b?.closest<HTMLElement>('[data-ask]')?.dataset.ask;
            focused.current = ask && b?.dataset.moderate ? { ask, action: b.dataset.moderate } : undefined;
          }}
          onFocusOut={(e) => {
            // Leaving the list for another control forgets it; focus lost to a disabled button does not.
            const to = e.relatedTarget;
            if (to instanceof Node && !listRef.current?.contains(to)) focused.current = undefined;
          }}
        >
          {list.length === 0 && <li class="room-ask-none">{t.panelEmpty}</li>}
          {list.map((ask) => {
            const shown = asks?.shown === ask.id;
            return (
              <li class="room-ask" key={ask.id} data-ask={ask.id} data-status={ask.status}>
                <p class="room-ask-text" id={`moderation-${ask.id}`}>
                  {ask.text}
                </p>
                <p class="room-ask-meta">
                  {`${statusLabels[ask.status]} · ${t.votes(ask.votes)}`}
                  {shown && <strong>{` · ${t.onScreen}`}</strong>}
                </p>
                <p class="room-ask-buttons">
                  {MODERATE_ACTIONS.filter((action) => action !== (shown ? 'show' : 'unshow')).map((action) => (
                    // One of « Afficher » and « Retirer de l'écran », never both.
                    <button
                      key={action}
                      type="button"
                      class="tool tool-button"
                      data-moderate={action}
                      aria-describedby={`moderation-${ask.id}`}
                      disabled={!moderationAvailable(ask.status, shown, action)}
                      onClick={() => onModerate(ask.id, action)}
                    >
                      {actionLabels[action]}
                    </button>
                  ))}
                </p>
              </li>
            );
          })}
        </ol>
      </div>
    </details>
  );
}
