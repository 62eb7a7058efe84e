/**
 * The room server's own addresses and the header a presenter proves itself with, in one place:
 * the server (src/server/) declares its routes from here and the browser code (src/client/room/)
 * calls them from here, so a route renamed on one side cannot be missed on the other.
 */

/** Every route of the room server starts here (never cached, its own security policy). */
export const ROOM_PREFIX = '/_salle/';

/** The room server's routes. */
export const ROOM_ROUTES = {
  /** The WebSocket every phone, deck and presenter view connects to. */
  socket: `${ROOM_PREFIX}ws`,
  /** The join QR code of a session, as SVG (`?code=`). */
  qr: `${ROOM_PREFIX}qr.svg`,
  /** A session's results as CSV (`?code=`), for its presenter only. */
  results: `${ROOM_PREFIX}resultats.csv`,
} as const;

/** The header that carries the presenter's session secret (results export). */
export const SECRET_HEADER = 'x-room-secret';

/** Whether a request's address is one of the room server's own routes (query string ignored). */
export const isRoomRoute = (url: string): boolean => url.startsWith(ROOM_PREFIX);

/** The address of a room route for a session: `/_salle/qr.svg?code=ABC123`. */
export const sessionRoute = (route: 'qr' | 'results', code: string): string =>
  `${ROOM_ROUTES[route]}?code=${encodeURIComponent(code)}`;
