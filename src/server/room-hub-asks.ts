/**
 * The questions from the room in the hub (room-hub.ts; the model is src/lib/room/room-questions.ts): a
 * participant's question and votes, the presenter's moderation, each written to the sessions file,
 * and the lists each client may see, sent once per short window however many votes come.
 */
import type { ClientMessage, ServerMessage } from '../lib/room/room-messages.ts';
import type { Session } from '../lib/room/room-session.ts';
import {
  extrasByParticipant,
  moderateAsk,
  participantExtras,
  newBoard,
  presenterList,
  publicList,
  screenList,
  submitAsk,
  voteAsk,
  type AskBoard,
  type ParticipantExtras,
} from '../lib/room/room-questions.ts';
import type { HubClient, HubContext } from './room-hub-context.ts';

/** A phone's list: the shared JSON text with its own extras appended (none: the shared text as is). */
function withExtras(shared: string, extras: ParticipantExtras | undefined): string {
  if (!extras || (extras.mine.length === 0 && extras.voted.length === 0)) return shared;
  return `${shared.slice(0, -1)},${JSON.stringify(extras).slice(1)}`;
}

/** Questions from the room: what each client is sent, and the messages that change them. */
export class HubAsks {
  private readonly hub: HubContext;
  /** Sessions whose questions from the room changed: for everyone (`all`) or for a few phones. */
  private readonly pendingAsks = new Map<string, { all: boolean; participants: Set<string> }>();
  /**
   * The phones' shared list of each session, as JSON text, until the next public change: a room
   * joining after questions were asked does not sort and serialise the list once per phone.
   */
  private readonly publicLists = new Map<string, string>();

  constructor(hub: HubContext) {
    this.hub = hub;
  }

  /** Forgets a session's shared list (the session is gone). */
  forget(code: string): void {
    this.publicLists.delete(code);
  }

  /** The questions from the room as this client may see them (src/lib/room/room-questions.ts). */
  sendAsks(client: HubClient, session: Session): void {
    const board = session.asks ?? newBoard();
    if (client.role === 'presenter') return this.hub.send(client, { type: 'asks', ...presenterList(board) });
    if (client.role === 'screen') return this.hub.send(client, { type: 'asks', ...screenList(board) });
    const extras = client.participant ? participantExtras(board, client.participant) : undefined;
    client.send(withExtras(this.sharedList(session.code, board), extras));
  }

  /** The phones' shared list, made once per public change (publicLists). */
  private sharedList(code: string, board: AskBoard): string {
    let shared = this.publicLists.get(code);
    if (shared === undefined) {
      shared = JSON.stringify({ type: 'asks', asks: publicList(board), shown: board.shown } satisfies ServerMessage);
      this.publicLists.set(code, shared);
    }
    return shared;
  }

  // Like counts, the lists of questions go out once per short window however many votes come, and
  // are built once per window, not once per phone: the public list is one JSON text shared by every
  // phone, to which a phone that asked or voted gets its own extras appended.
  private scheduleAsks(code: string, change: { all: boolean; participant?: string }): void {
    let pending = this.pendingAsks.get(code);
    if (!pending) {
      this.pendingAsks.set(code, (pending = { all: false, participants: new Set() }));
      setTimeout(() => this.flushAsks(code), this.hub.options.countDelayMs).unref();
    }
    pending.all ||= change.all;
    if (change.participant) pending.participants.add(change.participant);
  }

  private flushAsks(code: string): void {
    const pending = this.pendingAsks.get(code);
    this.pendingAsks.delete(code);
    const session = this.hub.sessions.get(code);
    if (!pending || !session) return;
    const board = session.asks ?? newBoard();
    const presenter = JSON.stringify({ type: 'asks', ...presenterList(board) } satisfies ServerMessage);
    const screen = pending.all ? JSON.stringify({ type: 'asks', ...screenList(board) } satisfies ServerMessage) : '';
    const shared = JSON.stringify({
      type: 'asks',
      asks: publicList(board),
      shown: board.shown,
    } satisfies ServerMessage);
    const extras = extrasByParticipant(board);
    for (const c of this.hub.members.of(code)) {
      if (c.role === 'presenter') c.send(presenter);
      else if (c.role === 'screen') {
        if (screen) c.send(screen);
      } else if (c.participant && (pending.all || pending.participants.has(c.participant))) {
        c.send(withExtras(shared, extras.get(c.participant)));
      }
    }
  }

  /** A participant's question: held pending, written, acknowledged, shown to its author and the presenter. */
  async ask(client: HubClient, message: Extract<ClientMessage, { type: 'ask' }>): Promise<void> {
    const session = client.session;
    if (!session || client.role !== 'participant' || !client.participant)
      return this.hub.refuse(client, 'not-joined', message.id);
    const { asksPerParticipant, asksPerSession } = this.hub.options.limits;
    const board = (session.asks ??= newBoard());
    const outcome = submitAsk(board, client.participant, message.text, this.hub.options.now(), {
      perParticipant: asksPerParticipant,
      perSession: asksPerSession,
    });
    if (!outcome.ok) return this.hub.refuse(client, outcome.error, message.id);
    try {
      await this.hub.options.store.saveAsk(session.code, outcome.value);
    } catch (error) {
      // Not on disk, so not kept: the phone may send it again.
      board.asks.delete(outcome.value.id);
      throw error;
    }
    this.hub.send(client, { type: 'asked', ask: outcome.value.id, ...(message.id ? { id: message.id } : {}) });
    this.scheduleAsks(session.code, { all: false, participant: client.participant });
  }

  /** A participant's vote (or its withdrawal), acknowledged through the next list once written. */
  async vote(client: HubClient, message: Extract<ClientMessage, { type: 'vote' }>): Promise<void> {
    const session = client.session;
    if (!session || client.role !== 'participant' || !client.participant) return this.hub.refuse(client, 'not-joined');
    const board = session.asks ?? newBoard();
    const participant = client.participant;
    const outcome = voteAsk(board, participant, message.ask, message.on);
    if (!outcome.ok) return this.hub.refuse(client, outcome.error);
    if (outcome.value) this.publicLists.delete(session.code);
    // A repeated message changes nothing: the phone only needs its list again.
    if (!outcome.value) return this.scheduleAsks(session.code, { all: false, participant });
    try {
      await this.hub.options.store.saveVote(session.code, message.ask, participant, message.on);
    } catch (error) {
      // Not on disk: undone, unless changed since.
      const ask = board.asks.get(message.ask);
      if (ask && ask.votes.has(participant) === message.on) {
        if (message.on) ask.votes.delete(participant);
        else ask.votes.add(participant);
      }
      console.error(error);
      this.hub.refuse(client, 'server-error');
    }
    this.scheduleAsks(session.code, { all: true });
  }

  /** The presenter's moderation of a question from the room: written, then every list updated. */
  async moderate(client: HubClient, message: Extract<ClientMessage, { type: 'moderate' }>): Promise<void> {
    const session = client.session;
    if (!session) return this.hub.refuse(client, 'not-joined');
    if (client.role !== 'presenter') return this.hub.refuse(client, 'forbidden');
    const board = (session.asks ??= newBoard());
    const shownBefore = board.shown;
    const outcome = moderateAsk(board, message.ask, message.action);
    if (!outcome.ok) return this.hub.refuse(client, outcome.error);
    this.publicLists.delete(session.code);
    const ask = board.asks.get(message.ask);
    if (ask) await this.hub.options.store.saveAsk(session.code, ask);
    if (board.shown !== shownBefore) await this.hub.options.store.saveShown(session.code, board.shown);
    this.scheduleAsks(session.code, { all: true });
  }
}
