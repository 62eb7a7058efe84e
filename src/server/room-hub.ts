/**
 * The hub of the room server: routes each client message to the session model
 * (src/lib/room/room-session.ts) and the sessions file, under the limits of room-limits.ts, and sends
 * back what each client must see. No sockets here: a client is anything that can send text, so
 * the transport (room-server.ts) and the tests plug in their own. The hub itself joins clients to
 * sessions, creates, resumes and ends them; answers and the presenter's controls go to
 * room-hub-polls.ts, questions from the room to room-hub-asks.ts (what they share:
 * room-hub-context.ts).
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import {
  MAX_MESSAGE_BYTES,
  parseClientMessage,
  type ClientMessage,
  type RoomErrorCode,
  type ServerMessage,
} from '../lib/room/room-messages.ts';
import { createSession, isExpired, stateFor, type Session } from '../lib/room/room-session.ts';
import { room as t } from '../i18n/fr-room.ts';
import { AddressLimiter, TokenBucket } from './room-limits.ts';
import { RoomMembers, type HubClient, type HubContext, type HubOptions } from './room-hub-context.ts';
import { HubAsks } from './room-hub-asks.ts';
import { HubPolls } from './room-hub-polls.ts';

/** Whether two strings are equal, in a time that does not depend on where they differ. */
function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The sessions of one server and the clients that joined them. */
export class RoomHub {
  /** Sessions by code. */
  readonly sessions: Map<string, Session>;
  /** Per-address counters (connections, joins, failed codes). */
  readonly addresses: AddressLimiter;
  private readonly members = new RoomMembers();
  private readonly participants = new Map<string, Set<string>>();
  private readonly polls: HubPolls;
  private readonly asks: HubAsks;

  private readonly options: HubOptions;

  constructor(options: HubOptions) {
    this.options = options;
    this.sessions = new Map(options.sessions.map((s) => [s.code, s]));
    for (const s of options.sessions) {
      const ids = new Set<string>();
      for (const q of s.questions.values()) for (const id of q.answers.keys()) ids.add(id);
      this.participants.set(s.code, ids);
    }
    this.addresses = new AddressLimiter(options.limits, options.clock);
    const context: HubContext = {
      options,
      sessions: this.sessions,
      members: this.members,
      send: (client, message) => this.send(client, message),
      refuse: (client, error, id) => this.refuse(client, error, id),
      end: (session) => this.end(session),
    };
    this.polls = new HubPolls(context);
    this.asks = new HubAsks(context);
  }

  private send(client: HubClient, message: ServerMessage): void {
    client.send(JSON.stringify(message));
  }

  /** Sends a refusal; `id` names the refused submission, so the phone knows which answer failed. */
  private refuse(client: HubClient, error: RoomErrorCode, id?: string): void {
    this.send(client, { type: 'error', error, message: t.errors[error], ...(id ? { id } : {}) });
  }

  /** A live session by code (an expired one is forgotten). */
  live(code: string): Session | undefined {
    const session = this.sessions.get(code);
    if (session && isExpired(session, this.options.now())) {
      this.forget(code);
      return undefined;
    }
    return session;
  }

  private forget(code: string): void {
    this.sessions.delete(code);
    this.participants.delete(code);
    this.asks.forget(code);
  }

  private welcome(client: HubClient, session: Session, secret?: string): void {
    const role = client.role ?? 'screen';
    this.send(client, { type: 'welcome', role, code: session.code, ...(secret ? { secret } : {}), deck: session.deck });
    this.send(client, stateFor(session, this.members.present(session.code), client.participant, role === 'presenter'));
    // Only once someone asked: a session without questions from the room says what it always said.
    if (session.asks && session.asks.asks.size > 0) this.asks.sendAsks(client, session);
  }

  /**
   * Reads one raw message from a client: rate limit, size, schema, then the action. Never rejects;
   * resolves once the message is handled, its writes stored and its replies sent (the transport
   * does not wait for it: the tests do).
   */
  async receive(client: HubClient, raw: string, isBinary = false): Promise<void> {
    const limits = this.options.limits;
    client.bucket ??= new TokenBucket(limits.rate, this.options.clock);
    if (!client.bucket.take()) {
      client.refused = (client.refused ?? 0) + 1;
      // One notice per second at most: a flood must not make the server flood back.
      const t0 = this.options.clock();
      if (client.lastRefusal === undefined || t0 - client.lastRefusal > 1000) {
        client.lastRefusal = t0;
        this.refuse(client, 'rate-limited');
      }
      // A client that keeps going long after being told is cut off.
      if (client.refused > limits.refusalsBeforeClose) client.close(1008, 'rate limit');
      return;
    }
    if (isBinary) return this.refuse(client, 'bad-message');
    if (raw.length > MAX_MESSAGE_BYTES * 4) return this.refuse(client, 'too-large');
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) return this.refuse(client, parsed.error);
    try {
      await this.handle(client, parsed.message);
    } catch (error) {
      // A failed write (disk full, file locked) must not take the room down: say so to the sender.
      console.error(error);
      this.refuse(client, 'server-error');
    }
  }

  /** Forgets a client whose connection closed. */
  leave(client: HubClient): void {
    if (!client.session) return;
    this.members.detach(client);
    this.polls.scheduleCount(client.session.code);
  }

  /** A session by code for a join, watch or resume, counting unknown codes against the address. */
  private lookup(client: HubClient, code: string): Session | 'refused' {
    if (!this.addresses.mayTryCode(client.address)) {
      this.refuse(client, 'too-many-attempts');
      return 'refused';
    }
    const session = this.live(code);
    if (session) return session;
    this.addresses.failedCode(client.address);
    this.refuse(client, 'unknown-session');
    return 'refused';
  }

  private async handle(client: HubClient, message: ClientMessage): Promise<void> {
    const { limits, store } = this.options;
    switch (message.type) {
      case 'join':
      case 'watch': {
        const session = this.lookup(client, message.code);
        if (session === 'refused') return;
        if (!this.addresses.join(client.address)) return this.refuse(client, 'too-many-attempts');
        if (message.type === 'join') {
          const ids = this.participants.get(session.code) ?? new Set<string>();
          this.participants.set(session.code, ids);
          if (!ids.has(message.participant) && ids.size >= limits.participantsPerSession)
            return this.refuse(client, 'session-full');
          ids.add(message.participant);
          this.members.attach(client, session, 'participant', message.participant);
        } else {
          this.members.attach(client, session, 'screen');
        }
        this.welcome(client, session);
        return this.polls.scheduleCount(session.code);
      }
      case 'create': {
        if (!message.token || !sameToken(message.token, this.options.presenterToken))
          return this.refuse(client, 'presenter-token');
        let owned = 0;
        for (const code of [...this.sessions.keys()]) if (this.live(code)?.owner === client.address) owned++;
        if (this.sessions.size >= limits.maxSessions || owned >= limits.sessionsPerAddress)
          return this.refuse(client, 'too-many-sessions');
        const session = createSession(
          message.deck,
          this.options.now(),
          randomInt,
          randomBytes(18).toString('base64url'),
          (c) => this.sessions.has(c),
        );
        session.owner = client.address;
        // Held in memory first (its code taken), then stored; not stored, it is forgotten again.
        this.sessions.set(session.code, session);
        this.participants.set(session.code, new Set());
        try {
          await store.saveSession(session);
        } catch (error) {
          this.forget(session.code);
          throw error;
        }
        this.members.attach(client, session, 'presenter');
        return this.welcome(client, session, session.secret);
      }
      case 'resume': {
        const session = this.lookup(client, message.code);
        if (session === 'refused') return;
        if (!sameToken(session.secret, message.secret)) {
          this.addresses.failedCode(client.address);
          return this.refuse(client, 'forbidden');
        }
        this.members.attach(client, session, 'presenter');
        return this.welcome(client, session, session.secret);
      }
      case 'answer':
        return this.polls.answer(client, message);
      case 'ask':
        return this.asks.ask(client, message);
      case 'vote':
        return this.asks.vote(client, message);
      case 'moderate':
        return this.asks.moderate(client, message);
      default:
        return this.polls.control(client, message);
    }
  }

  /**
   * Ends a session at its presenter's request: deleted from memory and the file, and every client
   * that joined it told so (phones go back to the code form; the presenter creates the next one).
   */
  private async end(session: Session): Promise<void> {
    await this.options.store.deleteSession(session.code);
    this.forget(session.code);
    for (const c of this.members.remove(session.code)) {
      c.session = undefined;
      c.role = undefined;
      this.refuse(c, 'ended');
    }
  }

  /** Deletes expired sessions from memory and the file, and old per-address windows. */
  async sweep(): Promise<void> {
    const now = this.options.now();
    for (const code of [...this.sessions.keys()]) this.live(code);
    this.addresses.prune();
    await this.options.store.sweep(now);
  }
}
