/**
 * The hub of the room server: routes each client message to the session model
 * (src/lib/room-session.ts) and the sessions file, under the limits of room-limits.ts, and sends
 * back what each client must see. No sockets here: a client is anything that can send text, so
 * the transport (room-server.ts) and the tests plug in their own.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import {
  MAX_MESSAGE_BYTES,
  parseClientMessage,
  type ClientMessage,
  type RoomErrorCode,
  type ServerMessage,
} from '../lib/room-messages.ts';
import {
  answerQuestion,
  closeQuestion,
  createSession,
  followSlide,
  hideOpenGroup,
  hideQuestion,
  openGroups,
  isExpired,
  openQuestion,
  resetQuestion,
  revealQuestion,
  decideQuestion,
  tally,
  stateFor,
  type Outcome,
  type Session,
} from '../lib/room-session.ts';
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
} from '../lib/room-questions.ts';
import { room as t } from '../i18n/fr-room.ts';
import { AddressLimiter, TokenBucket, type MonotonicClock, type RoomLimits } from './room-limits.ts';
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

/** A phone's list: the shared JSON text with its own extras appended (none: the shared text as is). */
function withExtras(shared: string, extras: ParticipantExtras | undefined): string {
  if (!extras || (extras.mine.length === 0 && extras.voted.length === 0)) return shared;
  return `${shared.slice(0, -1)},${JSON.stringify(extras).slice(1)}`;
}

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
  private readonly members = new Map<string, Set<HubClient>>();
  /** Participants connected per session, kept with `members`: a join does not count the room again. */
  private readonly online = new Map<string, number>();
  private readonly participants = new Map<string, Set<string>>();
  private readonly pendingCounts = new Set<string>();
  /** Sessions whose questions from the room changed: for everyone (`all`) or for a few phones. */
  private readonly pendingAsks = new Map<string, { all: boolean; participants: Set<string> }>();
  /**
   * The phones' shared list of each session, as JSON text, until the next public change: a room
   * joining after questions were asked does not sort and serialise the list once per phone.
   */
  private readonly publicLists = new Map<string, string>();

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
    this.publicLists.delete(code);
  }

  // Counting the members at each join made 19,000 joins quadratic (docs/performance.md).
  private present(code: string): number {
    return this.online.get(code) ?? 0;
  }

  /** Takes a client out of the members of its session (and of the count of participants there). */
  private detach(client: HubClient): void {
    const code = client.session?.code;
    if (code === undefined || !this.members.get(code)?.delete(client)) return;
    if (client.role === 'participant') this.online.set(code, Math.max(0, (this.online.get(code) ?? 0) - 1));
  }

  private attach(client: HubClient, session: Session, role: NonNullable<HubClient['role']>, participant?: string) {
    this.detach(client);
    client.session = session;
    client.role = role;
    client.participant = participant;
    let set = this.members.get(session.code);
    if (!set) this.members.set(session.code, (set = new Set()));
    set.add(client);
    if (role === 'participant') this.online.set(session.code, (this.online.get(session.code) ?? 0) + 1);
  }

  private welcome(client: HubClient, session: Session, secret?: string): void {
    const role = client.role ?? 'screen';
    this.send(client, { type: 'welcome', role, code: session.code, ...(secret ? { secret } : {}), deck: session.deck });
    this.send(client, stateFor(session, this.present(session.code), client.participant, role === 'presenter'));
    // Only once someone asked: a session without questions from the room says what it always said.
    if (session.asks && session.asks.asks.size > 0) this.sendAsks(client, session);
  }

  /** The questions from the room as this client may see them (src/lib/room-questions.ts). */
  private sendAsks(client: HubClient, session: Session): void {
    const board = session.asks ?? newBoard();
    if (client.role === 'presenter') return this.send(client, { type: 'asks', ...presenterList(board) });
    if (client.role === 'screen') return this.send(client, { type: 'asks', ...screenList(board) });
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
      setTimeout(() => this.flushAsks(code), this.options.countDelayMs).unref();
    }
    pending.all ||= change.all;
    if (change.participant) pending.participants.add(change.participant);
  }

  private flushAsks(code: string): void {
    const pending = this.pendingAsks.get(code);
    this.pendingAsks.delete(code);
    const session = this.sessions.get(code);
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
    for (const c of this.members.get(code) ?? []) {
      if (c.role === 'presenter') c.send(presenter);
      else if (c.role === 'screen') {
        if (screen) c.send(screen);
      } else if (c.participant && (pending.all || pending.participants.has(c.participant))) {
        c.send(withExtras(shared, extras.get(c.participant)));
      }
    }
  }

  // The state (and its tally, once revealed) is computed once per change, not once per phone: with
  // 19,000 phones, a tally per phone made the reveal quadratic (docs/performance.md). Each phone's
  // message is the shared one plus its own answer, as stateFor(session, n, participant) gives.
  private broadcastState(session: Session): void {
    const n = this.present(session.code);
    const state = stateFor(session, n);
    const shared = JSON.stringify(state);
    const current = session.current ? session.questions.get(session.current) : undefined;
    // An open question's presenter sees every group, hidden ones too, before the reveal as after.
    const forPresenter =
      current?.question.kind === 'open' ? JSON.stringify(stateFor(session, n, undefined, true)) : shared;
    for (const c of this.members.get(session.code) ?? []) {
      if (c.role === 'presenter') {
        c.send(forPresenter);
        continue;
      }
      const yours = c.role === 'participant' && c.participant ? current?.answers.get(c.participant) : undefined;
      c.send(yours ? JSON.stringify({ ...state, yours } satisfies ServerMessage) : shared);
    }
  }

  // Counts go to the deck and the presenter only, once per short window however many answers come.
  private scheduleCount(code: string): void {
    if (this.pendingCounts.has(code)) return;
    this.pendingCounts.add(code);
    setTimeout(() => {
      this.pendingCounts.delete(code);
      const session = this.sessions.get(code);
      if (!session) return;
      const current = session.current ? session.questions.get(session.current) : undefined;
      // A room vote shows its live split on the projection (phones see it once the deck decides):
      // one tally per window of countDelayMs, whatever the number of votes.
      const live = current?.question.kind === 'vote' && current.status === 'open' ? tally(current) : undefined;
      const message = JSON.stringify({
        type: 'count',
        question: session.current,
        count: current?.answers.size ?? 0,
        present: this.present(code),
        ...(live ? { results: live } : {}),
      } satisfies ServerMessage);
      // An open question's groups go to the presenter only (phones and the screen wait for the reveal).
      const groups = current?.question.kind === 'open' ? openGroups(current) : undefined;
      const presenter = groups ? JSON.stringify({ ...JSON.parse(message), groups }) : message;
      for (const c of this.members.get(code) ?? [])
        if (c.role === 'presenter') c.send(presenter);
        else if (c.role !== 'participant') c.send(message);
    }, this.options.countDelayMs).unref();
  }

  /** Reads one raw message from a client: rate limit, size, schema, then the action. Never throws. */
  receive(client: HubClient, raw: string, isBinary = false): void {
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
      this.handle(client, parsed.message);
    } catch (error) {
      // A failed write (disk full, file locked) must not take the room down: say so to the sender.
      console.error(error);
      this.refuse(client, 'server-error');
    }
  }

  /** Forgets a client whose connection closed. */
  leave(client: HubClient): void {
    if (!client.session) return;
    this.detach(client);
    this.scheduleCount(client.session.code);
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

  private handle(client: HubClient, message: ClientMessage): void {
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
          this.attach(client, session, 'participant', message.participant);
        } else {
          this.attach(client, session, 'screen');
        }
        this.welcome(client, session);
        return this.scheduleCount(session.code);
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
        store.saveSession(session);
        this.sessions.set(session.code, session);
        this.participants.set(session.code, new Set());
        this.attach(client, session, 'presenter');
        return this.welcome(client, session, session.secret);
      }
      case 'resume': {
        const session = this.lookup(client, message.code);
        if (session === 'refused') return;
        if (!sameToken(session.secret, message.secret)) {
          this.addresses.failedCode(client.address);
          return this.refuse(client, 'forbidden');
        }
        this.attach(client, session, 'presenter');
        return this.welcome(client, session, session.secret);
      }
      case 'answer':
        return this.answer(client, message);
      case 'ask':
        return this.ask(client, message);
      case 'vote':
        return this.vote(client, message);
      case 'moderate':
        return this.moderate(client, message);
      default:
        return this.control(client, message);
    }
  }

  private answer(client: HubClient, message: Extract<ClientMessage, { type: 'answer' }>): void {
    const session = client.session;
    if (!session || client.role !== 'participant' || !client.participant)
      return this.refuse(client, 'not-joined', message.id);
    const state = session.questions.get(message.question);
    const before = state?.answers.get(client.participant);
    if (state && !before) {
      let stored = 0;
      for (const q of session.questions.values()) stored += q.answers.size;
      if (stored >= this.options.limits.answersPerSession) return this.refuse(client, 'session-full', message.id);
    }
    const outcome = answerQuestion(session, client.participant, message.question, message.value);
    if (!outcome.ok) return this.refuse(client, outcome.error, message.id);
    const stored = state?.answers.get(client.participant) ?? message.value;
    const participant = client.participant;
    const id = message.id;
    // Written with the other answers of this turn (one transaction), acknowledged once written,
    // with the submission's id echoed (the phone shows « envoyée » only for that exact answer).
    this.options.store.queueAnswer(session.code, message.question, participant, stored, (error) => {
      if (error === undefined) {
        this.send(client, { type: 'answered', question: message.question, value: stored, ...(id ? { id } : {}) });
        return this.scheduleCount(session.code);
      }
      // Not on disk, so not acknowledged, and not counted either (unless changed since).
      if (state?.answers.get(participant) === stored) {
        if (before) state.answers.set(participant, before);
        else state.answers.delete(participant);
      }
      console.error(error);
      this.refuse(client, 'server-error', id);
    });
  }

  /** A participant's question: held pending, written, acknowledged, shown to its author and the presenter. */
  private ask(client: HubClient, message: Extract<ClientMessage, { type: 'ask' }>): void {
    const session = client.session;
    if (!session || client.role !== 'participant' || !client.participant)
      return this.refuse(client, 'not-joined', message.id);
    const { asksPerParticipant, asksPerSession } = this.options.limits;
    const board = (session.asks ??= newBoard());
    const outcome = submitAsk(board, client.participant, message.text, this.options.now(), {
      perParticipant: asksPerParticipant,
      perSession: asksPerSession,
    });
    if (!outcome.ok) return this.refuse(client, outcome.error, message.id);
    try {
      this.options.store.saveAsk(session.code, outcome.value);
    } catch (error) {
      // Not on disk, so not kept: the phone may send it again.
      board.asks.delete(outcome.value.id);
      throw error;
    }
    this.send(client, { type: 'asked', ask: outcome.value.id, ...(message.id ? { id: message.id } : {}) });
    this.scheduleAsks(session.code, { all: false, participant: client.participant });
  }

  /** A participant's vote (or its withdrawal), acknowledged through the next list once written. */
  private vote(client: HubClient, message: Extract<ClientMessage, { type: 'vote' }>): void {
    const session = client.session;
    if (!session || client.role !== 'participant' || !client.participant) return this.refuse(client, 'not-joined');
    const board = session.asks ?? newBoard();
    const participant = client.participant;
    const outcome = voteAsk(board, participant, message.ask, message.on);
    if (!outcome.ok) return this.refuse(client, outcome.error);
    if (outcome.value) this.publicLists.delete(session.code);
    // A repeated message changes nothing: the phone only needs its list again.
    if (!outcome.value) return this.scheduleAsks(session.code, { all: false, participant });
    this.options.store.queueVote(session.code, message.ask, participant, message.on, (error) => {
      if (error !== undefined) {
        // Not on disk: undone, unless changed since.
        const ask = board.asks.get(message.ask);
        if (ask && ask.votes.has(participant) === message.on) {
          if (message.on) ask.votes.delete(participant);
          else ask.votes.add(participant);
        }
        console.error(error);
        this.refuse(client, 'server-error');
      }
      this.scheduleAsks(session.code, { all: true });
    });
  }

  /** The presenter's moderation of a question from the room: written, then every list updated. */
  private moderate(client: HubClient, message: Extract<ClientMessage, { type: 'moderate' }>): void {
    const session = client.session;
    if (!session) return this.refuse(client, 'not-joined');
    if (client.role !== 'presenter') return this.refuse(client, 'forbidden');
    const board = (session.asks ??= newBoard());
    const shownBefore = board.shown;
    const outcome = moderateAsk(board, message.ask, message.action);
    if (!outcome.ok) return this.refuse(client, outcome.error);
    this.publicLists.delete(session.code);
    const ask = board.asks.get(message.ask);
    if (ask) this.options.store.saveAsk(session.code, ask);
    if (board.shown !== shownBefore) this.options.store.saveShown(session.code, board.shown);
    this.scheduleAsks(session.code, { all: true });
  }

  private control(client: HubClient, message: ClientMessage): void {
    const session = client.session;
    if (!session) return this.refuse(client, 'not-joined');
    if (client.role !== 'presenter') return this.refuse(client, 'forbidden');
    const store = this.options.store;
    if (message.type === 'end') return this.end(session);
    if (message.type === 'slide') {
      const before = session.current;
      const { closed } = followSlide(session, message.question);
      if (before === session.current && !closed) return;
      store.saveSession(session);
      const left = closed ? session.questions.get(closed) : undefined;
      if (left) store.saveQuestion(session.code, left);
      return this.broadcastState(session);
    }
    let outcome: Outcome;
    switch (message.type) {
      case 'open': {
        const before = session.questions.get(message.question.id);
        if (!before && session.questions.size >= this.options.limits.questionsPerSession)
          return this.refuse(client, 'session-full');
        outcome = openQuestion(session, message.question);
        // A changed question starts empty: its old answers go from the file too.
        if (outcome.ok && before && session.questions.get(message.question.id) !== before)
          store.clearAnswers(session.code, message.question.id);
        break;
      }
      case 'close':
        outcome = closeQuestion(session, message.question);
        break;
      case 'reveal':
        outcome = revealQuestion(session, message.question);
        break;
      case 'hide':
        outcome = hideQuestion(session, message.question);
        break;
      case 'reset':
        outcome = resetQuestion(session, message.question);
        if (outcome.ok) store.clearAnswers(session.code, message.question);
        break;
      case 'decide':
        outcome = decideQuestion(session, message.question, { option: message.option, how: message.how });
        break;
      case 'hide-text': {
        outcome = hideOpenGroup(session, message.question, message.group, message.hidden);
        const state = session.questions.get(message.question);
        if (outcome.ok && state) store.saveHidden(session.code, message.question, state.hidden ?? new Set());
        break;
      }
      default:
        return this.refuse(client, 'bad-message');
    }
    if (!outcome.ok) return this.refuse(client, outcome.error);
    store.saveSession(session);
    const changed = session.questions.get(message.type === 'open' ? message.question.id : message.question);
    if (changed) store.saveQuestion(session.code, changed);
    this.broadcastState(session);
  }

  /**
   * Ends a session at its presenter's request: deleted from memory and the file, and every client
   * that joined it told so (phones go back to the code form; the presenter creates the next one).
   */
  private end(session: Session): void {
    this.options.store.deleteSession(session.code);
    this.forget(session.code);
    const members = this.members.get(session.code) ?? new Set<HubClient>();
    this.members.delete(session.code);
    for (const c of members) {
      c.session = undefined;
      c.role = undefined;
      this.refuse(c, 'ended');
    }
  }

  /** Deletes expired sessions from memory and the file, and old per-address windows. */
  sweep(): void {
    const now = this.options.now();
    for (const code of [...this.sessions.keys()]) this.live(code);
    this.addresses.prune();
    this.options.store.sweep(now);
  }
}
