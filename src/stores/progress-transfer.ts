/**
 * Moving progress between browsers: export everything kept (« Mon plan » included) to the text of a JSON file, and read
 * such a file back. Apart from progress.ts so that only the progress page loads it.
 */
import { $lessons, $quizResults, LESSONS_KEY, QUIZZES_KEY } from './progress';
import { $learnerName, NAME_KEY } from './learner';
import { $plan, PLAN_KEY, replacePlan } from './plan';
import { openLocalStorage } from './storage';
import { decodeSnapshot, encodeSnapshot, type ImportProblem } from '../lib/progress-file';

/**
 * Writes several stored values at once, or none: when storage refuses one write midway (quota
 * full), the values written before it are put back as they were. True when every value is kept
 * in localStorage; false when nothing changed. Where storage is unavailable altogether, the values
 * can only live in memory for the visit: true, and $storageAvailable already says so.
 */
function writeAll(values: Readonly<Record<string, string>>): boolean {
  const storage = typeof window === 'undefined' ? undefined : openLocalStorage();
  if (!storage) return true;
  const before = new Map<string, string | null>();
  try {
    for (const [key, value] of Object.entries(values)) {
      before.set(key, storage.getItem(key));
      storage.setItem(key, value);
    }
    return true;
  } catch {
    for (const [key, value] of before) {
      try {
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
      } catch {
        // Putting back a value that was there frees no room and should not fail; if it does, the
        // store's own value (unchanged) is still what the pages show.
      }
    }
    return false;
  }
}

/** The text of a progress file holding everything kept, including the certificate name. */
export function exportProgress(now = new Date()): string {
  return encodeSnapshot(
    { lessons: $lessons.get(), quizzes: $quizResults.get(), learnerName: $learnerName.get(), plan: $plan.get() },
    now,
  );
}

/** Why an import changed nothing: the file's problem, or storage full midway (rolled back). */
export type ImportFailure = ImportProblem | 'storage-full';

/** What importing a file did: how much it brought back, or why nothing changed. */
export type ImportOutcome =
  { ok: true; lessons: number; quizzes: number } | { ok: false; problem: ImportFailure; detail?: string };

/**
 * Replaces all progress with a file's content, all or nothing: a wrong or damaged file changes
 * nothing, and so does a storage that fills up midway (what was written is rolled back).
 */
export function importProgress(text: string, passMarks: Readonly<Record<string, number>> = {}): ImportOutcome {
  const result = decodeSnapshot(text, passMarks);
  if (!result.ok) return result;
  const { lessons, quizzes, learnerName, plan } = result.snapshot;
  const written = writeAll({
    [LESSONS_KEY]: JSON.stringify(lessons),
    [QUIZZES_KEY]: JSON.stringify(quizzes),
    ...(learnerName ? { [NAME_KEY]: JSON.stringify(learnerName) } : {}),
    ...(plan ? { [PLAN_KEY]: JSON.stringify(plan) } : {}),
  });
  if (!written) return { ok: false, problem: 'storage-full' };
  $lessons.set(lessons);
  $quizResults.set(quizzes);
  if (learnerName) $learnerName.set(learnerName);
  if (plan) replacePlan(plan);
  return { ok: true, lessons: Object.keys(lessons).length, quizzes: Object.keys(quizzes).length };
}
