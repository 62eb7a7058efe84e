/**
 * The course's storage keys for the site under test (built at the root, or under BASE_PATH), so that
 * browser tests seed and read the same keys as the pages (src/lib/storage/storage-keys.ts).
 */
import { storageKey } from '../../src/lib/storage/storage-keys';

const base = process.env.BASE_PATH ?? '/';

/** Storage keys of the site under test, by what they hold. */
export const KEY = {
  lessons: storageKey('lessons', base),
  quizzes: storageKey('quizzes', base),
  learnerName: storageKey('learnerName', base),
  plan: storageKey('plan', base),
} as const;
