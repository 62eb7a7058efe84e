// Open answers (src/lib/room/room-open.ts and the open kind of room-session.ts): cleaning, grouping
// case- and accent-insensitively, hiding, limits, what phones and the screen may see, the export.
import { describe, expect, it } from 'vitest';
import {
  cleanOpenText,
  groupOpenAnswers,
  MAX_OPEN_CHARS,
  openKey,
  publicGroups,
} from '../../../../src/lib/room/room-open';
import {
  answerQuestion,
  closeQuestion,
  createSession,
  hideOpenGroup,
  openQuestion,
  questionIsValid,
  resetQuestion,
  revealQuestion,
  stateFor,
  type Session,
} from '../../../../src/lib/room/room-session';
import { resultsRows } from '../../../../src/lib/room/room-export-rows';
import { acknowledge, answerStatus, fromState, submit, trackQuestion } from '../../../../src/lib/room/room-answer';
import type { RoomQuestion } from '../../../../src/lib/room/room-messages';

const question: RoomQuestion = {
  id: 'open/obstacle',
  kind: 'open',
  prompt: 'En un mot, quel est le principal obstacle?',
  options: [],
  correct: [],
};

function session(): Session {
  let n = 0;
  const s = createSession('tout', 0, () => n++ % 20, 'secret-secret-secret');
  expect(openQuestion(s, question)).toMatchObject({ ok: true });
  return s;
}

describe('open answers', () => {
  it('cleans a text: spaces collapsed, 1 to 80 characters', () => {
    expect(cleanOpenText('  le   temps \n ')).toBe('le temps');
    expect(cleanOpenText('   ')).toBeUndefined();
    expect(cleanOpenText('é'.repeat(MAX_OPEN_CHARS))).toBe('é'.repeat(80));
    expect(cleanOpenText('a'.repeat(MAX_OPEN_CHARS + 1))).toBeUndefined();
  });

  it('groups answers that differ only by case, accents or spaces, most frequent first', () => {
    expect(openKey(' Énergie  ')).toBe('energie');
    const groups = groupOpenAnswers(['Budget', 'le temps', 'Énergie', 'energie', 'ÉNERGIE', 'Énergie', 'budget']);
    expect(groups).toEqual([
      { key: 'energie', text: 'Énergie', count: 4 },
      { key: 'budget', text: 'Budget', count: 2 },
      { key: 'le temps', text: 'le temps', count: 1 },
    ]);
  });

  it('takes one text per participant, replaceable while open, refused when closed or out of limits', () => {
    const s = session();
    // The answer as held (spaces collapsed) comes back with the outcome: the phone is told that one.
    expect(answerQuestion(s, 'p1', question.id, '  le  temps ')).toMatchObject({
      ok: true,
      change: { answer: 'le temps' },
    });
    expect(answerQuestion(s, 'p1', question.id, 'Le budget')).toMatchObject({ ok: true });
    expect([...(s.questions.get(question.id)?.answers.values() ?? [])]).toEqual(['Le budget']);
    expect(answerQuestion(s, 'p2', question.id, '   ')).toEqual({ ok: false, error: 'out-of-range' });
    expect(answerQuestion(s, 'p2', question.id, 'x'.repeat(81))).toEqual({ ok: false, error: 'out-of-range' });
    expect(answerQuestion(s, 'p2', question.id, [0])).toEqual({ ok: false, error: 'out-of-range' });
    closeQuestion(s, question.id);
    expect(answerQuestion(s, 'p2', question.id, 'tard')).toEqual({ ok: false, error: 'closed' });
  });

  it('validates the kinds: open has no options, choices need two', () => {
    expect(questionIsValid(question)).toBe(true);
    expect(questionIsValid({ ...question, options: ['a'] })).toBe(false);
    expect(questionIsValid({ ...question, kind: 'single', options: ['a'], correct: [0] })).toBe(false);
    expect(
      answerQuestion(
        createSession('tout', 0, () => 0, 'secret-secret-secret'),
        'p',
        'x',
        'a',
      ),
    ).toEqual({
      ok: false,
      error: 'no-question',
    });
  });

  it('never lets an unrevealed or hidden text reach a phone or the screen; the presenter sees all', () => {
    const s = session();
    answerQuestion(s, 'p1', question.id, 'Énergie');
    answerQuestion(s, 'p2', question.id, 'energie');
    answerQuestion(s, 'p3', question.id, 'Texte secret');
    const screen = () => JSON.stringify(stateFor(s, 3));
    const phone = () => JSON.stringify(stateFor(s, 3, 'p4'));
    expect(stateFor(s, 3)).toMatchObject({ count: 3, status: 'open' });
    for (const seen of [screen(), phone()]) {
      expect(seen).not.toContain('secret');
      expect(seen.toLowerCase()).not.toContain('nergie');
    }
    // The phone gets its own text back, nobody else's.
    expect(stateFor(s, 3, 'p1').yours).toBe('Énergie');
    expect(stateFor(s, 3, undefined, true).groups).toEqual([
      { key: 'energie', text: 'Énergie', count: 2 },
      { key: 'texte secret', text: 'Texte secret', count: 1 },
    ]);
    expect(hideOpenGroup(s, question.id, 'texte secret', true)).toMatchObject({ ok: true });
    expect(stateFor(s, 3, undefined, true).groups?.[1]).toEqual({
      key: 'texte secret',
      text: 'Texte secret',
      count: 1,
      hidden: true,
    });
    revealQuestion(s, question.id);
    expect(stateFor(s, 3).groups).toEqual([{ key: 'energie', text: 'Énergie', count: 2 }]);
    expect(screen()).not.toContain('secret');
    expect(JSON.stringify(stateFor(s, 3, 'p2'))).not.toContain('secret');
    // Shown again after the reveal: it reaches everyone; hidden again: it goes.
    hideOpenGroup(s, question.id, 'Texte secret', false);
    expect(stateFor(s, 3).groups).toHaveLength(2);
    hideOpenGroup(s, question.id, 'TEXTE SECRET', true);
    expect(screen()).not.toContain('secret');
    expect(publicGroups([], false)).toBeUndefined();
  });

  it('hides only groups of open questions; a reset clears texts and hidden groups, the table unchanged', () => {
    const s = session();
    expect(hideOpenGroup(s, 'ailleurs', 'x', true)).toEqual({ ok: false, error: 'no-question' });
    answerQuestion(s, 'p1', question.id, 'budget');
    hideOpenGroup(s, question.id, 'budget', true);
    revealQuestion(s, question.id);
    expect(resetQuestion(s, question.id)).toMatchObject({ ok: true });
    const state = s.questions.get(question.id);
    expect(state?.status).toBe('open');
    expect(state?.answers.size).toBe(0);
    expect(state?.hidden).toBeUndefined();
    const vote = createSession('tout', 0, () => 1, 'secret-secret-secret');
    openQuestion(vote, { id: 'v', kind: 'vote', prompt: '?', options: ['a', 'b'], correct: [] });
    expect(hideOpenGroup(vote, 'v', 'a', true)).toEqual({ ok: false, error: 'out-of-range' });
  });

  it('exports one row per group, hidden ones marked, every text safe for a spreadsheet', () => {
    const s = session();
    answerQuestion(s, 'p1', question.id, '=cmd|"/c calc"!A1');
    answerQuestion(s, 'p2', question.id, 'a; b');
    answerQuestion(s, 'p3', question.id, 'il a dit "non"\nensuite');
    answerQuestion(s, 'p4', question.id, '+1');
    hideOpenGroup(s, question.id, '+1', true);
    const rows = resultsRows(s).slice(1);
    const prompt = question.prompt;
    expect(rows).toEqual([
      [prompt, `'=cmd|"/c calc"!A1`, 1, '', ''],
      [prompt, 'a; b', 1, '', ''],
      [prompt, 'il a dit "non" ensuite', 1, '', ''],
      [prompt, `'+1 (masquée)`, 1, '', ''],
      [prompt, '(participants)', 4, '', ''],
    ]);
  });

  it('says « envoyée » only for the exact text the server acknowledged', () => {
    let tracker = trackQuestion(question.id, 'open');
    expect(answerStatus(tracker, '')).toBe('empty');
    expect(answerStatus(tracker, 'Budget')).toBe('unsent');
    tracker = submit(tracker, { id: 's1', value: 'Budget' });
    expect(answerStatus(tracker, 'Budget')).toBe('sending');
    tracker = acknowledge(tracker, { question: question.id, value: 'Budget', id: 's1' });
    expect(answerStatus(tracker, 'Budget')).toBe('sent');
    expect(answerStatus(tracker, ' Budget  ')).toBe('sent');
    expect(answerStatus(tracker, 'budget')).toBe('unsent');
    const s = session();
    answerQuestion(s, 'p1', question.id, 'Le temps');
    tracker = fromState(undefined, stateFor(s, 1, 'p1')) ?? tracker;
    expect(answerStatus(tracker, 'Le temps')).toBe('sent');
  });
});
