import { describe, expect, it } from 'vitest';
import { isRoomRoute, ROOM_PREFIX, ROOM_ROUTES, sessionRoute } from '../../../../src/lib/room/room-routes';

describe('room routes', () => {
  it('puts every route of the room server under its prefix', () => {
    for (const route of Object.values(ROOM_ROUTES)) {
      expect(route.startsWith(ROOM_PREFIX)).toBe(true);
      expect(isRoomRoute(route)).toBe(true);
    }
  });

  it('tells the room routes from the site pages', () => {
    expect(isRoomRoute('/_salle/qr.svg?code=ABC234')).toBe(true);
    expect(isRoomRoute('/salle/')).toBe(false);
    expect(isRoomRoute('/diapos/presentateur/')).toBe(false);
  });

  it('addresses a session, with its code encoded', () => {
    expect(sessionRoute('qr', 'ABC234')).toBe('/_salle/qr.svg?code=ABC234');
    expect(sessionRoute('results', 'AB&C')).toBe('/_salle/resultats.csv?code=AB%26C');
  });
});
