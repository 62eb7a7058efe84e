/**
 * The presenter's room controls in the presenter view (src/client/room/room-deck.ts builds them): the
 * session's code and attendance, the status of the slide's poll and its count, an open question's
 * groups with « Masquer » / « Afficher », and the buttons — open, close, reveal, hide, reset,
 * export, new session — each enabled by the transition table (src/lib/room/room-transitions.ts).
 */
import { actionAvailable, type PollAction } from '../../lib/room/room-transitions';
import type { RoomQuestion } from '../../lib/room/room-messages';
import { room as t } from '../../i18n/fr-room';
import { el } from '../el';
import type { Known } from './room-deck-slides';
import { h, render } from 'preact';
import { OpenGroupText } from '../../islands/room/Bars';

/** What the panel shows: the session, the connection, and the slide on screen with what the room knows of it. */
export interface PanelView {
  code: string | undefined;
  secret: string | undefined;
  present: number;
  connected: boolean;
  /** The last message worth telling (a refusal from the server, a failed export), or ''. */
  notice: string;
  /** The slide on screen, its live question (none: not one the phones can answer) and what the room knows of it. */
  slide: HTMLElement | undefined;
  question: RoomQuestion | undefined;
  info: Known | undefined;
}

/** The panel's element, and how to bring it up to date. */
export interface RoomPanel {
  readonly element: HTMLElement;
  paint(view: PanelView): void;
}

/**
 * Builds the panel at the end of the presenter view's controls. A button calls `handlers.control`
 * with its action; a group's « Masquer » / « Afficher » calls `handlers.hideGroup` with its key.
 */
export function createRoomPanel(
  host: HTMLElement,
  handlers: { control(action: string): void; hideGroup(group: string, hidden: boolean): void },
): RoomPanel {
  const buttons: Record<PollAction | 'export' | 'new', HTMLButtonElement | undefined> = {
    open: undefined,
    close: undefined,
    reveal: undefined,
    hide: undefined,
    reset: undefined,
    export: undefined,
    new: undefined,
  };
  const panelStatus = el('p', 'room-status');
  panelStatus.setAttribute('role', 'status');
  const panelSession = el('p', 'room-session');
  const panelCount = el('p', 'room-answers');
  /** An open question's groups for the presenter, each with « Masquer » / « Afficher ». */
  const panelGroups = el('div', 'room-open-panel');

  const panel = el('div', 'deck-panel room-panel');
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', t.panelTitle);
  const row = el('p', 'deck-panel-buttons');
  for (const [name, label] of [
    ['open', t.open],
    ['close', t.close],
    ['reveal', t.reveal],
    ['hide', t.hide],
    ['reset', t.reset],
    ['export', t.export],
    ['new', t.newSession],
  ] as const) {
    const b = el('button', 'tool tool-button', label);
    b.type = 'button';
    b.dataset.room = name;
    buttons[name] = b;
    row.append(b);
  }
  panel.append(panelSession, panelStatus, panelCount, panelGroups, row);
  (host.querySelector('.controls') ?? host).append(panel);
  panel.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-room]') : null;
    const group = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-open-group]') : null;
    if (group) {
      handlers.hideGroup(group.dataset.openGroup ?? '', group.dataset.hidden !== 'true');
      return;
    }
    if (target?.dataset.room) handlers.control(target.dataset.room);
  });

  function paint({ code, secret, present, connected, notice, slide, question, info }: PanelView) {
    panelSession.textContent = code ? `${t.sessionIs(code)} · ${t.present(present)}` : t.connecting;
    const status = question
      ? !info
        ? t.statusNone
        : { open: t.statusOpen, closed: t.statusClosed, revealed: t.statusRevealed }[info.status]
      : slide?.hasAttribute('data-poll')
        ? t.notLive
        : t.notAPoll;
    const text = [notice, connected ? '' : t.connectionLost, status].filter(Boolean).join(' ');
    if (panelStatus.textContent !== text) panelStatus.textContent = text;
    // The count changes with every answer: shown, not announced (the status line would chatter).
    panelCount.textContent = info ? (connected ? t.answers(info.count) : t.staleCount(info.count)) : '';
    panelCount.toggleAttribute('data-stale', !connected);
    paintGroups(question, info);
    const usable = Boolean(question && code && connected);
    const set = (b: HTMLButtonElement | undefined, on: boolean) => b && (b.disabled = !on);
    // One rule for every button: the poll's transition table (src/lib/room/room-transitions.ts).
    for (const action of ['open', 'close', 'reveal', 'hide', 'reset'] as const)
      set(buttons[action], usable && actionAvailable(info?.status ?? 'none', action));
    set(buttons.export, Boolean(code && secret));
    set(buttons.new, Boolean(code && secret && connected));
  }

  function paintGroups(question: RoomQuestion | undefined, info: Known | undefined) {
    const groups = question?.kind === 'open' ? (info?.groups ?? []) : undefined;
    panelGroups.hidden = !groups || groups.length === 0;
    const key = JSON.stringify(groups ?? null);
    if (panelGroups.dataset.shown === key) return;
    panelGroups.dataset.shown = key;
    if (!groups) return panelGroups.replaceChildren();
    const list = el('ul', 'room-open-list');
    for (const g of groups) {
      const li = el('li');
      render(h(OpenGroupText, { group: g }), li);
      if (g.hidden) li.dataset.hidden = '';
      if (g.hidden) li.append(' ', el('span', 'room-open-mark', t.openHidden));
      const b = el('button', 'tool tool-button', g.hidden ? t.openShowButton : t.openHideButton);
      b.type = 'button';
      b.dataset.openGroup = g.key;
      b.dataset.hidden = String(Boolean(g.hidden));
      b.setAttribute('aria-label', g.hidden ? t.openShow(g.text) : t.openHide(g.text));
      li.append(' ', b);
      list.append(li);
    }
    panelGroups.replaceChildren(el('p', 'answer-label', t.openGroupsBefore), list);
  }

  return { element: panel, paint };
}
