// « Reprendre »: where it leads (the lesson last read, at its section; then the final evaluation,
// then the certificate) and the link built from it, the one used by the home and progress pages.
import { describe, expect, it } from 'vitest';
import { resumeLink, resumeTarget, type ResumeTarget } from '../../../../src/lib/progress/resume';
import type { LessonRecords } from '../../../../src/lib/progress/progress-records';

const slugs = ['un', 'deux', 'trois'];
const t1 = '2026-11-26T10:00:00.000Z';
const t2 = '2026-11-26T11:00:00.000Z';
const t3 = '2026-11-26T12:00:00.000Z';
const going = { started: true, finalPassed: false };

describe('resumeTarget', () => {
  it('starts with the first lesson when nothing was done', () => {
    expect(resumeTarget(slugs, {}, { started: false, finalPassed: false })).toEqual({ kind: 'start', slug: 'un' });
  });

  it('goes to the lesson last read, not to the first one left unfinished, at its section', () => {
    const lessons: LessonRecords = {
      un: { visitedAt: t1, seenAt: t1, section: 'intro' },
      trois: { visitedAt: t2, seenAt: t3, section: 'la-veille-aujourdhui-écouter' },
      deux: { visitedAt: t2, seenAt: t2 },
    };
    expect(resumeTarget(slugs, lessons, going)).toEqual({
      kind: 'lesson',
      slug: 'trois',
      section: 'la-veille-aujourdhui-écouter',
    });
  });

  it('without a section recorded, goes to the top of the lesson', () => {
    expect(resumeTarget(slugs, { deux: { visitedAt: t1 } }, going)).toEqual({ kind: 'lesson', slug: 'deux' });
  });

  it('stays on a lesson whose quiz is passed while it is not read to its end', () => {
    const lessons: LessonRecords = { un: { visitedAt: t1 }, deux: { visitedAt: t2, completedAt: t2, section: 's' } };
    expect(resumeTarget(slugs, lessons, going)).toEqual({ kind: 'lesson', slug: 'deux', section: 's' });
  });

  it('moves on from a finished lesson (completed and read) to the next one not completed', () => {
    const lessons: LessonRecords = {
      un: { visitedAt: t1 },
      deux: { visitedAt: t2, completedAt: t2, readAt: t2, seenAt: t3, section: 's' },
      trois: { visitedAt: t1, completedAt: t1 },
    };
    // After « deux », « trois » is completed: back to « un », the only one left.
    expect(resumeTarget(slugs, lessons, going)).toEqual({ kind: 'lesson', slug: 'un' });
    const next = { ...lessons, trois: { visitedAt: t1 } };
    expect(resumeTarget(slugs, next, going)).toEqual({ kind: 'lesson', slug: 'trois' });
  });

  it('prefers a lesson not completed among lessons last seen at the same moment (an imported file)', () => {
    const lessons: LessonRecords = {
      un: { visitedAt: t1, completedAt: t1 },
      deux: { visitedAt: t1 },
      trois: { visitedAt: t1, completedAt: t1 },
    };
    expect(resumeTarget(slugs, lessons, going)).toEqual({ kind: 'lesson', slug: 'deux' });
  });

  it('starts from the first lesson not completed when only a quiz was taken', () => {
    expect(resumeTarget(slugs, {}, going)).toEqual({ kind: 'lesson', slug: 'un' });
  });

  it('leads to the final evaluation once every lesson is completed, then to the certificate', () => {
    const done = Object.fromEntries(slugs.map((s) => [s, { visitedAt: t1, completedAt: t1 }]));
    expect(resumeTarget(slugs, done, going)).toEqual({ kind: 'final' });
    expect(resumeTarget(slugs, done, { started: true, finalPassed: true })).toEqual({ kind: 'done' });
  });
});

describe('resumeLink', () => {
  const context = {
    lessons: [
      { slug: 'un', title: 'Étape 1\u00a0: la veille' },
      { slug: 'deux', title: 'Deux' },
    ],
    strings: { start: 'Commencer', resumeLesson: 'Reprendre\u00a0: {title}', takeFinal: 'Évaluer', allDone: 'Fini' },
    paths: {
      lesson: '/cours/lecons/{slug}/',
      final: '/cours/quiz/evaluation-finale/',
      certificate: '/cours/attestation/',
    },
  };
  const link = (target: ResumeTarget) => resumeLink(target, context);

  it('leads to the lesson at its section, under the base path', () => {
    expect(link({ kind: 'lesson', slug: 'un', section: 'écouter-avant' })).toEqual({
      href: '/cours/lecons/un/#%C3%A9couter-avant',
      label: 'Reprendre\u00a0: Étape 1\u00a0: la veille',
    });
    expect(link({ kind: 'lesson', slug: 'deux' })).toEqual({
      href: '/cours/lecons/deux/',
      label: 'Reprendre\u00a0: Deux',
    });
  });

  it('says « Commencer », then leads to the final evaluation and the certificate', () => {
    expect(link({ kind: 'start', slug: 'un' })).toEqual({ href: '/cours/lecons/un/', label: 'Commencer' });
    expect(link({ kind: 'final' })).toEqual({ href: '/cours/quiz/evaluation-finale/', label: 'Évaluer' });
    expect(link({ kind: 'done' })).toEqual({ href: '/cours/attestation/', label: 'Fini' });
  });
});
