// The hub works against any RoomRepository, not only the SQLite one: here a store kept in memory
// whose writes take a while (as a database over the network would) and can be made to fail. Each
// reply waits for its write; a write that fails is answered « server-error » to whoever asked, and
// the hub takes back what it can (a new session, an answer) or shows nobody the change.
import { describe, expect, it } from 'vitest';
import type { Ask } from '../../../src/lib/room/room-questions';
import type { QuestionState, Session } from '../../../src/lib/room/room-session';
import { parseServerMessage, type RoomAnswer, type ServerMessage } from '../../../src/lib/room/room-messages';
import { RoomHub } from '../../../src/server/room-hub';
import type { HubClient } from '../../../src/server/room-hub-context';
import { withLimits } from '../../../src/server/room-limits';
import type { RoomRepository } from '../../../src/server/room-store';

const TOKEN = 'jeton-de-test-0123456789';

/** A store in memory: each write settles after `delayMs`, and fails while `failing` is set. */
class SlowMemoryStore implements RoomRepository {
  failing = false;
  readonly sessions = new Map<string, { current: string | null }>();
  readonly questions = new Map<string, string>();
  readonly answers = new Map<string, RoomAnswer>();
  constructor(private readonly delayMs: number) {}

  private write(what: string, apply: () => void): Promise<void> {
    const failing = this.failing;
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        if (failing) return reject(new Error(`write refused: ${what}`));
        apply();
        resolve();
      }, this.delayMs),
    );
  }
  async load(): Promise<Session[]> {
    return [];
  }
  saveSession(session: Session): Promise<void> {
    const current = session.current;
    return this.write(`session ${session.code}`, () => this.sessions.set(session.code, { current }));
  }
  saveQuestion(code: string, state: QuestionState): Promise<void> {
    const status = state.status;
    return this.write(`question ${state.question.id} ${status}`, () =>
      this.questions.set(`${code}/${state.question.id}`, status),
    );
  }
  saveAnswer(code: string, question: string, participant: string, value: RoomAnswer): Promise<void> {
    return this.write(`answer ${participant}`, () => this.answers.set(`${code}/${question}/${participant}`, value));
  }
  clearAnswers(): Promise<void> {
    return this.write('clear', () => undefined);
  }
  saveHidden(): Promise<void> {
    return this.write('hidden', () => undefined);
  }
  saveAsk(_code: string, ask: Ask): Promise<void> {
    return this.write(`ask ${ask.id}`, () => undefined);
  }
  saveShown(): Promise<void> {
    return this.write('shown', () => undefined);
  }
  saveVote(): Promise<void> {
    return this.write('vote', () => undefined);
  }
  deleteSession(code: string): Promise<void> {
    return this.write(`delete ${code}`, () => this.sessions.delete(code));
  }
  async sweep(): Promise<void> {}
  async close(): Promise<void> {}
}

function setup(delayMs = 20) {
  const store = new SlowMemoryStore(delayMs);
  const hub = new RoomHub({
    store,
    limits: withLimits({ rate: { burst: 100, perSecond: 100 } }),
    presenterToken: TOKEN,
    now: Date.now,
    clock: () => 0,
    countDelayMs: 0,
    sessions: [],
  });
  const client = (address = '192.0.2.1') => {
    const got: ServerMessage[] = [];
    const c: HubClient & { got: ServerMessage[] } = {
      address,
      got,
      send: (text) => {
        const message = parseServerMessage(text);
        if (!message) throw new Error(`not a server message: ${text}`);
        got.push(message);
      },
      close: () => undefined,
    };
    return c;
  };
  const say = (c: HubClient, m: unknown) => hub.receive(c, JSON.stringify(m));
  return { store, hub, client, say };
}

const question = { id: 'q1', kind: 'single', prompt: 'Laquelle?', options: ['a', 'b'], correct: [1] };
const types = (c: { got: ServerMessage[] }) => c.got.map((m) => (m.type === 'error' ? `error:${m.error}` : m.type));

describe('room hub over an asynchronous repository', () => {
  it('welcomes, acknowledges and shows each change only once its write has settled', async () => {
    const { store, client, say } = setup();
    const presenter = client();
    const creating = say(presenter, { type: 'create', deck: 'tout', token: TOKEN });
    // The write is on its way: nothing said yet.
    expect(presenter.got).toEqual([]);
    await creating;
    expect(types(presenter)).toEqual(['welcome', 'state']);
    const code = (presenter.got[0] as { code: string }).code;
    expect(store.sessions.has(code)).toBe(true);

    await say(presenter, { type: 'open', question });
    expect(store.questions.get(`${code}/q1`)).toBe('open');
    expect(presenter.got.at(-1)).toMatchObject({ type: 'state', status: 'open' });

    const phone = client('192.0.2.2');
    await say(phone, { type: 'join', code, participant: 'participant-1' });
    const answering = say(phone, { type: 'answer', question: 'q1', value: [1], id: 'a1' });
    expect(phone.got.some((m) => m.type === 'answered')).toBe(false);
    await answering;
    expect(store.answers.get(`${code}/q1/participant-1`)).toEqual([1]);
    expect(phone.got.at(-1)).toEqual({ type: 'answered', question: 'q1', value: [1], id: 'a1' });
  });

  it('answers « server-error » when a write fails, and takes back what it cannot store', async () => {
    const { store, hub, client, say } = setup();
    const presenter = client();
    // A session the store refused is not kept: its code does not work.
    store.failing = true;
    await say(presenter, { type: 'create', deck: 'tout', token: TOKEN });
    expect(types(presenter)).toEqual(['error:server-error']);
    expect(hub.sessions.size).toBe(0);

    store.failing = false;
    await say(presenter, { type: 'create', deck: 'tout', token: TOKEN });
    const code = (presenter.got.find((m) => m.type === 'welcome') as { code: string }).code;
    await say(presenter, { type: 'open', question });
    const phone = client('192.0.2.2');
    await say(phone, { type: 'join', code, participant: 'participant-1' });

    // An answer the store refused: not acknowledged, not counted, not held.
    store.failing = true;
    await say(phone, { type: 'answer', question: 'q1', value: [0], id: 'a1' });
    expect(phone.got.at(-1)).toMatchObject({ type: 'error', error: 'server-error', id: 'a1' });
    expect(hub.live(code)?.questions.get('q1')?.answers.size).toBe(0);

    // A reveal the store refused: the presenter is told, and nobody is shown the results.
    const before = phone.got.length;
    await say(presenter, { type: 'reveal', question: 'q1' });
    expect(presenter.got.at(-1)).toMatchObject({ type: 'error', error: 'server-error' });
    expect(phone.got.slice(before).filter((m) => m.type === 'state')).toEqual([]);

    // Ending a session the store cannot delete keeps it, so memory and store still agree.
    await say(presenter, { type: 'end' });
    expect(presenter.got.at(-1)).toMatchObject({ type: 'error', error: 'server-error' });
    expect(hub.live(code)).toBeDefined();
    expect(store.sessions.has(code)).toBe(true);
  });
});
