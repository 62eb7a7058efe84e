/**
 * Questions from the room in the deck windows. In the presenter view: the moderation list, folded
 * under the room's controls (a disclosure, so the view's layout does not move), every question by
 * votes with « Publier », « Masquer », « Répondue » and « Afficher à l'écran » (or « Retirer de
 * l'écran »), each enabled by the model's table (src/lib/room/room-questions.ts); a new question waiting
 * is announced. In the projected deck: the one question shown, over the slide, large. Text always
 * goes in with textContent.
 */
import {
  MODERATE_ACTIONS,
  moderationAvailable,
  type AskView,
  type ModerateAction,
} from '../../lib/room/room-questions';
import type { ClientMessage, RoomAsksMessage } from '../../lib/room/room-messages';
import { room } from '../../i18n/fr-room';
import { el } from '../el';

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

/** The presenter's moderation list, appended to `panel`; `send` is the room socket's. */
export function startModeration(
  panel: HTMLElement,
  send: (message: ClientMessage) => boolean,
): { update: (message: RoomAsksMessage) => void; reset: () => void } {
  const box = el('details', 'room-asks');
  const summary = el('summary', 'tool tool-button', t.panelTitle(0, 0));
  const body = el('div', 'room-asks-body');
  const live = el('p', 'room-asks-news');
  live.setAttribute('role', 'status');
  const list = el('ol', 'room-asks-list');
  body.append(live, list);
  box.append(summary, body);
  panel.append(box);
  list.replaceChildren(el('li', 'room-ask-none', t.panelEmpty));
  let known = new Set<string>();
  let first = true;

  list.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('[data-moderate]') : null;
    const ask = button?.closest<HTMLElement>('[data-ask]')?.dataset.ask;
    const action = MODERATE_ACTIONS.find((a) => a === button?.dataset.moderate);
    if (ask && action) send({ type: 'moderate', ask, action });
  });

  const item = (ask: AskView, shown: boolean): HTMLElement => {
    const li = el('li', 'room-ask');
    li.dataset.ask = ask.id;
    li.dataset.status = ask.status;
    const text = el('p', 'room-ask-text', ask.text);
    text.id = `moderation-${ask.id}`;
    const meta = el('p', 'room-ask-meta', `${statusLabels[ask.status]} · ${t.votes(ask.votes)}`);
    if (shown) meta.append(el('strong', undefined, ` · ${t.onScreen}`));
    const row = el('p', 'room-ask-buttons');
    for (const action of MODERATE_ACTIONS) {
      // One of « Afficher » and « Retirer de l'écran », never both.
      if (action === (shown ? 'show' : 'unshow')) continue;
      const b = el('button', 'tool tool-button', actionLabels[action]);
      b.type = 'button';
      b.dataset.moderate = action;
      b.setAttribute('aria-describedby', text.id);
      b.disabled = !moderationAvailable(ask.status, shown, action);
      row.append(b);
    }
    li.append(text, meta, row);
    return li;
  };

  return {
    update(message) {
      const pending = message.asks.filter((a) => a.status === 'pending');
      summary.textContent = t.panelTitle(message.asks.length, pending.length);
      // Focus stays on the same button of the same question when the list is drawn again.
      const active = document.activeElement;
      const focusAsk = active?.closest<HTMLElement>('[data-ask]')?.dataset.ask;
      const focusAction = active instanceof HTMLElement ? active.dataset.moderate : undefined;
      if (message.asks.length === 0) list.replaceChildren(el('li', 'room-ask-none', t.panelEmpty));
      else list.replaceChildren(...message.asks.map((a) => item(a, message.shown === a.id)));
      if (focusAsk && focusAction) {
        const buttons = [...list.querySelectorAll<HTMLButtonElement>(`[data-ask="${focusAsk}"] [data-moderate]`)];
        (
          buttons.find((b) => b.dataset.moderate === focusAction && !b.disabled) ?? buttons.find((b) => !b.disabled)
        )?.focus();
      }
      const fresh = pending.filter((a) => !known.has(a.id)).length;
      known = new Set(message.asks.map((a) => a.id));
      if (fresh > 0 && !first) live.textContent = t.newPending(fresh);
      first = false;
    },
    reset() {
      known = new Set();
      first = true;
      live.textContent = '';
      summary.textContent = t.panelTitle(0, 0);
      list.replaceChildren(el('li', 'room-ask-none', t.panelEmpty));
    },
  };
}

/** The question shown on the projected screen, over the slide (`host`: the deck view). */
export function startScreenAsk(host: HTMLElement): { update: (message: RoomAsksMessage) => void } {
  const box = el('aside', 'room-ask-screen');
  box.setAttribute('aria-labelledby', 'question-ecran');
  const title = el('p', 'room-ask-screen-title', t.screenTitle);
  title.id = 'question-ecran';
  const text = el('p', 'room-ask-screen-text');
  box.append(title, text);
  box.hidden = true;
  host.append(box);
  return {
    update(message) {
      const shown = message.asks.find((a) => a.id === message.shown);
      box.hidden = !shown;
      text.textContent = shown?.text ?? '';
    },
  };
}
