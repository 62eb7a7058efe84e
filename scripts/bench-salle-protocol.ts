/**
 * Every room message the benchmark sends or reads, in one place: when the room protocol changes
 * (src/lib/room/room-messages.ts), this is the file of the harness to adapt. The presenter (in the
 * main process) and the phones (in the client processes) use only these functions.
 */
import type { ClientMessage, RoomQuestion, ServerMessage } from '../src/lib/room/room-messages.ts';

/** The presenter token the benchmark's server is started with. */
export const BENCH_TOKEN = 'jeton-du-banc-d-essai-0123456789';

/** The poll every room of the benchmark answers. */
export const BENCH_QUESTION: RoomQuestion = {
  id: 'bench/q1',
  kind: 'single',
  prompt: 'Par quoi faut-il commencer?',
  options: ['Choisir la plateforme', 'Élaborer une stratégie', 'Publier souvent', 'Acheter de la publicité'],
  correct: [1],
};

const text = (m: ClientMessage) => JSON.stringify(m);

/** What the presenter sends. */
export const presenterSays = {
  create: () => text({ type: 'create', deck: 'tout', token: BENCH_TOKEN }),
  open: () => text({ type: 'open', question: BENCH_QUESTION }),
  reveal: () => text({ type: 'reveal', question: BENCH_QUESTION.id }),
  /** Publishes a question from the room (--asks). */
  approve: (ask: string) => text({ type: 'moderate', ask, action: 'approve' }),
};

/** A participant id the schema accepts (8 to 64 of [A-Za-z0-9_-]), unique per room and phone. */
export const participantId = (room: number, phone: number) => `banc-r${room}-p${phone}`;

/** What a phone sends. */
export const phoneSays = {
  join: (code: string, room: number, phone: number) =>
    text({ type: 'join', code, participant: participantId(room, phone) }),
  answer: (phone: number) => text({ type: 'answer', question: BENCH_QUESTION.id, value: [phone % 4] }),
  /** A question from the room (--asks), different for every phone. */
  ask: (room: number, phone: number) =>
    text({ type: 'ask', text: `Question ${phone} de la séance ${room} : comment mesurer l’effet d’une publication?` }),
  vote: (ask: string) => text({ type: 'vote', ask, on: true }),
};

/** A question from the room as the benchmark reads it. */
export interface BenchAsk {
  id: string;
  status: string;
  votes: number;
}

/** What the benchmark reads of a server message. */
export type BenchEvent =
  | { kind: 'welcome'; code: string }
  | { kind: 'open' }
  | { kind: 'revealed' }
  | { kind: 'joined' }
  | { kind: 'count'; count: number }
  | { kind: 'error'; error: string; message: string }
  /** The questions from the room a client may see, and a phone's own ids. */
  | { kind: 'asks'; asks: BenchAsk[]; mine: string[] }
  | { kind: 'other' };

/** Reads one server message as the benchmark sees it; an unreadable one is an error. */
export function readServer(raw: string): BenchEvent {
  let m: ServerMessage;
  try {
    m = JSON.parse(raw) as ServerMessage;
  } catch {
    return { kind: 'error', error: 'unreadable', message: raw.slice(0, 200) };
  }
  switch (m.type) {
    case 'welcome':
      return { kind: 'welcome', code: m.code };
    case 'state':
      if (m.status === 'revealed') return { kind: 'revealed' };
      // A phone has joined once it has the state of its room (after the welcome).
      return m.status === 'open' ? { kind: 'open' } : { kind: 'joined' };
    case 'count':
      return m.question === BENCH_QUESTION.id ? { kind: 'count', count: m.count } : { kind: 'other' };
    case 'error':
      return { kind: 'error', error: m.error, message: m.message };
    case 'asks':
      return {
        kind: 'asks',
        asks: [...(m.own ?? []), ...m.asks].map((a) => ({ id: a.id, status: a.status, votes: a.votes })),
        mine: m.mine ?? [],
      };
    default:
      return { kind: 'other' };
  }
}
