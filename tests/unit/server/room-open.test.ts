// Open answers on the room server: a text acknowledged with its submission id, groups seen by the
// presenter only until the reveal, hidden groups kept from phones and the screen, a restart that
// keeps texts and hidden groups, the migration from layout 3, reset, and the export.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { LAYOUT_VERSION } from '../../../src/server/room-store-file';
import type { RoomQuestion } from '../../../src/lib/room/room-messages';
import { roomClient } from '../../support/room-ws';
import { phone, presenter, record, screen, settle, useRoomServer } from '../../support/room-server';

const servers = useRoomServer('salle-open-');
const { start, stop } = servers;

const question: RoomQuestion = {
  id: 'open/obstacle',
  kind: 'open',
  prompt: 'Quel obstacle?',
  options: [],
  correct: [],
};

describe('open answers on the server', () => {
  it('acknowledges texts, keeps them from phones and the screen until revealed, hides groups, survives a restart', async () => {
    let server = await start();
    const { client: p, code, secret } = await presenter(server);
    const deckScreen = await screen(server, code);
    const seenByScreen = record(deckScreen);
    const a = await phone(server, code, 'telephone-a');
    const b = await phone(server, code, 'telephone-b');
    const c = await phone(server, code, 'telephone-c');
    const seenByA = record(a);
    p.send({ type: 'open', question });
    await a.nextOf('state', (m) => m.status === 'open');
    a.send({ type: 'answer', question: question.id, value: '  Énergie  ', id: 's-a' });
    expect(await a.nextOf('answered')).toEqual({
      type: 'answered',
      question: question.id,
      value: 'Énergie',
      id: 's-a',
    });
    b.send({ type: 'answer', question: question.id, value: 'energie', id: 's-b' });
    await b.nextOf('answered');
    c.send({ type: 'answer', question: question.id, value: '=1+1', id: 's-c' });
    await c.nextOf('answered');
    c.send({ type: 'answer', question: question.id, value: '   ', id: 's-c2' });
    expect(await c.nextOf('error')).toMatchObject({ error: 'out-of-range', id: 's-c2' });
    // The presenter's count carries the groups; the screen's does not.
    const count = await p.nextOf('count', (m) => m.count === 3);
    expect(count.groups).toEqual([
      { key: 'energie', text: 'Énergie', count: 2 },
      { key: '=1+1', text: '=1+1', count: 1 },
    ]);
    await settle();
    expect(seenByScreen()).not.toContain('nergie');
    expect(seenByScreen()).not.toContain('1+1');
    // A phone refused hide-text; the presenter hides a group.
    a.send({ type: 'hide-text', question: question.id, group: '=1+1', hidden: true });
    expect(await a.nextOf('error')).toMatchObject({ error: 'forbidden' });
    p.send({ type: 'hide-text', question: question.id, group: '=1+1', hidden: true });
    const hidden = await p.nextOf('state', (m) => m.groups?.some((g) => g.hidden) ?? false);
    expect(hidden.groups?.[1]).toMatchObject({ text: '=1+1', hidden: true });
    await settle();
    expect(seenByA()).not.toContain('1+1');
    // A restart keeps texts and hidden groups.
    await stop(server);
    server = await start();
    const again = await roomClient(server.url);
    again.send({ type: 'resume', code, secret });
    await again.nextOf('welcome');
    const resumed = await again.nextOf('state');
    expect(resumed.groups).toEqual([
      { key: 'energie', text: 'Énergie', count: 2 },
      { key: '=1+1', text: '=1+1', count: 1, hidden: true },
    ]);
    const screen2 = await screen(server, code);
    const seen2 = record(screen2);
    const a2 = await phone(server, code, 'telephone-a');
    again.send({ type: 'reveal', question: question.id });
    const revealed = await screen2.nextOf('state', (m) => m.status === 'revealed');
    expect(revealed.groups).toEqual([{ key: 'energie', text: 'Énergie', count: 2 }]);
    const onPhone = await a2.nextOf('state', (m) => m.status === 'revealed');
    expect(onPhone.groups).toEqual([{ key: 'energie', text: 'Énergie', count: 2 }]);
    expect(onPhone.yours).toBe('Énergie');
    await settle();
    expect(seen2()).not.toContain('1+1');
    // The export: texts neutralised, the hidden group marked.
    const csv = await (
      await fetch(`${server.url}_salle/resultats.csv?code=${code}`, { headers: { 'x-room-secret': secret } })
    ).text();
    expect(csv).toContain("Quel obstacle?;'=1+1 (masquée);1;;");
    expect(csv).toContain('Quel obstacle?;Énergie;2;;');
    // A reset clears texts and hidden groups, in memory and in the file.
    again.send({ type: 'reset', question: question.id });
    const reset = await again.nextOf('state', (m) => m.status === 'open');
    expect(reset).toMatchObject({ count: 0, groups: [] });
    await stop(server);
    const db = new DatabaseSync(join(servers.dataDir, 'salle.sqlite'));
    expect(db.prepare('SELECT COUNT(*) AS n FROM hidden_texts').get()?.n).toBe(0);
    expect(db.prepare('SELECT COUNT(*) AS n FROM answers').get()?.n).toBe(0);
    db.close();
  });

  it('migrates a file of layout 3: adds the hidden groups table, keeps sessions and answers', async () => {
    mkdirSync(servers.dataDir, { recursive: true });
    const old = new DatabaseSync(join(servers.dataDir, 'salle.sqlite'));
    old.exec(`
      CREATE TABLE sessions (code TEXT PRIMARY KEY, secret TEXT NOT NULL, deck TEXT NOT NULL, created INTEGER NOT NULL, current TEXT, owner TEXT NOT NULL DEFAULT '');
      CREATE TABLE questions (code TEXT NOT NULL, id TEXT NOT NULL, definition TEXT NOT NULL, status TEXT NOT NULL, decision TEXT, PRIMARY KEY (code, id));
      CREATE TABLE answers (code TEXT NOT NULL, question TEXT NOT NULL, participant TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (code, question, participant));
      CREATE TABLE asks (code TEXT NOT NULL, id TEXT NOT NULL, author TEXT NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL, created INTEGER NOT NULL, shown INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (code, id));
      CREATE TABLE ask_votes (code TEXT NOT NULL, ask TEXT NOT NULL, participant TEXT NOT NULL, PRIMARY KEY (code, ask, participant));
      PRAGMA user_version = 3;`);
    old
      .prepare('INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?)')
      .run('ABCD', 'secret-secret-secret', 'tout', Date.now() - 1000, 'q1', '');
    const single = { id: 'q1', kind: 'single', prompt: '?', options: ['a', 'b'], correct: [0] };
    old.prepare('INSERT INTO questions VALUES (?, ?, ?, ?, ?)').run('ABCD', 'q1', JSON.stringify(single), 'open', null);
    old.prepare('INSERT INTO answers VALUES (?, ?, ?, ?)').run('ABCD', 'q1', 'telephone-a', '[1]');
    // A text stored for a choice question is not read back as an answer.
    old.prepare('INSERT INTO answers VALUES (?, ?, ?, ?)').run('ABCD', 'q1', 'telephone-b', '"texte"');
    old.close();
    const server = await start();
    expect(server.store.migratedFrom).toBe(3);
    expect(LAYOUT_VERSION).toBe(4);
    const a = await roomClient(server.url);
    a.send({ type: 'join', code: 'ABCD', participant: 'telephone-a' });
    await a.nextOf('welcome');
    expect(await a.nextOf('state')).toMatchObject({ count: 1, yours: [1] });
    await stop(server);
    const db = new DatabaseSync(join(servers.dataDir, 'salle.sqlite'));
    expect(db.prepare('PRAGMA user_version').get()?.user_version).toBe(4);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'hidden_texts'").all()).toHaveLength(1);
    db.close();
  });
});
