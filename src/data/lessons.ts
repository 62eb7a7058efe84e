/**
 * Reads the course from the content collections, in course order. The only module (with the
 * pages) that imports astro:content; the logic it applies lives in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { lessonSlug, sortLessons } from '../lib/lesson-order';

/** A lesson entry with its URL slug. */
export type Lesson = CollectionEntry<'lessons'> & { slug: string };

/** Every platform profile, sorted by `order`. */
export async function getPlatforms(): Promise<CollectionEntry<'platforms'>[]> {
  return (await getCollection('platforms')).sort((a, b) => a.data.order - b.data.order);
}

/** Every lesson, sorted by `order`, each with its slug. */
export async function getLessons(): Promise<Lesson[]> {
  const entries = await getCollection('lessons');
  return sortLessons(entries).map((e) => ({ ...e, slug: lessonSlug(e.id) }));
}
