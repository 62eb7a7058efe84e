import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isSessionCode,
  MAX_MESSAGE_BYTES,
  parseClientMessage,
  parseServerMessage,
} from '../../../../src/lib/room/room-messages';

const dir = 'tests/fixtures/room-messages';
/** One file per malformed message; those named too-large-* are refused for their size. */
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('room messages', () => {
  it('has a fixture for each kind of malformed message', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  it.each(fixtures)('refuses %s', (file) => {
    const raw = readFileSync(join(dir, file), 'utf8');
    const result = parseClientMessage(raw);
    expect(result).toEqual({ ok: false, error: file.startsWith('too-large') ? 'too-large' : 'bad-message' });
  });

  it('accepts each well-formed message', () => {
    const good = [
      { type: 'join', code: 'ABCD', participant: 'a1b2c3d4e5' },
      { type: 'watch', code: 'XYZW' },
      { type: 'create', deck: 'tout' },
      { type: 'resume', code: 'ABCD', secret: 'abcdefghijklmnop_-12' },
      { type: 'answer', question: 'quiz/q1', value: [2] },
      {
        type: 'open',
        question: {
          id: 'quiz/q1',
          kind: 'ordering',
          prompt: 'Dans l’ordre?',
          options: ['a', 'b', 'c'],
          correct: [2, 0, 1],
        },
      },
      { type: 'close', question: 'quiz/q1' },
      { type: 'reveal', question: 'quiz/q1' },
      { type: 'reset', question: 'quiz/q1' },
    ];
    for (const message of good) expect(parseClientMessage(JSON.stringify(message))).toEqual({ ok: true, message });
  });

  it('measures size in UTF-8 bytes, at the limit exactly', () => {
    const head = '{"type":"create","deck":"';
    const fits = `${head}${' '.repeat(MAX_MESSAGE_BYTES - head.length - 2)}"}`;
    expect(new TextEncoder().encode(fits).length).toBe(MAX_MESSAGE_BYTES);
    // Parsed (then refused by the schema for the deck's length), not refused for its size.
    expect(parseClientMessage(fits)).toEqual({ ok: false, error: 'bad-message' });
    expect(parseClientMessage(`${fits} `)).toEqual({ ok: false, error: 'too-large' });
  });

  it('recognises session codes without ambiguous letters', () => {
    expect(isSessionCode('KQZT')).toBe(true);
    for (const bad of ['KQZ', 'KQZTA', 'KQZO', 'KQZI', 'KQZL', 'kqzt', 'KQ1T'])
      expect(isSessionCode(bad), bad).toBe(false);
  });

  describe('server messages, as the browser reads them', () => {
    const state = {
      type: 'state',
      code: 'KQZT',
      question: { id: 'sondage-1', kind: 'single', prompt: 'Laquelle?', options: ['A', 'B'] },
      status: 'revealed',
      count: 3,
      present: 4,
      correct: [1],
      results: { total: 3, counts: [1, 2], orders: [] },
      yours: [1],
    };

    it('reads a revealed poll with its results and the phone’s own answer', () => {
      expect(parseServerMessage(JSON.stringify(state))).toEqual(state);
    });

    it('reads a refusal naming the refused submission, and an acknowledged open answer', () => {
      const refusal = { type: 'error', error: 'server-error', message: 'Erreur du serveur.', id: 's1' };
      expect(parseServerMessage(JSON.stringify(refusal))).toEqual(refusal);
      const answered = { type: 'answered', question: 'nuage', value: 'prévention', id: 's2' };
      expect(parseServerMessage(JSON.stringify(answered))).toEqual(answered);
    });

    it.each([
      ['not JSON', '{"type":'],
      ['an unknown type', JSON.stringify({ type: 'reload' })],
      ['a negative count', JSON.stringify({ ...state, count: -1 })],
      ['an unknown status', JSON.stringify({ ...state, status: 'paused' })],
      ['an unknown error code', JSON.stringify({ type: 'error', error: 'oops', message: 'x' })],
      ['a session code with an ambiguous letter', JSON.stringify({ ...state, code: 'KQZO' })],
      ['an option index out of range', JSON.stringify({ ...state, correct: [12] })],
    ])('sets aside %s', (_what, raw) => {
      expect(parseServerMessage(raw)).toBeUndefined();
    });
  });
});
