import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  closeQuestion,
  decideQuestion,
  followSlide,
  hideQuestion,
  createSession,
  isExpired,
  makeCode,
  openQuestion,
  percent,
  resetQuestion,
  revealQuestion,
  SESSION_TTL_MS,
  stateFor,
  tally,
  type Session,
} from '../../../../src/lib/room/room-session';
import {
  actionAvailable,
  POLL_ACTIONS,
  POLL_STATUSES,
  TRANSITIONS,
  type PollAction,
  type PollStatus,
} from '../../../../src/lib/room/room-transitions';
import { isSessionCode, type RoomQuestion } from '../../../../src/lib/room/room-messages';
import { multiple, ordering, single } from '../../../support/room-questions';

/** A counter standing for crypto's random integers, so codes are predictable. */
function counter(values: number[]) {
  let i = 0;
  return (n: number) => (values[i++ % values.length] ?? 0) % n;
}

function session(): Session {
  return createSession('tout', 1_000, counter([0, 1, 2, 3]), 'secret-secret-secret');
}

describe('room session model', () => {
  it('makes 4-letter codes without ambiguous letters, avoiding codes in use', () => {
    expect(makeCode(counter([0, 1, 2, 3]))).toBe('ABCD');
    for (let seed = 0; seed < 50; seed++)
      expect(isSessionCode(makeCode(counter([seed, seed * 7, seed * 13, 5])))).toBe(true);
    const s = createSession('tout', 0, counter([0, 1, 2, 3, 4, 5, 6, 7]), 's', (c) => c === 'ABCD');
    expect(s.code).toBe('EFGH');
  });

  it('lets participants answer an open question, one answer each, which they may change', () => {
    const s = session();
    expect(answerQuestion(s, 'p1', single.id, [0])).toEqual({ ok: false, error: 'no-question' });
    expect(openQuestion(s, single)).toMatchObject({ ok: true });
    expect(answerQuestion(s, 'p1', single.id, [0])).toMatchObject({ ok: true });
    expect(answerQuestion(s, 'p2', single.id, [1])).toMatchObject({ ok: true });
    expect(answerQuestion(s, 'p1', single.id, [1])).toMatchObject({ ok: true });
    const state = stateFor(s, 2, 'p1');
    expect(state).toMatchObject({ status: 'open', count: 2, present: 2, yours: [1] });
    // Before the reveal, nobody learns the right answer or the distribution.
    expect(state.correct).toBeUndefined();
    expect(state.results).toBeUndefined();
  });

  it('refuses answers that do not fit the question', () => {
    const s = session();
    openQuestion(s, single);
    openQuestion(s, multiple);
    openQuestion(s, ordering);
    expect(answerQuestion(s, 'p', single.id, [3])).toEqual({ ok: false, error: 'out-of-range' });
    expect(answerQuestion(s, 'p', single.id, [0, 1])).toEqual({ ok: false, error: 'out-of-range' });
    expect(answerQuestion(s, 'p', multiple.id, [1, 1])).toEqual({ ok: false, error: 'out-of-range' });
    expect(answerQuestion(s, 'p', ordering.id, [0, 1])).toEqual({ ok: false, error: 'out-of-range' });
    expect(answerQuestion(s, 'p', ordering.id, [0, 0, 1])).toEqual({ ok: false, error: 'out-of-range' });
    expect(answerQuestion(s, 'p', multiple.id, [1, 0])).toMatchObject({ ok: true });
    expect(s.questions.get(multiple.id)?.answers.get('p')).toEqual([0, 1]);
  });

  it('refuses a question whose right answer does not fit its options', () => {
    const s = session();
    expect(openQuestion(s, { ...single, correct: [5] })).toEqual({ ok: false, error: 'out-of-range' });
    expect(openQuestion(s, { ...single, correct: [0, 1] })).toEqual({ ok: false, error: 'out-of-range' });
    expect(openQuestion(s, { ...ordering, correct: [0, 1] })).toEqual({ ok: false, error: 'out-of-range' });
    expect(s.questions.size).toBe(0);
  });

  it('closes, reveals and resets a question', () => {
    const s = session();
    openQuestion(s, single);
    answerQuestion(s, 'p1', single.id, [1]);
    answerQuestion(s, 'p2', single.id, [0]);
    answerQuestion(s, 'p3', single.id, [1]);
    expect(closeQuestion(s, single.id)).toMatchObject({ ok: true });
    expect(answerQuestion(s, 'p4', single.id, [1])).toEqual({ ok: false, error: 'closed' });
    expect(answerQuestion(s, 'p1', single.id, [0])).toEqual({ ok: false, error: 'closed' });
    expect(revealQuestion(s, single.id)).toMatchObject({ ok: true, change: { cleared: false } });
    expect(stateFor(s, 3, 'p2')).toMatchObject({
      status: 'revealed',
      correct: [1],
      results: { total: 3, counts: [1, 2, 0] },
      yours: [0],
    });
    expect(answerQuestion(s, 'p4', single.id, [1])).toEqual({ ok: false, error: 'closed' });
    expect(resetQuestion(s, single.id)).toMatchObject({ ok: true, change: { cleared: true } });
    expect(stateFor(s, 3, 'p2')).toMatchObject({ status: 'open', count: 0, yours: undefined });
    for (const action of [closeQuestion, revealQuestion, resetQuestion])
      expect(action(s, 'nope')).toEqual({ ok: false, error: 'no-question' });
  });

  it('keeps the answers when the same question is opened again, not when it changed', () => {
    const s = session();
    openQuestion(s, single);
    answerQuestion(s, 'p1', single.id, [1]);
    closeQuestion(s, single.id);
    openQuestion(s, multiple);
    expect(stateFor(s, 0).question?.id).toBe(multiple.id);
    // What changed, for the store: the same question keeps its answers, a changed one clears them.
    expect(openQuestion(s, single)).toMatchObject({ ok: true, change: { cleared: false } });
    expect(stateFor(s, 0)).toMatchObject({ status: 'open', count: 1 });
    const changed = openQuestion(s, { ...single, prompt: 'Autre question?' });
    expect(changed).toMatchObject({ ok: true, change: { cleared: true } });
    expect(changed.ok && changed.change.question).toBe(s.questions.get(single.id));
    expect(stateFor(s, 0)).toMatchObject({ count: 0 });
  });

  it('tallies the most frequent orders, most frequent first', () => {
    const s = session();
    openQuestion(s, ordering);
    const answers = [
      [1, 0, 2],
      [0, 1, 2],
      [1, 0, 2],
      [2, 1, 0],
      [1, 0, 2],
      [0, 1, 2],
    ];
    answers.forEach((a, i) => answerQuestion(s, `p${i}`, ordering.id, a));
    const state = s.questions.get(ordering.id);
    if (!state) throw new Error('question missing');
    expect(tally(state, 2)).toEqual({
      total: 6,
      counts: [0, 0, 0],
      orders: [
        { order: [1, 0, 2], count: 3 },
        { order: [0, 1, 2], count: 2 },
      ],
    });
    expect(percent(3, 6)).toBe(50);
    expect(percent(0, 0)).toBe(0);
  });

  it('expires a day after creation', () => {
    const s = session();
    expect(isExpired(s, 1_000 + SESSION_TTL_MS - 1)).toBe(false);
    expect(isExpired(s, 1_000 + SESSION_TTL_MS)).toBe(true);
  });

  describe('a vote (a decision of a simulation put to the room)', () => {
    const vote: RoomQuestion = {
      id: 'soiree-cisss--allumette',
      kind: 'vote',
      prompt: '18 h 40 — L’allumette',
      options: ['Répondre avec la source', 'Masquer le commentaire', 'Attendre'],
      correct: [],
    };

    it('opens with no right answer, takes one option per phone, and refuses a right answer', () => {
      const s = session();
      expect(openQuestion(s, vote)).toMatchObject({ ok: true });
      expect(openQuestion(s, { ...vote, id: 'x', correct: [0] })).toEqual({ ok: false, error: 'out-of-range' });
      expect(answerQuestion(s, 'p1', vote.id, [0, 1])).toEqual({ ok: false, error: 'out-of-range' });
      expect(answerQuestion(s, 'p1', vote.id, [2])).toMatchObject({ ok: true });
      expect(answerQuestion(s, 'p2', vote.id, [0])).toMatchObject({ ok: true });
      expect(answerQuestion(s, 'p3', vote.id, [0])).toMatchObject({ ok: true });
      expect(tally(s.questions.get(vote.id)!).counts).toEqual([2, 0, 1]);
    });

    it('records the decision, reveals the split to the phones, and refuses it for a poll', () => {
      const s = session();
      openQuestion(s, vote);
      answerQuestion(s, 'p1', vote.id, [0]);
      openQuestion(s, single);
      expect(decideQuestion(s, single.id, { option: 0, how: 'majority' })).toEqual({
        ok: false,
        error: 'out-of-range',
      });
      expect(decideQuestion(s, 'nope', { option: 0, how: 'majority' })).toEqual({ ok: false, error: 'no-question' });
      expect(decideQuestion(s, vote.id, { option: 3, how: 'majority' })).toEqual({ ok: false, error: 'out-of-range' });
      s.current = vote.id;
      expect(decideQuestion(s, vote.id, { option: 2, how: 'override' })).toMatchObject({ ok: true });
      const state = stateFor(s, 3, 'p1');
      expect(state.status).toBe('revealed');
      expect(state.decision).toEqual({ option: 2, how: 'override' });
      expect(state.correct).toEqual([]);
      expect(state.results?.counts).toEqual([1, 0, 0]);
      // Answers are closed once the deck has moved on.
      expect(answerQuestion(s, 'p2', vote.id, [1])).toEqual({ ok: false, error: 'closed' });
      // A reset forgets the decision.
      resetQuestion(s, vote.id);
      expect(stateFor(s, 3).decision).toBeUndefined();
    });
  });

  describe('the transition table (every status × every action)', () => {
    /** A session whose question is in `status`, with two answers once it was opened. */
    const inStatus = (status: PollStatus): Session => {
      const s = session();
      if (status === 'none') return s;
      openQuestion(s, single);
      answerQuestion(s, 'p1', single.id, [1]);
      answerQuestion(s, 'p2', single.id, [0]);
      if (status === 'closed') closeQuestion(s, single.id);
      if (status === 'revealed') revealQuestion(s, single.id);
      return s;
    };
    const act = (s: Session, action: PollAction) =>
      action === 'open'
        ? openQuestion(s, single)
        : { close: closeQuestion, reveal: revealQuestion, hide: hideQuestion, reset: resetQuestion }[action](
            s,
            single.id,
          );
    const expected: Record<PollStatus, Record<PollAction, [PollStatus | 'refused', number]>> = {
      // [status after, answers kept]
      none: {
        open: ['open', 0],
        close: ['refused', 0],
        reveal: ['refused', 0],
        hide: ['refused', 0],
        reset: ['refused', 0],
      },
      open: { open: ['open', 2], close: ['closed', 2], reveal: ['revealed', 2], hide: ['open', 2], reset: ['open', 0] },
      closed: {
        open: ['open', 2],
        close: ['closed', 2],
        reveal: ['revealed', 2],
        hide: ['closed', 2],
        reset: ['open', 0],
      },
      revealed: {
        open: ['open', 2],
        close: ['revealed', 2],
        reveal: ['revealed', 2],
        hide: ['closed', 2],
        reset: ['open', 0],
      },
    };
    const cases = POLL_STATUSES.flatMap((status) => POLL_ACTIONS.map((action) => [status, action] as const));

    it('covers 4 statuses × 5 actions', () => {
      expect(cases).toHaveLength(20);
      for (const status of POLL_STATUSES)
        expect(Object.keys(TRANSITIONS[status]).sort()).toEqual([...POLL_ACTIONS].sort());
    });

    it.each(cases)('%s + %s', (status, action) => {
      const s = inStatus(status);
      const [after, answers] = expected[status][action];
      const outcome = act(s, action);
      if (after === 'refused') {
        expect(outcome).toEqual({ ok: false, error: 'no-question' });
        expect(s.questions.size).toBe(0);
        return;
      }
      expect(outcome).toMatchObject({ ok: true });
      expect(TRANSITIONS[status][action]).toBe(after);
      const state = stateFor(s, 0);
      expect(state.status).toBe(after);
      expect(state.count).toBe(answers);
      // Phones get the right answer only while revealed.
      expect(state.correct !== undefined).toBe(after === 'revealed');
      // A button is offered exactly when its action changes something.
      expect(actionAvailable(status, action)).toBe(after !== status || (action === 'reset' && status !== 'none'));
    });

    it('leaves no status stuck: from each one, every status is reachable', () => {
      for (const from of POLL_STATUSES) {
        const seen = new Set<PollStatus>([from]);
        const queue = [from];
        while (queue.length) {
          const at = queue.shift() as PollStatus;
          for (const action of POLL_ACTIONS) {
            const next = TRANSITIONS[at][action];
            if (next && !seen.has(next)) {
              seen.add(next);
              queue.push(next);
            }
          }
        }
        for (const to of ['open', 'closed', 'revealed'] as const) expect(seen.has(to), `${from} → ${to}`).toBe(true);
      }
    });
  });

  it('follows the presenter’s slide: closes a poll left open, shows the new slide’s question or nothing', () => {
    const s = session();
    openQuestion(s, single);
    answerQuestion(s, 'p1', single.id, [1]);
    // To a slide without a poll: the open one closes (answers kept) and the phones wait.
    expect(followSlide(s, null)).toEqual({ moved: true, closed: s.questions.get(single.id) });
    expect(stateFor(s, 1)).toMatchObject({ question: null, status: 'none' });
    expect(s.questions.get(single.id)).toMatchObject({ status: 'closed' });
    expect(s.questions.get(single.id)?.answers.size).toBe(1);
    // To a poll never opened: still nothing to show.
    expect(followSlide(s, multiple.id)).toEqual({ moved: false, closed: null });
    expect(s.current).toBeNull();
    // Back to the first: shown closed, with the phone's answer; « Ouvrir » reopens with its answers.
    followSlide(s, single.id);
    expect(stateFor(s, 1, 'p1')).toMatchObject({ status: 'closed', yours: [1] });
    openQuestion(s, single);
    expect(stateFor(s, 1)).toMatchObject({ status: 'open', count: 1 });
    // Staying on the same slide closes nothing.
    expect(followSlide(s, single.id)).toEqual({ moved: false, closed: null });
    expect(stateFor(s, 1).status).toBe('open');
    // A revealed poll left behind stays revealed.
    revealQuestion(s, single.id);
    expect(followSlide(s, null)).toEqual({ moved: true, closed: null });
    expect(s.questions.get(single.id)?.status).toBe('revealed');
  });
});
