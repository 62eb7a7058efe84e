/**
 * The messages of room mode, as zod schemas shared by the room server and the browser: what a
 * participant, the projected deck and the presenter view send, and what the server answers. Every
 * message is JSON text of at most MAX_MESSAGE_BYTES; anything else is refused with a named error.
 * zod/mini keeps the browser's share small (room code loads only in room mode, but on phones).
 */
import { z } from 'zod/mini';

/** Longest message accepted, in bytes of UTF-8 (a question sent by the presenter fits easily). */
export const MAX_MESSAGE_BYTES = 8 * 1024;
/** Most options (or items to order) a room question may have. */
const MAX_OPTIONS = 12;

/** Session code alphabet: capital letters without the ones read wrong from the back of a room (I, L, O). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ';
/** Length of a session code. */
export const CODE_LENGTH = 4;

/** A session code: CODE_LENGTH letters of CODE_ALPHABET. */
const SESSION_CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
/** The presenter token: what `npm run salle` puts in the presenter address (?jeton=…). */
export const PRESENTER_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
/** A phone's id, which it keeps across visits (src/client/room/room-socket.ts, participantId). */
export const PARTICIPANT_ID = /^[A-Za-z0-9_-]{8,64}$/;

const code = z.string().check(z.regex(SESSION_CODE));
const secret = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/));
const presenterToken = z.string().check(z.regex(PRESENTER_TOKEN));
const participantId = z.string().check(z.regex(PARTICIPANT_ID));
const questionId = z.string().check(z.minLength(1), z.maxLength(120));
const index = z.int().check(z.minimum(0), z.maximum(MAX_OPTIONS - 1));
/**
 * A submission id: the phone names each answer it sends, and the server echoes the name back with
 * its acknowledgement (or its refusal), so the phone says « envoyée » only for what the server holds.
 * Optional on the wire, so clients from before it (and the load benchmark) stay valid.
 */
const submissionId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/));

/**
 * Question kinds a room can answer live (matching stays on the slide, answered aloud). « vote » is a
 * decision of a branching simulation put to the room: one option, no right answer. « open » takes a
 * short text (src/lib/room/room-open.ts): no options, no right answer.
 */
const roomKinds = ['single', 'multiple', 'true-false', 'ordering', 'vote', 'open'] as const;
/** A question kind a room can answer live. */
export type RoomKind = (typeof roomKinds)[number];

/** Statuses of a question from the room (src/lib/room/room-questions.ts). */
export const askStatuses = ['pending', 'approved', 'hidden', 'answered'] as const;
/** Where a question from the room is: waiting for moderation, published, hidden, or answered. */
export type AskStatus = (typeof askStatuses)[number];
/** What the presenter can do to a question from the room. */
export const askActions = ['approve', 'hide', 'answer', 'show', 'unshow'] as const;
/** A moderation action of the presenter. */
export type ModerateAction = (typeof askActions)[number];
/** The id the server gives a question from the room. */
const askId = z.string().check(z.regex(/^q[0-9a-z]{1,8}$/));
/** Longest text accepted on the wire for a question from the room (the model then allows 280 characters). */
export const MAX_ASK_BYTES = 2000;

/**
 * A question as the presenter opens it. For ordering, `options` are the items in the order the
 * slide shows them and `correct` lists their indices in the right order; for the other kinds,
 * `correct` lists the indices of the right options (none for a vote).
 */
export const questionSchema = z.object({
  id: questionId,
  kind: z.enum(roomKinds),
  prompt: z.string().check(z.minLength(1), z.maxLength(600)),
  // At least two for every kind but « open », which has none (questionIsValid checks it per kind).
  options: z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.maxLength(MAX_OPTIONS)),
  correct: z.array(index).check(z.maxLength(MAX_OPTIONS)),
});
/** A question as the presenter opens it. */
export type RoomQuestion = z.infer<typeof questionSchema>;

/** An answer: option indices (one for single and true/false, several for multiple, all for ordering). */
const answerValueSchema = z.array(index).check(z.minLength(1), z.maxLength(MAX_OPTIONS));
/** Longest text accepted on the wire for an open answer (the model then keeps 80 characters). */
const MAX_OPEN_WIRE = 400;
/** What a participant sends: option indices, or the text of an open answer. */
export const roomAnswerSchema = z.union([
  answerValueSchema,
  z.string().check(z.minLength(1), z.maxLength(MAX_OPEN_WIRE)),
]);
/** An answer as the server holds it: option indices, or an open answer's text. */
export type RoomAnswer = z.infer<typeof roomAnswerSchema>;

/** A count of participants or answers. */
const count = z.int().check(z.minimum(0));

/**
 * A group of identical open answers (same text once case, accents and spaces are set aside): its
 * key, the most common spelling, how many gave it; `hidden` in the presenter's list only.
 */
const openGroupSchema = z.object({
  key: z.string(),
  text: z.string(),
  count,
  hidden: z.optional(z.boolean()),
});
/** A group of identical open answers. */
export type OpenGroup = z.infer<typeof openGroupSchema>;

/**
 * How the deck followed a room vote: the majority, the trainer's override of it, or the trainer's
 * click when nobody voted (no tally, or a tie).
 */
export const decisionHows = ['majority', 'override', 'trainer'] as const;
/** How the deck followed a room vote. */
export type DecisionHow = (typeof decisionHows)[number];
/** The option a vote's decision took, and how. */
const decisionSchema = z.object({ option: index, how: z.enum(decisionHows) });
/** The option a vote's decision took, and how. */
export type RoomDecision = z.infer<typeof decisionSchema>;

/** Every message a client may send. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  /** A phone joins a session with its random id (kept on the phone, so a reload keeps its answers). */
  z.object({ type: z.literal('join'), code, participant: participantId }),
  /** The projected deck watches a session: counts and revealed results, no control. */
  z.object({ type: z.literal('watch'), code }),
  /** The presenter view starts a new session for a deck, with the token `npm run salle` printed. */
  z.object({
    type: z.literal('create'),
    deck: z.string().check(z.minLength(1), z.maxLength(80)),
    token: z.optional(presenterToken),
  }),
  /** The presenter view takes its session back after a reload or a lost connection. */
  z.object({ type: z.literal('resume'), code, secret }),
  /** A participant answers (or changes the answer to) an open question. */
  z.object({ type: z.literal('answer'), question: questionId, value: roomAnswerSchema, id: z.optional(submissionId) }),
  /** Presenter controls. */
  z.object({ type: z.literal('open'), question: questionSchema }),
  z.object({ type: z.literal('close'), question: questionId }),
  z.object({ type: z.literal('reveal'), question: questionId }),
  z.object({ type: z.literal('reset'), question: questionId }),
  /** The presenter ends the session (« Nouvelle séance »): its code stops working, its data is deleted. */
  z.object({ type: z.literal('end') }),
  /** The presenter is on another slide: its question id (null for a slide without a live poll). */
  z.object({ type: z.literal('slide'), question: z.nullable(questionId) }),
  /** Hides a revealed result again (the question stays closed). */
  z.object({ type: z.literal('hide'), question: questionId }),
  /** The deck followed a vote: the option taken and how (it closes the vote and shows its result). */
  z.object({ type: z.literal('decide'), question: questionId, option: index, how: z.enum(decisionHows) }),
  /** The presenter hides a group of open answers (or shows it again): it never reaches phones or the screen. */
  z.object({
    type: z.literal('hide-text'),
    question: questionId,
    group: z.string().check(z.maxLength(MAX_OPEN_WIRE)),
    hidden: z.boolean(),
  }),
  /** A participant asks the presenter a question (seen by nobody else until the presenter publishes it). */
  z.object({
    type: z.literal('ask'),
    text: z.string().check(z.minLength(1), z.maxLength(MAX_ASK_BYTES)),
    id: z.optional(submissionId),
  }),
  /** A participant votes for a published question (`on` is what the phone wants: a repeat changes nothing). */
  z.object({ type: z.literal('vote'), ask: askId, on: z.boolean() }),
  /** The presenter moderates a question from the room: publish, hide, answered, show on the screen or not. */
  z.object({ type: z.literal('moderate'), ask: askId, action: z.enum(askActions) }),
]);
/** A message from a client, once validated. */
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** Why a message was refused. */
const roomErrorCodes = [
  'bad-message',
  'too-large',
  'unknown-session',
  'forbidden',
  'not-joined',
  'no-question',
  'closed',
  'out-of-range',
  'rate-limited',
  'too-many-sessions',
  'presenter-token',
  'too-many-attempts',
  'session-full',
  'ended',
  'server-error',
  // Questions from the room: this phone sent as many as a participant may.
  'ask-limit',
  // Questions from the room: the question cannot take this (not published, hidden, unknown, one's own).
  'ask-unavailable',
] as const;
/** Why a message was refused. */
export type RoomErrorCode = (typeof roomErrorCodes)[number];

/** What the room shows of a question's answers once revealed. */
const resultsSchema = z.object({
  /** Participants who answered. */
  total: count,
  /** For choice questions: how many chose each option (a participant may choose several). */
  counts: z.array(count),
  /** For ordering: the most frequent orders, most frequent first. */
  orders: z.array(z.object({ order: z.array(index), count })),
});
/** What the room shows of a question's answers once revealed. */
export type RoomResults = z.infer<typeof resultsSchema>;

/** What a deck window knows of one question (src/client/room/room-deck.ts keeps one per question). */
export interface KnownQuestion {
  status: 'open' | 'closed' | 'revealed';
  count: number;
  correct?: number[] | undefined;
  results?: RoomResults | undefined;
  /** An open question's groups: the shown ones once revealed (screen), all of them (presenter). */
  groups?: OpenGroup[] | undefined;
}

/** What a participant may see of a question (the right answer only once revealed). */
const publicQuestionSchema = z.object({
  id: questionId,
  kind: z.enum(roomKinds),
  prompt: z.string(),
  options: z.array(z.string()),
});
/** What a participant may see of a question. */
export type PublicQuestion = z.infer<typeof publicQuestionSchema>;

/** The room's current poll, as each kind of client receives it. */
const stateSchema = z.object({
  type: z.literal('state'),
  code,
  /** The question last opened, if any. */
  question: z.nullable(publicQuestionSchema),
  status: z.enum(['open', 'closed', 'revealed', 'none']),
  /** How many participants have answered it. */
  count,
  /** Participants connected to the session now. */
  present: count,
  /** Right answer and results, once revealed. */
  correct: z.optional(z.array(index)),
  results: z.optional(resultsSchema),
  /** This participant's own answer, when they gave one. */
  yours: z.optional(roomAnswerSchema),
  /**
   * An open question's groups: for phones and the screen, the shown ones once revealed; for the
   * presenter, all of them at any status, hidden ones marked.
   */
  groups: z.optional(z.array(openGroupSchema)),
  /** For a vote the deck has followed: the option taken, and how. */
  decision: z.optional(decisionSchema),
});
/** The room's current poll, as each kind of client receives it. */
export type RoomStateMessage = z.infer<typeof stateSchema>;

/** A question from the room as a client receives it (never its author: the room stays anonymous). */
const askViewSchema = z.object({ id: askId, text: z.string(), votes: count, status: z.enum(askStatuses) });
/** A question from the room as a client receives it. */
export type AskView = z.infer<typeof askViewSchema>;

/**
 * The questions from the room as one client may see them: for a phone, the published and answered
 * ones plus its own (`own`: not published yet, or hidden), with the ids of its own and of those it
 * voted for; for the projected screen, only the one shown; for the presenter, all of them.
 */
const asksSchema = z.object({
  type: z.literal('asks'),
  /** By votes, then oldest first. */
  asks: z.array(askViewSchema),
  /** The id of the question on the projected screen, if any. */
  shown: z.nullable(askId),
  /** A phone's own questions that other phones do not see (absent: none). */
  own: z.optional(z.array(askViewSchema)),
  /** Ids of a phone's own questions (absent: none). */
  mine: z.optional(z.array(askId)),
  /** Ids of the questions a phone voted for (absent: none). */
  voted: z.optional(z.array(askId)),
});
/** The questions from the room as one client may see them. */
export type RoomAsksMessage = z.infer<typeof asksSchema>;

/**
 * Every message the server sends. The browser reads each one through this schema
 * (src/client/room/room-socket.ts), and the server tests check every message they receive with it.
 */
export const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    role: z.enum(['participant', 'screen', 'presenter']),
    code,
    secret: z.optional(secret),
    deck: z.optional(z.string()),
  }),
  stateSchema,
  /** The live count; for a vote, the deck and presenter also get the live split (`results`). */
  z.object({
    type: z.literal('count'),
    question: z.nullable(questionId),
    count,
    present: count,
    results: z.optional(resultsSchema),
    /** For an open question, to the presenter only: every group, hidden ones marked. */
    groups: z.optional(z.array(openGroupSchema)),
  }),
  /** The answer the server now holds for this participant; `id` echoes the submission's, when it had one. */
  z.object({
    type: z.literal('answered'),
    question: questionId,
    value: roomAnswerSchema,
    id: z.optional(submissionId),
  }),
  /** A refusal; `id` names the refused submission when the message was an answer that had one. */
  z.object({
    type: z.literal('error'),
    error: z.enum(roomErrorCodes),
    message: z.string(),
    id: z.optional(submissionId),
  }),
  asksSchema,
  /** A question from the room the server now holds (pending); `id` echoes the submission's. */
  z.object({ type: z.literal('asked'), ask: askId, id: z.optional(submissionId) }),
]);
/** Every message the server sends. */
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Reads a raw server message in the browser: the message, or undefined when it is not one. */
export function parseServerMessage(raw: string): ServerMessage | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = serverMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** The outcome of reading a raw message: the message, or the reason it was refused. */
export type ParseResult = { ok: true; message: ClientMessage } | { ok: false; error: 'bad-message' | 'too-large' };

/** Reads a raw client message: size first (before parsing anything), then JSON, then the schema. */
export function parseClientMessage(raw: string): ParseResult {
  // A string's UTF-8 size is at least its length: a long one is refused before being encoded.
  if (raw.length > MAX_MESSAGE_BYTES || new TextEncoder().encode(raw).length > MAX_MESSAGE_BYTES)
    return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'bad-message' };
  }
  const parsed = clientMessageSchema.safeParse(data);
  return parsed.success ? { ok: true, message: parsed.data } : { ok: false, error: 'bad-message' };
}

/** Whether a string could be a session code (as typed by a participant, once upper-cased). */
export function isSessionCode(value: string): boolean {
  return code.safeParse(value).success;
}
