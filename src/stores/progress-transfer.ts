/**
 * Moving progress between browsers: export everything kept (« Mon plan » included) to the text of a JSON file, and read
 * such a file back. Apart from progress.ts so that only the progress page loads it.
 */
import { $lessons, $quizResults, LESSONS_KEY, QUIZZES_KEY } from './progress';
import { $learnerName, NAME_KEY } from './learner';
import { $plan, PLAN_KEY, replacePlan } from './plan';
import { writeAll } from './storage';
import { decodeSnapshot, encodeSnapshot, type ImportProblem } from '../lib/progress-file';

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
