import { describe, expect, it } from 'vitest';
import { readCourse } from '../../../src/integrations/scorm';
import { readLessonFiles } from '../../support/course-files';
import { readQuiz } from '../../support/quiz-files';
import { quizHash } from '../../../src/build-time/quiz-hash';

describe('readCourse', () => {
  it('gives the adapter the lessons in course order and the final evaluation', () => {
    const course = readCourse('content');
    expect(course.lessons).toEqual(readLessonFiles().map((l) => ({ slug: l.slug, title: l.title })));
    expect(course.finalQuizId).toBe('evaluation-finale');
    // The fingerprint the site stores with each result, so that the LMS judges the same version.
    expect(course.finalHash).toBe(quizHash(readQuiz('evaluation-finale')));
  });

  it('has no mastery evaluation when the course has no final evaluation', () => {
    const course = readCourse('tests/fixtures/content/valid');
    expect(course.lessons.length).toBeGreaterThan(0);
    expect(course.finalQuizId).toBeUndefined();
    expect(course.finalHash).toBeUndefined();
  });
});
