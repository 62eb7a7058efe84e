// Questions from the room at the size of a plenary, on fake clients: 2,000 phones, 200 questions,
// five published, every phone voting for them. A burst of votes makes one list per phone, not one
// per vote; each phone's list is what the model says it may see (the shared public list plus its
// own extras); a pending question's text reaches no phone but its author's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RoomHub } from '../../../src/server/room-hub';
import type { HubClient } from '../../../src/server/room-hub-context';
import { RoomStore } from '../../../src/server/room-store';
import { withLimits } from '../../../src/server/room-limits';
import { participantExtras, presenterList, publicList } from '../../../src/lib/room/room-questions';
import type { RoomAsksMessage, ServerMessage } from '../../../src/lib/room/room-messages';

const TOKEN = 'jeton-de-test-0123456789';
const dirs: string[] = [];
const stores: RoomStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type FakeClient = HubClient & { got: ServerMessage[]; raw: string[] };

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
/** Waits until `done` holds (the store's write and the hub's window are asynchronous), at most 10 s. */
async function until(done: () => boolean) {
  for (let t = 0; !done() && t < 1000; t++) await new Promise((resolve) => setTimeout(resolve, 10));
  await settle();
}
const lists = (c: FakeClient) => c.got.filter((m): m is RoomAsksMessage => m.type === 'asks');

describe('questions from the room at scale', () => {
  it('sends one list per phone for a burst of 10,000 votes, each the list the model allows it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asks-scale-'));
    dirs.push(dir);
    const limits = withLimits({ rate: { burst: 100, perSecond: 100 }, joinsPerMinute: 10_000 });
    const store = new RoomStore(dir, { limits });
    stores.push(store);
    const hub = new RoomHub({
      store,
      limits,
      presenterToken: TOKEN,
      now: Date.now,
      clock: () => 0,
      countDelayMs: 0,
      sessions: [],
    });
    const client = (): FakeClient => {
      const c: FakeClient = {
        address: '192.0.2.1',
        got: [],
        raw: [],
        send: (text) => {
          c.raw.push(text);
          c.got.push(JSON.parse(text) as ServerMessage);
        },
        close: () => undefined,
      };
      return c;
    };
    const say = (c: HubClient, m: unknown) => hub.receive(c, JSON.stringify(m));
    const presenter = client();
    await say(presenter, { type: 'create', deck: 'tout', token: TOKEN });
    const code = (presenter.got[0] as { code: string }).code;
    const phones = Array.from({ length: 2000 }, client);
    phones.forEach((p, i) => say(p, { type: 'join', code, participant: `participant-${i}` }));

    // 200 phones ask; the presenter's list has them all, no other phone has any of their text.
    for (let i = 0; i < 2000; i += 10) say(phones[i]!, { type: 'ask', text: `Question secrète n° ${i}`, id: `s${i}` });
    await settle();
    const board = hub.live(code)?.asks;
    if (!board) throw new Error('no board');
    expect(lists(presenter).at(-1)?.asks).toHaveLength(200);
    expect(phones[1]!.raw.join('\n')).not.toContain('secrète');
    expect(
      lists(phones[10]!)
        .at(-1)
        ?.own?.map((a) => a.text),
    ).toEqual(['Question secrète n° 10']);

    // Five published, then every phone votes for them (not its own): 9,995 votes.
    const published = presenterList(board)
      .asks.slice(0, 5)
      .map((a) => a.id);
    for (const id of published) say(presenter, { type: 'moderate', ask: id, action: 'approve' });
    await settle();
    const before = phones.map((p) => lists(p).length);
    for (const p of phones) for (const id of published) say(p, { type: 'vote', ask: id, on: true });
    await until(
      () =>
        lists(presenter)
          .at(-1)
          ?.asks.reduce((n, a) => n + a.votes, 0) ===
        5 * 1999,
    );
    const errors = phones.flatMap((p) => p.got.filter((m) => m.type === 'error'));
    // Only the five authors were refused a vote, once each (their own question).
    expect(errors.map((m) => (m as { error: string }).error)).toEqual(Array(5).fill('ask-unavailable'));
    expect(publicList(board).map((a) => a.votes)).toEqual(Array(5).fill(1999));
    phones.forEach((p, i) => {
      const got = lists(p).slice(before[i]);
      expect(got.length, `phone ${i}`).toBe(1);
      const extras = participantExtras(board, `participant-${i}`);
      const expected = {
        type: 'asks',
        asks: publicList(board),
        shown: null,
        ...(extras.mine.length || extras.voted.length ? extras : {}),
      };
      expect(got[0]).toEqual(JSON.parse(JSON.stringify(expected)));
    });
    // Still no pending text on a phone that did not write it: only the five published ones.
    const seen = new Set([...phones[1]!.raw.join('\n').matchAll(/secrète n° (\d+)/g)].map((m) => Number(m[1])));
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 10, 20, 30, 40]);
  });
});
