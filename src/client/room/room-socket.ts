/**
 * The browser's end of the room channel: a WebSocket to the room server that reconnects by itself
 * (0.5 s, then up to 5 s apart) and says again who it is each time, so a phone that lost the Wi-Fi
 * a moment comes back with its answer. Messages both ways are checked against the shared schemas
 * (src/lib/room/room-messages.ts). Loaded only in room mode.
 */
import { readItem, writeItem } from '../../lib/storage/browser-storage';
import { roomKey } from '../../lib/storage/storage-keys';
import {
  clientMessageSchema,
  parseServerMessage,
  PARTICIPANT_ID,
  PRESENTER_TOKEN,
  type ClientMessage,
  type ServerMessage,
} from '../../lib/room/room-messages';

/** The room flag the server puts in the pages it serves, or undefined on a static host. */
export function roomFlag(): { socket: string; join: string } | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="msst-room"]');
  if (!meta?.content) return undefined;
  return { socket: meta.content, join: meta.dataset.join ?? new URL('/salle/', location.href).toString() };
}

/** A live connection to the room server. */
export interface RoomSocket {
  send: (message: ClientMessage) => boolean;
  close: () => void;
}

/** Opens the channel; `hello` runs on every (re)connection, `onMessage` on each server message. */
export function connectRoom(
  path: string,
  handlers: {
    hello: (socket: RoomSocket) => void;
    onMessage: (message: ServerMessage) => void;
    onStatus: (connected: boolean) => void;
  },
): RoomSocket {
  const url = new URL(path, location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  let ws: WebSocket | undefined;
  let retry = 0;
  let stopped = false;

  const api: RoomSocket = {
    send(message) {
      if (!clientMessageSchema.safeParse(message).success || ws?.readyState !== WebSocket.OPEN) return false;
      ws.send(JSON.stringify(message));
      return true;
    },
    close() {
      stopped = true;
      ws?.close();
    },
  };

  const open = () => {
    ws = new WebSocket(url);
    ws.addEventListener('open', () => {
      retry = 0;
      handlers.onStatus(true);
      handlers.hello(api);
    });
    ws.addEventListener('message', (e) => {
      // Read through the shared schema: a message this page cannot read (another server version, a
      // proxy's page) is set aside with a warning, never drawn half-way.
      const message = parseServerMessage(String(e.data));
      if (message) handlers.onMessage(message);
      else console.warn('Salle : message du serveur ignoré (format inattendu).', String(e.data).slice(0, 200));
    });
    ws.addEventListener('close', () => {
      if (stopped) return;
      handlers.onStatus(false);
      const delay = Math.min(5000, 500 * 2 ** retry++);
      window.setTimeout(open, delay);
    });
  };
  open();
  return api;
}

/** A random id for this phone, kept in localStorage (a fresh one each visit where storage is blocked). */
export function participantId(): string {
  const key = roomKey('participant');
  const known = readItem('local', key);
  if (known && PARTICIPANT_ID.test(known)) return known;
  // crypto.randomUUID needs a secure context, which a phone on http://192.168… is not.
  const id = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  writeItem('local', key, id);
  return id;
}

/**
 * The presenter token of this window: read once from the address `npm run salle` printed
 * (?jeton=…), kept in sessionStorage, and taken out of the address bar (so it is neither
 * bookmarked nor shown on the projected screen). Undefined when the window never had one.
 */
export function presenterToken(): string | undefined {
  const key = roomKey('presenter-token');
  const valid = (v: string | null | undefined) => (v && PRESENTER_TOKEN.test(v) ? v : undefined);
  const url = new URL(location.href);
  const given = valid(url.searchParams.get('jeton'));
  if (url.searchParams.has('jeton')) {
    url.searchParams.delete('jeton');
    history.replaceState(history.state, '', url);
  }
  if (given) writeItem('session', key, given);
  return given ?? valid(readItem('session', key));
}
