/**
 * What a phone may say about its answer, from what the server acknowledged: the rule of trust of
 * room mode. An answer is « envoyée » only when the server echoed back that exact submission (its
 * id); a choice that differs from the acknowledged one is « pas encore envoyée »; a submission on
 * its way is « envoi… »; after a lost connection the phone sends again what was not acknowledged,
 * and when the server refuses it (the poll closed meanwhile) the phone says it could not. Pure: the
 * participant script keeps one tracker per question and feeds it the server's messages.
 */
import type { RoomAnswer, RoomErrorCode, RoomKind, RoomStateMessage } from './room-messages.ts';
import { cleanOpenText } from './room-open.ts';

/** An answer the phone sent, named so that the server's acknowledgement can be matched to it. */
export interface Submission {
  id: string;
  /** Option indices, or an open answer's text. */
  value: RoomAnswer;
}

/** What the phone knows of its answer to one question. */
export interface AnswerTracker {
  /** The question it is about. */
  question: string;
  kind: RoomKind;
  /** What the server holds (its last acknowledgement, or the `yours` of its last state). */
  acked?: RoomAnswer | undefined;
  /** The submission not acknowledged yet, sent or waiting for the connection to come back. */
  pending?: Submission | undefined;
  /** Why the last submission was refused, when it was (the server's own words). */
  refusal?: { error: RoomErrorCode; message: string } | undefined;
}

/** What the phone shows under the question. */
export type AnswerStatus =
  /** Nothing chosen, nothing held. */
  | 'empty'
  /** The choice on screen is not what the server holds. */
  | 'unsent'
  /** The choice on screen is on its way (sent, or waiting for the connection). */
  | 'sending'
  /** The server acknowledged exactly the choice on screen. */
  | 'sent'
  /** The last submission was refused (closed poll, server error): nothing new is held. */
  | 'refused';

/**
 * Whether two answers are the same for this kind (the order of a multiple choice does not count; an
 * open answer is compared as the server stores it, spaces collapsed, but with its case and accents).
 */
export function sameAnswer(kind: RoomKind, a: RoomAnswer | undefined, b: RoomAnswer | undefined): boolean {
  if (typeof a === 'string' || typeof b === 'string')
    return typeof a === 'string' && typeof b === 'string' && (cleanOpenText(a) ?? a) === (cleanOpenText(b) ?? b);
  if (!a || !b || a.length !== b.length) return false;
  const norm = (v: readonly number[]) => (kind === 'multiple' ? [...v].sort((x, y) => x - y) : [...v]);
  const x = norm(a);
  const y = norm(b);
  return x.every((v, i) => v === y[i]);
}

/** A fresh tracker for a question, with what the server says it holds. */
export function trackQuestion(question: string, kind: RoomKind, acked?: RoomAnswer): AnswerTracker {
  return { question, kind, acked };
}

/** Records a submission the phone sends (or will send when the connection is back). */
export function submit(tracker: AnswerTracker, submission: Submission): AnswerTracker {
  return { ...tracker, pending: submission, refusal: undefined };
}

/**
 * Reads the server's acknowledgement. With an id, only the pending submission of that id is
 * settled; without one (an old server), the acknowledgement settles a pending submission of the
 * same value. Either way the acknowledged value is what the server holds from now on.
 */
export function acknowledge(
  tracker: AnswerTracker,
  message: { question: string; value: RoomAnswer; id?: string | undefined },
): AnswerTracker {
  if (message.question !== tracker.question) return tracker;
  const settles =
    tracker.pending &&
    (message.id !== undefined
      ? message.id === tracker.pending.id
      : sameAnswer(tracker.kind, tracker.pending.value, message.value));
  return { ...tracker, acked: copy(message.value), pending: settles ? undefined : tracker.pending };
}

/** Reads a refusal of the pending submission (matched by its id); other errors change nothing here. */
export function refuse(
  tracker: AnswerTracker,
  message: { id?: string | undefined; error: RoomErrorCode; message: string },
): AnswerTracker {
  if (!tracker.pending || message.id === undefined || message.id !== tracker.pending.id) return tracker;
  return { ...tracker, pending: undefined, refusal: { error: message.error, message: message.message } };
}

/**
 * Reads a state of the session (sent on every join, so after every reconnection). For the tracked
 * question, `yours` is what the server holds; a pending submission it already holds is settled, and
 * one that the closed poll can no longer take is refused. Another question starts a new tracker.
 */
export function fromState(tracker: AnswerTracker | undefined, state: RoomStateMessage): AnswerTracker | undefined {
  const question = state.question;
  if (!question) return tracker;
  if (!tracker || tracker.question !== question.id)
    return trackQuestion(question.id, question.kind, state.yours ? copy(state.yours) : undefined);
  const acked = state.yours ? copy(state.yours) : undefined;
  let next: AnswerTracker = { ...tracker, kind: question.kind, acked };
  if (next.pending && sameAnswer(next.kind, next.pending.value, acked)) next = { ...next, pending: undefined };
  if (next.pending && state.status !== 'open')
    next = { ...next, pending: undefined, refusal: { error: 'closed', message: '' } };
  return next;
}

/** A copy of an answer (a text is its own copy). */
function copy(value: RoomAnswer): RoomAnswer {
  return typeof value === 'string' ? value : [...value];
}

/**
 * What to say about the choice on screen (`draft`: the options chosen now, empty when none; for an
 * open question, the text typed, empty when only spaces).
 */
export function answerStatus(tracker: AnswerTracker | undefined, draft: RoomAnswer): AnswerStatus {
  const kind = tracker?.kind ?? 'single';
  if (tracker?.pending && sameAnswer(kind, tracker.pending.value, draft)) return 'sending';
  if (tracker?.acked && sameAnswer(kind, tracker.acked, draft)) return 'sent';
  if (tracker?.refusal && !tracker.pending) return 'refused';
  const blank = typeof draft === 'string' ? draft.trim().length === 0 : draft.length === 0;
  if (blank && !tracker?.acked) return 'empty';
  return 'unsent';
}

/** A new submission id (unique enough per phone and question: the time and a random part). */
export function submissionId(now: number, random: () => number): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}
