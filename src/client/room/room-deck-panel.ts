/**
 * Puts the presenter's room controls (src/islands/room/RoomPanel.tsx, Preact) at the end of the
 * presenter view's controls, in a group of their own, and draws them again with each state
 * room-deck.ts passes.
 */
import { h, render } from 'preact';
import { room as t } from '../../i18n/fr-room';
import { el } from '../el';
import { RoomPanel, type PanelProps } from '../../islands/room/RoomPanel';

/** Builds the panel's place in `host` (the presenter view); `paint` draws it with the state given. */
export function createRoomPanel(host: HTMLElement): { paint: (props: PanelProps) => void } {
  const panel = el('div', 'deck-panel room-panel');
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', t.panelTitle);
  (host.querySelector('.controls') ?? host).append(panel);
  return { paint: (props) => render(h(RoomPanel, props), panel) };
}
