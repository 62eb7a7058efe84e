/**
 * The presenter's room controls in the presenter view (src/client/room/room-deck-panel.ts draws
 * them with the state room-deck.ts holds): the session's code and attendance, the status of the
 * slide's poll and its count, an open question's groups with « Masquer » / « Afficher », the
 * buttons — open, close, reveal, hide, reset, export, new session — each enabled by the transition
 * table (src/lib/room/room-transitions.ts), and the moderation of questions from the room
 * (Moderation.tsx).
 */
import { actionAvailable } from '../../lib/room/room-transitions';
import type { ModerateAction } from '../../lib/room/room-questions';
import type { KnownQuestion, RoomAsksMessage, RoomQuestion } from '../../lib/room/room-messages';
import { room as t } from '../../i18n/fr-room';
import { OpenGroupText } from './Bars';
import { Moderation } from './Moderation';

export type PanelControl = 'open' | 'close' | 'reveal' | 'hide' | 'reset' | 'export' | 'new';

export interface PanelProps {
  code: string | undefined;
  secret: string | undefined;
  present: number;
  connected: boolean;
  /** The last message worth telling (a refusal from the server, a failed export), or ''. */
  notice: string;
  /** Whether the slide on screen is a poll (one the phones cannot answer when `question` is unset). */
  poll: boolean;
  /** The slide's live question, and what the room knows of it. */
  question: RoomQuestion | undefined;
  info: KnownQuestion | undefined;
  /** The questions from the room, and the news to announce (« Nouvelle question en attente… »). */
  asks: RoomAsksMessage | undefined;
  asksNews: string;
  onControl: (action: PanelControl) => void;
  onHideGroup: (group: string, hidden: boolean) => void;
  onModerate: (ask: string, action: ModerateAction) => void;
}

const buttons: ReadonlyArray<readonly [PanelControl, string]> = [
  ['open', t.open],
  ['close', t.close],
  ['reveal', t.reveal],
  ['hide', t.hide],
  ['reset', t.reset],
  ['export', t.export],
  ['new', t.newSession],
];

/** The words of the status line: a notice, a lost connection, then the poll's status. */
function statusText({ notice, connected, question, info, poll }: PanelProps): string {
  const status = question
    ? !info
      ? t.statusNone
      : { open: t.statusOpen, closed: t.statusClosed, revealed: t.statusRevealed }[info.status]
    : poll
      ? t.notLive
      : t.notAPoll;
  return [notice, connected ? '' : t.connectionLost, status].filter(Boolean).join(' ');
}

export function RoomPanel(p: PanelProps) {
  const { code, secret, present, connected, question, info } = p;
  const groups = question?.kind === 'open' ? (info?.groups ?? []) : [];
  const usable = Boolean(question && code && connected);
  const enabled = (action: PanelControl) =>
    action === 'export'
      ? Boolean(code && secret)
      : action === 'new'
        ? Boolean(code && secret && connected)
        : usable && actionAvailable(info?.status ?? 'none', action);
  return (
    <>
      <p class="room-session">{code ? `${t.sessionIs(code)} · ${t.present(present)}` : t.connecting}</p>
      <p class="room-status" role="status">
        {statusText(p)}
      </p>
      {/* The count changes with every answer: shown, not announced (the status line would chatter). */}
      <p class="room-answers" data-stale={connected ? undefined : ''}>
        {info ? (connected ? t.answers(info.count) : t.staleCount(info.count)) : ''}
      </p>
      <div class="room-open-panel" hidden={groups.length === 0}>
        {groups.length > 0 && (
          <>
            <p class="answer-label">{t.openGroupsBefore}</p>
            <ul class="room-open-list">
              {groups.map((g) => (
                <li key={g.key} data-hidden={g.hidden ? '' : undefined}>
                  <OpenGroupText group={g} />
                  {g.hidden && (
                    <>
                      {' '}
                      <span class="room-open-mark">{t.openHidden}</span>
                    </>
                  )}{' '}
                  <button
                    type="button"
                    class="tool tool-button"
                    aria-label={g.hidden ? t.openShow(g.text) : t.openHide(g.text)}
                    onClick={() => p.onHideGroup(g.key, !g.hidden)}
                  >
                    {g.hidden ? t.openShowButton : t.openHideButton}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p class="deck-panel-buttons">
        {buttons.map(([action, label]) => (
          <button
            key={action}
            type="button"
            class="tool tool-button"
            data-room={action}
            disabled={!enabled(action)}
            onClick={() => p.onControl(action)}
          >
            {label}
          </button>
        ))}
      </p>
      <Moderation asks={p.asks} news={p.asksNews} onModerate={p.onModerate} />
    </>
  );
}
