/**
 * What the room hub (room-hub.ts) and its two parts share: a client as the hub sees it, the
 * options the hub is built from, who joined which session (RoomMembers), and the context each part
 * works in — room-hub-polls.ts for answers and the presenter's controls, room-hub-asks.ts for the
 * questions from the room.
 */
import type { RoomErrorCode, ServerMessage } from '../lib/room/room-messages.ts';
import type { Session } from '../lib/room/room-session.ts';
import type { MonotonicClock, RoomLimits, TokenBucket } from './room-limits.ts';
import type { RoomRepository } from './room-store.ts';

/** What a client is to the hub: an address, a way to send text, and what it joined. */
export interface HubClient {
  /** The client's address (the socket's, or the proxy's X-Forwarded-For when trusted). */
  readonly address: string;
  send(text: string): void;
  /** Closes the connection (policy violation) with a reason. */
  close(code: number, reason: string): void;
  role?: 'participant' | 'screen' | 'presenter' | undefined;
  session?: Session | undefined;
  participant?: string | undefined;
  bucket?: TokenBucket;
  refused?: number;
  lastRefusal?: number;
}

/** What the hub is built from. */
export interface HubOptions {
  store: RoomRepository;
  limits: RoomLimits;
  /** The token that lets a client create sessions (printed by `npm run salle`). */
  presenterToken: string;
  /** Wall clock (session creation and expiry, which outlive the process). */
  now: () => number;
  /** Monotonic clock (rate limits). */
  clock: MonotonicClock;
  /** Delay before counts go to the presenter and the deck, so a rush of answers makes one update. */
  countDelayMs: number;
  /** Sessions read back from the file. */
  sessions: Session[];
}

/** What the hub lends its parts: its options, sessions and members, and its way of answering. */
export interface HubContext {
  readonly options: HubOptions;
  /** Sessions by code (the hub's own map). */
  readonly sessions: ReadonlyMap<string, Session>;
  readonly members: RoomMembers;
  send(client: HubClient, message: ServerMessage): void;
  /** Sends a refusal; `id` names the refused submission, so the phone knows which answer failed. */
  refuse(client: HubClient, error: RoomErrorCode, id?: string): void;
  /** Ends a session at its presenter's request (deleted, and every member told). */
  end(session: Session): Promise<void>;
}

/** The clients that joined each session, and how many of them are participants. */
export class RoomMembers {
  private readonly members = new Map<string, Set<HubClient>>();
  /** Participants connected per session, kept with `members`: a join does not count the room again. */
  private readonly online = new Map<string, number>();

  // Counting the members at each join made 19,000 joins quadratic (docs/performance.md).
  /** How many participants are connected to a session. */
  present(code: string): number {
    return this.online.get(code) ?? 0;
  }

  /** The clients that joined a session (none: an empty list). */
  of(code: string): Iterable<HubClient> {
    return this.members.get(code) ?? [];
  }

  /** Takes a client out of the members of its session (and of the count of participants there). */
  detach(client: HubClient): void {
    const code = client.session?.code;
    if (code === undefined || !this.members.get(code)?.delete(client)) return;
    if (client.role === 'participant') this.online.set(code, Math.max(0, (this.online.get(code) ?? 0) - 1));
  }

  /** Makes a client a member of a session, in a role (leaving the session it was in). */
  attach(client: HubClient, session: Session, role: NonNullable<HubClient['role']>, participant?: string): void {
    this.detach(client);
    client.session = session;
    client.role = role;
    client.participant = participant;
    let set = this.members.get(session.code);
    if (!set) this.members.set(session.code, (set = new Set()));
    set.add(client);
    if (role === 'participant') this.online.set(session.code, (this.online.get(session.code) ?? 0) + 1);
  }

  /** Forgets the members of a session (it ended) and gives them back, to be told. */
  remove(code: string): Set<HubClient> {
    const members = this.members.get(code) ?? new Set<HubClient>();
    this.members.delete(code);
    return members;
  }
}
