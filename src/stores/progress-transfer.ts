/**
 * Moving progress between browsers: export everything kept (« Mon plan » included) to the text of a JSON file, and read
 * such a file back. Apart from progress.ts so that only the progress page loads it.
 */
import { $lessons, $quizResults } from './progress';
import { $learnerName } from './learner';
import { $plan, replacePlan } from './plan';
import { encodeSnapshot, type ImportProblem } from '../lib/progress-data';
import { decodeProgressFile } from '../lib/progress-file';

/** The text of a progress file holding everything kept, including the certificate name. */
export function exportProgress(now = new Date()): string {
  return encodeSnapshot(
    { lessons: $lessons.get(), quizzes: $quizResults.get(), learnerName: $learnerName.get(), plan: $plan.get() },
    now,
  );
}

/** What importing a file did: how much it brought back, or why nothing changed. */
export type ImportOutcome = { ok: true; lessons: number; quizzes: number } | { ok: false; problem: ImportProblem };

/** Replaces all progress with a file's content; a wrong or damaged file changes nothing. */
export function importProgress(text: string): ImportOutcome {
  const result = decodeProgressFile(text);
  if (!result.ok) return result;
  const { lessons, quizzes, learnerName, plan } = result.snapshot;
  $lessons.set(lessons);
  $quizResults.set(quizzes);
  if (learnerName) $learnerName.set(learnerName);
  if (plan) replacePlan(plan);
  return { ok: true, lessons: Object.keys(lessons).length, quizzes: Object.keys(quizzes).length };
}
