/**
 * The life of a room poll as one table: its statuses, the presenter's actions, the status each
 * action leads to, and whether an action is offered (the presenter's buttons). The session model
 * (room-session.ts) applies it; the presenter's panel (src/islands/room/RoomPanel.tsx) reads it.
 */

/** Where a question is: answers accepted, closed, or closed with the result shown. */
export type QuestionStatus = 'open' | 'closed' | 'revealed';
/** Where a poll slide's question is, « none » when it was never opened in this session. */
export type PollStatus = QuestionStatus | 'none';
/** What the presenter can do to a poll. */
export type PollAction = 'open' | 'close' | 'reveal' | 'hide' | 'reset';
/** Every action, in the order the presenter's panel shows them. */
export const POLL_ACTIONS: readonly PollAction[] = ['open', 'close', 'reveal', 'hide', 'reset'];
/** Every status a poll can be in. */
export const POLL_STATUSES: readonly PollStatus[] = ['none', 'open', 'closed', 'revealed'];

/**
 * The one table of a poll's life: for each status and action, the status after it (null: refused,
 * as there is nothing to act on before a first opening). Every status has a way forward — open
 * from anywhere, reset from anywhere once opened (it clears the answers and reopens), a reveal
 * hidden again (closed, answers kept) — so the presenter's controls can never get stuck. Acting
 * again in the status an action leads to changes nothing, so a repeated message is harmless.
 */
export const TRANSITIONS: Readonly<Record<PollStatus, Readonly<Record<PollAction, QuestionStatus | null>>>> = {
  none: { open: 'open', close: null, reveal: null, hide: null, reset: null },
  open: { open: 'open', close: 'closed', reveal: 'revealed', hide: 'open', reset: 'open' },
  closed: { open: 'open', close: 'closed', reveal: 'revealed', hide: 'closed', reset: 'open' },
  revealed: { open: 'open', close: 'revealed', reveal: 'revealed', hide: 'closed', reset: 'open' },
};

/** Whether an action does something in a status (what enables the presenter's button for it). */
export function actionAvailable(status: PollStatus, action: PollAction): boolean {
  const next = TRANSITIONS[status][action];
  // Reset always does something once opened: it empties the answers, even of an open poll.
  return next !== null && (next !== status || action === 'reset');
}
