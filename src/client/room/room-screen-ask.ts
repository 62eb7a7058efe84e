/**
 * The question from the room shown on the projected screen, over the slide, large (the presenter
 * chooses it in the moderation list, src/islands/room/Moderation.tsx). Text always goes in with
 * textContent.
 */
import type { RoomAsksMessage } from '../../lib/room/room-messages';
import { room } from '../../i18n/fr-room';
import { el } from '../el';

const t = room.asks;

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
