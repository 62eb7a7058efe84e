import { describe, expect, it } from 'vitest';
import {
  describeOrderClashes,
  findOrderClashes,
  lessonSlug,
  neighbours,
  sortLessons,
} from '../../../src/build-time/lesson-order';

const lesson = (id: string, order: number) => ({ id, data: { title: id, order } });

describe('lessonSlug', () => {
  it('drops the order prefix only', () => {
    expect(lessonSlug('03-etape-1-veille')).toBe('etape-1-veille');
    expect(lessonSlug('a-propos')).toBe('a-propos');
  });
});

describe('sortLessons and neighbours', () => {
  const lessons = [lesson('c', 3), lesson('a', 1), lesson('b', 2)];
  it('sorts by order without changing the input', () => {
    expect(sortLessons(lessons).map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lessons.map((l) => l.id)).toEqual(['c', 'a', 'b']);
  });
  it('gives previous and next in course order, undefined at the ends and for unknown ids', () => {
    expect(neighbours(lessons, 'b')).toEqual({ prev: lessons[1], next: lessons[0] });
    expect(neighbours(lessons, 'a').prev).toBeUndefined();
    expect(neighbours(lessons, 'c').next).toBeUndefined();
    expect(neighbours(lessons, 'zz')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('order clashes', () => {
  it('finds none when orders are unique', () => {
    expect(
      findOrderClashes([
        { file: 'a', order: 1 },
        { file: 'b', order: 2 },
      ]),
    ).toEqual([]);
    expect(describeOrderClashes([])).toBeUndefined();
  });
  it('names every file that shares an order', () => {
    const clashes = findOrderClashes([
      { file: 'c.mdx', order: 2 },
      { file: 'a.mdx', order: 1 },
      { file: 'b.mdx', order: 2 },
    ]);
    expect(clashes).toEqual([{ order: 2, files: ['b.mdx', 'c.mdx'] }]);
    expect(describeOrderClashes(clashes)).toBe('Le champ « order » vaut 2 dans plusieurs leçons : b.mdx, c.mdx.');
  });
});
