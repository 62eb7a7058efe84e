import { describe, expect, it } from 'vitest';
import { describeIdMismatches, describeMissingQuiz } from '../../../src/lib/quiz-content';

describe('describeIdMismatches', () => {
  it('is silent when every id is its file name', () => {
    expect(describeIdMismatches([{ fileId: 'a', dataId: 'a', file: 'content/quizzes/a.yaml' }])).toBeUndefined();
  });
  it('names the file, the id written and the file name', () => {
    const message = describeIdMismatches([
      { fileId: 'etape-1', dataId: 'etape-un', file: 'content/quizzes/etape-1.yaml' },
      { fileId: 'ok', dataId: 'ok', file: 'content/quizzes/ok.yaml' },
    ]);
    expect(message).toContain('content/quizzes/etape-1.yaml');
    expect(message).toContain('« etape-un »');
    expect(message).toContain('« etape-1.yaml »');
    expect(message).not.toContain('ok.yaml');
  });
});

describe('describeMissingQuiz', () => {
  it('names the id, where it is used, the expected file and the known quizzes', () => {
    const message = describeMissingQuiz('inconnu', ['b', 'a'], 'content/lessons/01-x.mdx');
    expect(message).toContain('<Quiz id="inconnu" />');
    expect(message).toContain('content/lessons/01-x.mdx');
    expect(message).toContain('content/quizzes/inconnu.yaml');
    expect(message).toContain('a, b');
  });
});
