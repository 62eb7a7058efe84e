// The two changes that let one room hold 19,000 phones (docs/performance.md): the participants
// present are counted as they come and go (not by walking the room at each join), and the reveal
// is tallied once for the room (not once per phone). Same messages as before, on fake clients.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RoomHub } from '../../../src/server/room-hub';
import type { HubClient } from '../../../src/server/room-hub-context';
import { RoomStore } from '../../../src/server/room-store';
import { withLimits } from '../../../src/server/room-limits';
import { stateFor } from '../../../src/lib/room/room-session';
import type { ServerMessage } from '../../../src/lib/room/room-messages';

const TOKEN = 'jeton-de-test-0123456789';
const dirs: string[] = [];
const stores: RoomStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'hub-scale-'));
  dirs.push(dir);
  const limits = withLimits({ rate: { burst: 100, perSecond: 100 } });
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
  const client = () => {
    const got: ServerMessage[] = [];
    const c: HubClient & { got: ServerMessage[] } = {
      address: '192.0.2.1',
      got,
      send: (text) => got.push(JSON.parse(text) as ServerMessage),
      close: () => undefined,
    };
    return c;
  };
  const say = (c: HubClient, m: unknown) => hub.receive(c, JSON.stringify(m));
  const presenter = client();
  await say(presenter, { type: 'create', deck: 'tout', token: TOKEN });
  const code = (presenter.got[0] as { code: string }).code;
  const question = { id: 'q1', kind: 'single', prompt: 'Laquelle?', options: ['a', 'b', 'c'], correct: [1] };
  await say(presenter, { type: 'open', question });
  return { hub, client, say, presenter, code };
}

const lastState = (c: { got: ServerMessage[] }) =>
  c.got.filter((m): m is Extract<ServerMessage, { type: 'state' }> => m.type === 'state').at(-1);

describe('room hub at scale', () => {
  it('counts the participants present through joins, a switch to watching, and leaves', async () => {
    const { hub, client, say, code } = await setup();
    const phones = Array.from({ length: 4 }, client);
    for (const [i, p] of phones.entries()) await say(p, { type: 'join', code, participant: `participant-${i}` });
    expect(lastState(phones[3]!)?.present).toBe(4);
    // The same socket joining again is still one phone; one that turns into a screen is none.
    await say(phones[0]!, { type: 'join', code, participant: 'participant-0' });
    expect(lastState(phones[0]!)?.present).toBe(4);
    await say(phones[1]!, { type: 'watch', code });
    expect(lastState(phones[1]!)?.present).toBe(3);
    hub.leave(phones[2]!);
    hub.leave(phones[2]!);
    hub.leave(phones[1]!);
    const late = client();
    await say(late, { type: 'join', code, participant: 'participant-9' });
    expect(lastState(late)?.present).toBe(3);
  });

  it('sends each phone the shared results of the reveal with its own answer, as stateFor does', async () => {
    const { hub, client, say, presenter, code } = await setup();
    const phones = Array.from({ length: 3 }, client);
    for (const [i, p] of phones.entries()) await say(p, { type: 'join', code, participant: `participant-${i}` });
    await Promise.all([
      say(phones[0]!, { type: 'answer', question: 'q1', value: [1] }),
      say(phones[1]!, { type: 'answer', question: 'q1', value: [2] }),
    ]);
    await say(presenter, { type: 'reveal', question: 'q1' });
    const session = hub.live(code)!;
    phones.forEach((p, i) =>
      expect(lastState(p)).toEqual(JSON.parse(JSON.stringify(stateFor(session, 3, `participant-${i}`)))),
    );
    expect(lastState(phones[0]!)).toMatchObject({
      status: 'revealed',
      yours: [1],
      results: { total: 2, counts: [0, 1, 1] },
    });
    expect(lastState(phones[2]!)).not.toHaveProperty('yours');
    expect(lastState(presenter)).toEqual(JSON.parse(JSON.stringify(stateFor(session, 3))));
  });
});
