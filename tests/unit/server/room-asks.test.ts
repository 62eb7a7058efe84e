// Questions from the room through the room server on loopback: a phone asks, another phone and the
// projected screen get nothing of it until the presenter publishes it; votes, moderation, the screen,
// the limits, a restart (the file keeps questions, votes and the one shown), the layout migration
// from version 1, and the export. Each test starts its server on a free port and stops it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { LAYOUT_VERSION } from '../../../src/server/room-store-file';
import type { RoomAsksMessage } from '../../../src/lib/room/room-messages';
import { roomClient, type RoomTestClient } from '../../support/room-ws';
import { phone, presenter, record, screen, settle, useRoomServer } from '../../support/room-server';

const servers = useRoomServer('salle-asks-');
const { start, stop } = servers;

const asks = (c: RoomTestClient, wanted: (m: RoomAsksMessage) => boolean = () => true) => c.nextOf('asks', wanted);

describe('questions from the room on the server', () => {
  it('keeps a pending question from other phones and the screen until published, then takes votes', async () => {
    const server = await start();
    const { client: p, code } = await presenter(server);
    const author = await phone(server, code, 'auteur-0001');
    const neighbour = await phone(server, code, 'voisin-0001');
    const deck = await screen(server, code);
    const neighbourSaw = record(neighbour);
    const deckSaw = record(deck);
    const text = 'Comment répondre à un commentaire <b>haineux</b>?';

    author.send({ type: 'ask', text: `  ${text}  `, id: 's1' });
    const acked = await author.nextOf('asked');
    expect(acked).toEqual({ type: 'asked', ask: 'q1', id: 's1' });
    expect(await asks(author)).toEqual({
      type: 'asks',
      asks: [],
      shown: null,
      own: [{ id: 'q1', text, votes: 0, status: 'pending' }],
      mine: ['q1'],
      voted: [],
    });
    expect((await asks(p)).asks).toEqual([{ id: 'q1', text, votes: 0, status: 'pending' }]);
    await settle();
    expect(neighbourSaw()).not.toContain('haineux');
    expect(deckSaw()).not.toContain('haineux');
    // A phone or a screen joining now gets the lists too, without the pending text.
    const late = await roomClient(server.url);
    late.send({ type: 'join', code, participant: 'tardif-0001' });
    expect(await asks(late)).toEqual({ type: 'asks', asks: [], shown: null });
    const lateScreen = await roomClient(server.url);
    lateScreen.send({ type: 'watch', code });
    expect(await asks(lateScreen)).toEqual({ type: 'asks', asks: [], shown: null });

    // Only the presenter moderates; a phone cannot vote for a pending question.
    neighbour.send({ type: 'moderate', ask: 'q1', action: 'approve' });
    expect(await neighbour.nextOf('error')).toMatchObject({ error: 'forbidden' });
    neighbour.send({ type: 'vote', ask: 'q1', on: true });
    expect(await neighbour.nextOf('error')).toMatchObject({ error: 'ask-unavailable' });

    p.send({ type: 'moderate', ask: 'q1', action: 'approve' });
    expect((await asks(neighbour)).asks).toEqual([{ id: 'q1', text, votes: 0, status: 'approved' }]);
    await settle();
    expect(deckSaw()).not.toContain('haineux');

    neighbour.send({ type: 'vote', ask: 'q1', on: true });
    expect(await asks(neighbour, (m) => m.asks[0]?.votes === 1)).toMatchObject({ voted: ['q1'] });
    expect((await asks(p, (m) => m.asks[0]?.votes === 1)).asks[0]?.votes).toBe(1);
    // A vote sent twice counts once; one's own question takes no vote.
    neighbour.send({ type: 'vote', ask: 'q1', on: true });
    author.send({ type: 'vote', ask: 'q1', on: true });
    expect(await author.nextOf('error')).toMatchObject({ error: 'ask-unavailable' });
    expect(server.hub.sessions.get(code)?.asks?.asks.get('q1')?.votes.size).toBe(1);

    p.send({ type: 'moderate', ask: 'q1', action: 'show' });
    expect(await asks(deck, (m) => m.shown === 'q1')).toEqual({
      type: 'asks',
      asks: [{ id: 'q1', text, votes: 1, status: 'approved' }],
      shown: 'q1',
    });
    p.send({ type: 'moderate', ask: 'q1', action: 'unshow' });
    expect(await asks(deck, (m) => m.shown === null)).toEqual({ type: 'asks', asks: [], shown: null });
  });

  it('refuses an empty or too long question, and more than the limit per phone', async () => {
    const server = await start({ limits: { asksPerParticipant: 2 } });
    const { code } = await presenter(server);
    const author = await phone(server, code, 'auteur-0002');
    author.send({ type: 'ask', text: ' \n ', id: 'vide' });
    expect(await author.nextOf('error')).toMatchObject({ error: 'out-of-range', id: 'vide' });
    author.send({ type: 'ask', text: 'x'.repeat(281), id: 'long' });
    expect(await author.nextOf('error')).toMatchObject({ error: 'out-of-range', id: 'long' });
    for (const id of ['a', 'b']) {
      author.send({ type: 'ask', text: `Question ${id}`, id });
      await author.nextOf('asked');
    }
    author.send({ type: 'ask', text: 'Une de trop', id: 'c' });
    expect(await author.nextOf('error')).toMatchObject({ error: 'ask-limit', id: 'c' });
  });

  it('keeps questions, votes and the one shown across a restart, and exports them', async () => {
    const first = await start();
    const { client: p, code, secret } = await presenter(first);
    const author = await phone(first, code, 'auteur-0003');
    author.send({ type: 'ask', text: '=HYPERLINK("x"); "oui"\nsur deux lignes', id: 's' });
    await author.nextOf('asked');
    author.send({ type: 'ask', text: 'Deuxième, gardée en attente', id: 't' });
    await author.nextOf('asked');
    p.send({ type: 'moderate', ask: 'q1', action: 'show' });
    await asks(p, (m) => m.shown === 'q1');
    const voter = await phone(first, code, 'votant-0003');
    voter.send({ type: 'vote', ask: 'q1', on: true });
    await asks(voter, (m) => m.asks[0]?.votes === 1);
    await stop(first);

    const second = await start();
    const deck = await roomClient(second.url);
    deck.send({ type: 'watch', code });
    expect(await deck.nextOf('asks')).toMatchObject({ shown: 'q1', asks: [{ id: 'q1', votes: 1 }] });
    const back = await roomClient(second.url);
    back.send({ type: 'join', code, participant: 'auteur-0003' });
    expect(await back.nextOf('asks')).toMatchObject({ mine: ['q1', 'q2'], own: [{ id: 'q2', status: 'pending' }] });
    // A new question after the restart gets a new id.
    back.send({ type: 'ask', text: 'Troisième', id: 'u' });
    expect(await back.nextOf('asked')).toMatchObject({ ask: 'q3' });
    const csv = await fetch(`${second.url}_salle/resultats.csv?code=${code}`, { headers: { 'x-room-secret': secret } });
    const body = await csv.text();
    expect(body).toContain('Question de la salle;Votes;Statut\r\n');
    expect(body).toContain('"\'=HYPERLINK(""x""); ""oui""\nsur deux lignes";1;Publiée\r\n');
    expect(body).toContain('Deuxième, gardée en attente;0;En attente de modération\r\n');
  });

  it('deletes a session’s questions from the room with the session', async () => {
    const server = await start();
    const { client: p, code } = await presenter(server);
    const author = await phone(server, code, 'auteur-0004');
    author.send({ type: 'ask', text: 'À effacer', id: 's' });
    await author.nextOf('asked');
    p.send({ type: 'end' });
    await author.nextOf('error');
    await stop(server);
    const db = new DatabaseSync(join(servers.dataDir, 'salle.sqlite'));
    expect(db.prepare('SELECT COUNT(*) AS n FROM asks').get()?.n).toBe(0);
    db.close();
  });

  it('migrates a file of layout 1 (no questions from the room) and keeps its sessions', async () => {
    mkdirSync(servers.dataDir, { recursive: true });
    const old = new DatabaseSync(join(servers.dataDir, 'salle.sqlite'));
    old.exec(`
      CREATE TABLE sessions (code TEXT PRIMARY KEY, secret TEXT NOT NULL, deck TEXT NOT NULL, created INTEGER NOT NULL, current TEXT, owner TEXT NOT NULL DEFAULT '');
      CREATE TABLE questions (code TEXT NOT NULL, id TEXT NOT NULL, definition TEXT NOT NULL, status TEXT NOT NULL, PRIMARY KEY (code, id));
      CREATE TABLE answers (code TEXT NOT NULL, question TEXT NOT NULL, participant TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (code, question, participant));
      PRAGMA user_version = 1;`);
    old
      .prepare('INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?)')
      .run('ABCD', 'secret-secret-secret', 'tout', Date.now(), null, '');
    old.close();
    const server = await start();
    expect(server.store.migratedFrom).toBe(1);
    expect(LAYOUT_VERSION).toBe(4);
    const author = await phone(server, 'ABCD', 'auteur-0005');
    author.send({ type: 'ask', text: 'Après la migration', id: 's' });
    expect(await author.nextOf('asked')).toMatchObject({ ask: 'q1' });
  });
});
