/**
 * The polls' side of the room hub (room-hub.ts): a participant's answer, written then
 * acknowledged; the presenter's controls (open, close, reveal, hide, reset, decide, follow the
 * slide, hide a group of open answers); the state each client then sees, and the live counts sent
 * once per short window to the deck and the presenter.
 */
import type { ClientMessage, ServerMessage } from '../lib/room/room-messages.ts';
import {
  answerQuestion,
  closeQuestion,
  decideQuestion,
  followSlide,
  hideOpenGroup,
  hideQuestion,
  openGroups,
  openQuestion,
  resetQuestion,
  revealQuestion,
  stateFor,
  tally,
  type Outcome,
  type Session,
} from '../lib/room/room-session.ts';
import type { HubClient, HubContext } from './room-hub-context.ts';

/** Answers and the presenter's controls of the polls, and what every client sees of them. */
export class HubPolls {
  private readonly hub: HubContext;
  private readonly pendingCounts = new Set<string>();

  constructor(hub: HubContext) {
    this.hub = hub;
  }

  // The state (and its tally, once revealed) is computed once per change, not once per phone: with
  // 19,000 phones, a tally per phone made the reveal quadratic (docs/performance.md). Each phone's
  // message is the shared one plus its own answer, as stateFor(session, n, participant) gives.
  private broadcastState(session: Session): void {
    const n = this.hub.members.present(session.code);
    const state = stateFor(session, n);
    const shared = JSON.stringify(state);
    const current = session.current ? session.questions.get(session.current) : undefined;
    // An open question's presenter sees every group, hidden ones too, before the reveal as after.
    const forPresenter =
      current?.question.kind === 'open' ? JSON.stringify(stateFor(session, n, undefined, true)) : shared;
    for (const c of this.hub.members.of(session.code)) {
      if (c.role === 'presenter') {
        c.send(forPresenter);
        continue;
      }
      const yours = c.role === 'participant' && c.participant ? current?.answers.get(c.participant) : undefined;
      c.send(yours ? JSON.stringify({ ...state, yours } satisfies ServerMessage) : shared);
    }
  }

  // Counts go to the deck and the presenter only, once per short window however many answers come.
  scheduleCount(code: string): void {
    if (this.pendingCounts.has(code)) return;
    this.pendingCounts.add(code);
    setTimeout(() => {
      this.pendingCounts.delete(code);
      const session = this.hub.sessions.get(code);
      if (!session) return;
      const current = session.current ? session.questions.get(session.current) : undefined;
      // A room vote shows its live split on the projection (phones see it once the deck decides):
      // one tally per window of countDelayMs, whatever the number of votes.
      const live = current?.question.kind === 'vote' && current.status === 'open' ? tally(current) : undefined;
      const message = JSON.stringify({
        type: 'count',
        question: session.current,
        count: current?.answers.size ?? 0,
        present: this.hub.members.present(code),
        ...(live ? { results: live } : {}),
      } satisfies ServerMessage);
      // An open question's groups go to the presenter only (phones and the screen wait for the reveal).
      const groups = current?.question.kind === 'open' ? openGroups(current) : undefined;
      const presenter = groups ? JSON.stringify({ ...JSON.parse(message), groups }) : message;
      for (const c of this.hub.members.of(code))
        if (c.role === 'presenter') c.send(presenter);
        else if (c.role !== 'participant') c.send(message);
    }, this.hub.options.countDelayMs).unref();
  }

  /** A participant's answer: checked, written with the others of its turn, then acknowledged. */
  async answer(client: HubClient, message: Extract<ClientMessage, { type: 'answer' }>): Promise<void> {
    const session = client.session;
    if (!session || client.role !== 'participant' || !client.participant)
      return this.hub.refuse(client, 'not-joined', message.id);
    const state = session.questions.get(message.question);
    const before = state?.answers.get(client.participant);
    if (state && !before) {
      let stored = 0;
      for (const q of session.questions.values()) stored += q.answers.size;
      if (stored >= this.hub.options.limits.answersPerSession)
        return this.hub.refuse(client, 'session-full', message.id);
    }
    const outcome = answerQuestion(session, client.participant, message.question, message.value);
    if (!outcome.ok) return this.hub.refuse(client, outcome.error, message.id);
    const stored = outcome.change.answer ?? message.value;
    const participant = client.participant;
    const id = message.id;
    // Written with the other answers of this turn (one transaction), acknowledged once written,
    // with the submission's id echoed (the phone shows « envoyée » only for that exact answer).
    try {
      await this.hub.options.store.saveAnswer(session.code, message.question, participant, stored);
    } catch (error) {
      // Not on disk, so not acknowledged, and not counted either (unless changed since).
      if (state?.answers.get(participant) === stored) {
        if (before) state.answers.set(participant, before);
        else state.answers.delete(participant);
      }
      console.error(error);
      return this.hub.refuse(client, 'server-error', id);
    }
    this.hub.send(client, { type: 'answered', question: message.question, value: stored, ...(id ? { id } : {}) });
    this.scheduleCount(session.code);
  }

  /**
   * The presenter's control of a poll (or the end of the session): the model changes, the change is
   * stored, then every client sees it. A write that fails rejects (the hub answers « server-error »
   * to the presenter) before anyone is shown the change.
   */
  async control(client: HubClient, message: ClientMessage): Promise<void> {
    const session = client.session;
    if (!session) return this.hub.refuse(client, 'not-joined');
    if (client.role !== 'presenter') return this.hub.refuse(client, 'forbidden');
    const store = this.hub.options.store;
    if (message.type === 'end') return this.hub.end(session);
    if (message.type === 'slide') {
      const { moved, closed } = followSlide(session, message.question);
      if (!moved && !closed) return;
      await store.saveSession(session);
      if (closed) await store.saveQuestion(session.code, closed);
      return this.broadcastState(session);
    }
    let outcome: Outcome;
    switch (message.type) {
      case 'open':
        if (
          !session.questions.has(message.question.id) &&
          session.questions.size >= this.hub.options.limits.questionsPerSession
        )
          return this.hub.refuse(client, 'session-full');
        outcome = openQuestion(session, message.question);
        break;
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
        break;
      case 'decide':
        outcome = decideQuestion(session, message.question, { option: message.option, how: message.how });
        break;
      case 'hide-text':
        outcome = hideOpenGroup(session, message.question, message.group, message.hidden);
        break;
      default:
        return this.hub.refuse(client, 'bad-message');
    }
    if (!outcome.ok) return this.hub.refuse(client, outcome.error);
    // What the action changed is stored, then shown: old answers go first (a reset, a changed question).
    const { question, cleared } = outcome.change;
    if (cleared) await store.clearAnswers(session.code, question.question.id);
    if (message.type === 'hide-text')
      await store.saveHidden(session.code, question.question.id, question.hidden ?? new Set());
    await store.saveSession(session);
    await store.saveQuestion(session.code, question);
    this.broadcastState(session);
  }
}
