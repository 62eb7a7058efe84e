import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  answerStatus,
  fromState,
  refuse,
  sameAnswer,
  submissionId,
  submit,
  trackQuestion,
} from '../../../../src/lib/room/room-answer';
import type { RoomStateMessage } from '../../../../src/lib/room/room-messages';

const question = { id: 'q1', kind: 'single' as const, prompt: 'Par quoi commencer?', options: ['A', 'B', 'C'] };
const state = (status: RoomStateMessage['status'], yours?: number[]): RoomStateMessage => ({
  type: 'state',
  code: 'ABCD',
  question,
  status,
  count: 1,
  present: 1,
  yours,
});

describe('the phone’s answer status (server acknowledgement)', () => {
  it('says « sent » only for the exact answer the server acknowledged', () => {
    let t = trackQuestion('q1', 'single');
    expect(answerStatus(t, [])).toBe('empty');
    expect(answerStatus(t, [1])).toBe('unsent');
    t = submit(t, { id: 's1', value: [1] });
    expect(answerStatus(t, [1])).toBe('sending');
    t = acknowledge(t, { question: 'q1', value: [1], id: 's1' });
    expect(answerStatus(t, [1])).toBe('sent');
    // Tapping C after sending B: C is not sent, B still counts.
    expect(answerStatus(t, [2])).toBe('unsent');
    expect(t.acked).toEqual([1]);
  });

  it('does not settle a submission with another one’s acknowledgement', () => {
    let t = submit(trackQuestion('q1', 'single', [0]), { id: 's2', value: [2] });
    // A late acknowledgement of an earlier submission (B) does not make C « sent ».
    t = acknowledge(t, { question: 'q1', value: [1], id: 's1' });
    expect(t.acked).toEqual([1]);
    expect(answerStatus(t, [2])).toBe('sending');
    // An acknowledgement for another question changes nothing.
    expect(acknowledge(t, { question: 'q9', value: [0], id: 's2' })).toBe(t);
    // Without an id (a server from before ids), the same value settles it.
    expect(answerStatus(acknowledge(t, { question: 'q1', value: [2] }), [2])).toBe('sent');
    expect(answerStatus(acknowledge(t, { question: 'q1', value: [0] }), [2])).toBe('sending');
  });

  it('says when the server refused the submission, and only for its id', () => {
    let t = submit(trackQuestion('q1', 'single', [0]), { id: 's3', value: [2] });
    expect(refuse(t, { id: 'other', error: 'closed', message: 'fermé' })).toBe(t);
    expect(refuse(t, { error: 'rate-limited', message: 'trop' })).toBe(t);
    t = refuse(t, { id: 's3', error: 'closed', message: 'Le sondage est fermé' });
    expect(answerStatus(t, [2])).toBe('refused');
    expect(t.refusal?.message).toBe('Le sondage est fermé');
    // What the server held before still counts, and a new submission clears the refusal.
    expect(answerStatus(t, [0])).toBe('sent');
    expect(answerStatus(submit(t, { id: 's4', value: [2] }), [2])).toBe('sending');
  });

  it('after a reconnection, keeps what is not held (to send again) and refuses it once the poll closed', () => {
    // Changed to C while the connection was cut: the server still holds B.
    const t = submit(trackQuestion('q1', 'single', [1]), { id: 's5', value: [2] });
    const open = fromState(t, state('open', [1]));
    expect(open?.pending).toEqual({ id: 's5', value: [2] });
    expect(open?.acked).toEqual([1]);
    expect(answerStatus(open, [2])).toBe('sending');
    // The server already holds it (the acknowledgement was lost with the connection): settled.
    const held = fromState(t, state('open', [2]));
    expect(held?.pending).toBeUndefined();
    expect(answerStatus(held, [2])).toBe('sent');
    // Closed meanwhile: the phone says it could not send it.
    const closed = fromState(t, state('closed', [1]));
    expect(answerStatus(closed, [2])).toBe('refused');
    expect(closed?.refusal?.error).toBe('closed');
  });

  it('starts a new tracker for another question, with what the server holds', () => {
    const t = submit(trackQuestion('q0', 'single'), { id: 's6', value: [0] });
    const next = fromState(t, state('open', [2]));
    expect(next).toEqual({ question: 'q1', kind: 'single', acked: [2] });
    expect(fromState(t, { ...state('none'), question: null })).toBe(t);
    expect(fromState(undefined, state('open'))?.acked).toBeUndefined();
  });

  it('compares answers by kind: a multiple choice in any order, an order exactly', () => {
    expect(sameAnswer('multiple', [2, 0], [0, 2])).toBe(true);
    expect(sameAnswer('ordering', [2, 0, 1], [0, 2, 1])).toBe(false);
    expect(sameAnswer('ordering', [2, 0, 1], [2, 0, 1])).toBe(true);
    expect(sameAnswer('single', [1], undefined)).toBe(false);
    expect(sameAnswer('multiple', [1], [1, 2])).toBe(false);
  });

  it('makes submission ids the schema accepts, different from one call to the next', () => {
    const a = submissionId(1_700_000_000_000, () => 0.25);
    const b = submissionId(1_700_000_000_000, () => 0.75);
    expect(a).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
    expect(a).not.toBe(b);
  });
});
