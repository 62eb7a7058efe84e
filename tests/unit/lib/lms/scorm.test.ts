import { describe, expect, it } from 'vitest';
import {
  bookmarkFor,
  displayName,
  exitFor,
  lessonOfBookmark,
  lessonStatus12,
  nextStatus,
  placeAtBookmark,
  recordsProgress,
  score12,
  timespan12,
  duration2004,
  ELEMENTS,
  exitValue,
  heldStatus,
  scoreElements,
  sessionTime,
  statusElements,
  SUSPEND_DATA_LIMITS,
} from '../../../../src/lib/lms/scorm';
import { lastSeenLesson } from '../../../../src/lib/progress/resume';
import { at, empty, later, record } from '../../../support/lms-records';

const course = { lessons: ['un', 'deux'], finalQuizId: 'evaluation-finale' };

describe('lessonStatus12', () => {
  it('is incomplete until the final evaluation is taken, then passed (lessons read) or failed', () => {
    expect(lessonStatus12(course, empty)).toBe('incomplete');
    const lessons = { un: { visitedAt: at }, deux: { visitedAt: at } };
    const read = { un: { visitedAt: at, readAt: at }, deux: { visitedAt: at, completedAt: at } };
    expect(lessonStatus12(course, { lessons, quizzes: {} })).toBe('incomplete');
    expect(lessonStatus12(course, { lessons: read, quizzes: { 'evaluation-finale': record() } })).toBe('passed');
    // A pass with lessons unread is not a pass yet, nor a fail.
    expect(lessonStatus12(course, { lessons, quizzes: { 'evaluation-finale': record() } })).toBe('incomplete');
    expect(
      lessonStatus12(course, {
        lessons: {},
        quizzes: { 'evaluation-finale': record({ passed: false, best: 3, last: 3 }) },
      }),
    ).toBe('failed');
  });

  it('is completed once every lesson is visited when no evaluation sets mastery', () => {
    const open = { lessons: ['un', 'deux'] };
    expect(lessonStatus12(open, { lessons: { un: { visitedAt: at } }, quizzes: {} })).toBe('incomplete');
    expect(lessonStatus12(open, { lessons: { un: { visitedAt: at }, deux: { visitedAt: at } }, quizzes: {} })).toBe(
      'completed',
    );
  });
});

describe('nextStatus', () => {
  it('never takes back a result the LMS already holds', () => {
    expect(nextStatus('passed', 'incomplete')).toBe('passed');
    expect(nextStatus('passed', 'failed')).toBe('passed');
    expect(nextStatus('completed', 'incomplete')).toBe('completed');
    expect(nextStatus('completed', 'passed')).toBe('passed');
    expect(nextStatus('not attempted', 'incomplete')).toBe('incomplete');
    expect(nextStatus('failed', 'passed')).toBe('passed');
    expect(nextStatus('failed', 'incomplete')).toBe('failed');
  });
});

describe('score12 and exitFor', () => {
  it('reports the best attempt in percent, from 0 to 100', () => {
    expect(score12(undefined)).toBeUndefined();
    expect(score12(record({ best: 17, max: 20 }))).toEqual({ raw: 85, min: 0, max: 100 });
    // Rounded down, as the course shows it (66 %, not 67).
    expect(score12(record({ best: 2, last: 1, max: 3 }))).toEqual({ raw: 66, min: 0, max: 100 });
    expect(score12(record({ best: 0, last: 0, max: 0 }))).toBeUndefined();
    // A score on an earlier version of the evaluation is not reported.
    expect(score12(record({ best: 17, max: 20 }), record().hash)).toEqual({ raw: 85, min: 0, max: 100 });
    expect(score12(record({ best: 17, max: 20 }), 'autre-version')).toBeUndefined();
  });

  it('suspends the attempt while the course is unfinished', () => {
    expect(exitFor('incomplete')).toBe('suspend');
    expect(exitFor('failed')).toBe('suspend');
    expect(exitFor('passed')).toBe('');
    expect(exitFor('completed')).toBe('');
  });
});

describe('bookmarks', () => {
  it('names the lesson page and reads it back', () => {
    expect(bookmarkFor('etape-1-veille')).toBe('lecons/etape-1-veille/index.html');
    expect(lessonOfBookmark(bookmarkFor('etape-1-veille'))).toBe('etape-1-veille');
    expect(lessonOfBookmark('lecons/etape-1-veille/')).toBe('etape-1-veille');
  });

  it('ignores anything that is not a lesson of this course', () => {
    expect(lessonOfBookmark('')).toBeUndefined();
    expect(lessonOfBookmark('page3')).toBeUndefined();
    expect(lessonOfBookmark('lecons/../x/index.html')).toBeUndefined();
    expect(lessonOfBookmark('https://exemple.org/lecons/x/')).toBeUndefined();
  });
});

describe('placeAtBookmark', () => {
  const slugs = ['un', 'deux', 'trois'];
  const now = new Date(later);

  it('makes the bookmarked lesson the one last seen, keeping its heading', () => {
    const lessons = { un: { visitedAt: at, seenAt: at, section: 'debut' }, deux: { visitedAt: later } };
    const placed = placeAtBookmark(slugs, lessons, bookmarkFor('un'), now);
    expect(placed?.un).toEqual({ visitedAt: at, seenAt: later, section: 'debut' });
    expect(placed?.deux).toEqual(lessons.deux);
    expect(lastSeenLesson(slugs, placed ?? {})).toBe('un');
  });

  it('changes nothing when the lesson already is the last seen, or the bookmark names none of the course', () => {
    const lessons = { un: { visitedAt: at }, deux: { visitedAt: later } };
    expect(placeAtBookmark(slugs, lessons, bookmarkFor('deux'), now)).toBeUndefined();
    expect(placeAtBookmark(slugs, lessons, bookmarkFor('autre-cours'), now)).toBeUndefined();
    expect(placeAtBookmark(slugs, lessons, '', now)).toBeUndefined();
  });

  it('gives a lesson with no record one: the bookmark says it was opened', () => {
    const placed = placeAtBookmark(slugs, {}, bookmarkFor('trois'), now);
    expect(placed).toEqual({ trois: { visitedAt: later, seenAt: later } });
  });
});

describe('displayName', () => {
  it('turns « Nom, Prénom » into « Prénom Nom »', () => {
    expect(displayName('Tremblay, Marie')).toBe('Marie Tremblay');
    expect(displayName('  Gagnon-Roy ,  Jean   Philippe ')).toBe('Jean Philippe Gagnon-Roy');
  });

  it('keeps a name without a comma, and gives nothing for nothing', () => {
    expect(displayName('Marie Tremblay')).toBe('Marie Tremblay');
    expect(displayName('')).toBe('');
    expect(displayName(' , ')).toBe('');
  });
});

describe('timespan12', () => {
  it('writes HHHH:MM:SS.SS', () => {
    expect(timespan12(0)).toBe('00:00:00.00');
    expect(timespan12(3_723_450)).toBe('01:02:03.45');
    expect(timespan12(-5)).toBe('00:00:00.00');
    expect(timespan12(1e12)).toBe('9999:59:59.99');
  });
});

describe('SCORM 2004', () => {
  it('splits the status into completion and success', () => {
    expect(statusElements('2004', 'incomplete')).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.success_status', 'unknown'],
    ]);
    expect(statusElements('2004', 'passed')).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'passed'],
    ]);
    expect(statusElements('2004', 'failed')).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'failed'],
    ]);
    expect(statusElements('2004', 'completed')).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'unknown'],
    ]);
    expect(statusElements('1.2', 'failed')).toEqual([['cmi.core.lesson_status', 'failed']]);
  });

  it('reads back what the LMS holds as one status', () => {
    const lms = (values: Record<string, string>) => (element: string) => values[element] ?? '';
    expect(heldStatus('2004', lms({ 'cmi.success_status': 'passed', 'cmi.completion_status': 'completed' }))).toBe(
      'passed',
    );
    expect(heldStatus('2004', lms({ 'cmi.success_status': 'unknown', 'cmi.completion_status': 'completed' }))).toBe(
      'completed',
    );
    expect(heldStatus('2004', lms({ 'cmi.completion_status': 'incomplete' }))).toBe('');
    expect(heldStatus('1.2', lms({ 'cmi.core.lesson_status': 'failed' }))).toBe('failed');
  });

  it('adds the scaled score, and says « normal » on a finished exit', () => {
    expect(scoreElements('2004', { raw: 85, min: 0, max: 100 })).toEqual([
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '85'],
      ['cmi.score.scaled', '0.85'],
    ]);
    expect(scoreElements('1.2', { raw: 85, min: 0, max: 100 })[2]).toEqual(['cmi.core.score.raw', '85']);
    expect(exitValue('2004', 'passed')).toBe('normal');
    expect(exitValue('2004', 'incomplete')).toBe('suspend');
    expect(exitValue('1.2', 'passed')).toBe('');
  });

  it('writes durations in ISO 8601, and has room for more suspend data', () => {
    expect(duration2004(3_723_450)).toBe('PT1H2M3.45S');
    expect(sessionTime('2004', 0)).toBe('PT0H0M0S');
    expect(sessionTime('1.2', 0)).toBe('00:00:00.00');
    expect(SUSPEND_DATA_LIMITS['2004']).toBe(64_000);
    expect(ELEMENTS['2004'].location).toBe('cmi.location');
    expect(ELEMENTS['1.2'].learnerName).toBe('cmi.core.student_name');
  });
});

describe('recordsProgress', () => {
  it('records a normal launch, not a review nor a preview', () => {
    expect(recordsProgress('normal')).toBe(true);
    expect(recordsProgress('')).toBe(true);
    expect(recordsProgress('review')).toBe(false);
    expect(recordsProgress('browse')).toBe(false);
  });
});
