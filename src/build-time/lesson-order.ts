/**
 * Pure course-level logic over validated lessons: slugs, ordering, neighbours, unique orders.
 * No astro:* import here, so it is unit-tested without Astro.
 */

/** The minimum a lesson needs for navigation. */
export interface LessonRef {
  /** Collection id, the file name without extension (ex. « 03-veille »). */
  id: string;
  data: { title: string; order: number };
}

/** URL slug of a lesson: its file name without the « NN- » order prefix. */
export function lessonSlug(id: string): string {
  return id.replace(/^\d+-/, '');
}

/** Lessons sorted by their `order` field. */
export function sortLessons<T extends LessonRef>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order);
}

/** The lessons before and after the given one in course order (undefined at either end). */
export function neighbours<T extends LessonRef>(
  lessons: readonly T[],
  id: string,
): { prev: T | undefined; next: T | undefined } {
  const sorted = sortLessons(lessons);
  const i = sorted.findIndex((l) => l.id === id);
  if (i === -1) return { prev: undefined, next: undefined };
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}

/** One lesson order used by more than one file. */
export interface OrderClash {
  order: number;
  files: string[];
}

/** Finds `order` values shared by several lessons, naming the files involved. */
export function findOrderClashes(entries: readonly { file: string; order: number }[]): OrderClash[] {
  const byOrder = new Map<number, string[]>();
  for (const e of entries) byOrder.set(e.order, [...(byOrder.get(e.order) ?? []), e.file]);
  return [...byOrder].filter(([, files]) => files.length > 1).map(([order, files]) => ({ order, files: files.sort() }));
}

/** A French message naming every clash, or undefined when orders are unique. */
export function describeOrderClashes(clashes: readonly OrderClash[]): string | undefined {
  if (clashes.length === 0) return undefined;
  return clashes
    .map((c) => `Le champ « order » vaut ${c.order} dans plusieurs leçons : ${c.files.join(', ')}.`)
    .join('\n');
}
