// A WebSocket client for room server tests: queues what it receives so tests await messages in
// order, and records how the server closed it. Node's own WebSocket (undici), which can set headers.
import { parseServerMessage, type ServerMessage } from '../../src/lib/room/room-messages';

/** A test client of the room server. */
export type RoomTestClient = Awaited<ReturnType<typeof roomClient>>;

/** Opens a client on a server's socket; `origin` sets the Origin header a browser would send. */
export async function roomClient(serverUrl: string, options: { origin?: string } = {}) {
  const url = `${serverUrl.replace('http', 'ws')}_salle/ws`;
  const init = options.origin ? { headers: { origin: options.origin } } : undefined;
  const ws = new WebSocket(url, init as unknown as string[]);
  const queue: ServerMessage[] = [];
  const waiting: Array<(m: ServerMessage | undefined) => void> = [];
  let closed: { code: number; reason: string } | undefined;
  // Every message the server sends must read through the schema the browser uses: one that does not
  // is kept as an error, which the test's next read throws.
  const invalid: string[] = [];
  ws.addEventListener('message', (e) => {
    const message = parseServerMessage(String(e.data));
    if (!message) {
      invalid.push(String(e.data));
      return waiting.shift()?.(undefined);
    }
    const next = waiting.shift();
    if (next) next(message);
    else queue.push(message);
  });
  ws.addEventListener('close', (e) => (closed = { code: e.code, reason: e.reason }));
  await new Promise((resolve, reject) => {
    ws.addEventListener('open', resolve);
    ws.addEventListener('error', reject);
  });
  const unreadable = () => new Error(`the server sent a message outside serverMessageSchema: ${invalid.join(' | ')}`);
  const next = () =>
    new Promise<ServerMessage>((resolve, reject) => {
      if (invalid.length > 0) return reject(unreadable());
      const queued = queue.shift();
      if (queued) return resolve(queued);
      const timer = setTimeout(() => reject(new Error('no message within 3 s')), 3000);
      waiting.push((m) => {
        clearTimeout(timer);
        if (m) resolve(m);
        else reject(unreadable());
      });
    });
  /** The next message of a given type, skipping others (counts arrive on their own schedule). */
  const nextOf = async <T extends ServerMessage['type']>(
    type: T,
    wanted: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true,
  ): Promise<Extract<ServerMessage, { type: T }>> => {
    for (;;) {
      const m = await next();
      if (m.type === type && wanted(m as Extract<ServerMessage, { type: T }>))
        return m as Extract<ServerMessage, { type: T }>;
    }
  };
  return {
    ws,
    send: (m: unknown) => ws.send(typeof m === 'string' ? m : JSON.stringify(m)),
    next,
    nextOf,
    closed: () => closed,
    close: () => ws.close(),
  };
}
