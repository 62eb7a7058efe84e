/**
 * Moving progress between browsers: export everything kept (« Mon plan » included) to the text of a JSON file, and read
 * such a file back. Apart from progress.ts so that only the progress page loads it.
 */
import { $lessons, $quizResults, LESSONS_KEY, QUIZZES_KEY } from './progress';
import { $learnerName, NAME_KEY } from './learner';
import { $plan, PLAN_KEY, replacePlan } from './plan';
import { decodeSnapshot, encodeSnapshot, type ImportProblem, type ImportResult } from '../lib/progress/progress-file';
import { mergeLessons, mergeQuizzes, type ProgressSnapshot } from '../lib/progress/progress-records';
import { mergePlan, type PlanValues } from '../lib/plan/plan-data';
import { writableArea } from '../lib/storage/browser-storage';

/**
 * Writes several stored values at once, or none: when storage refuses one write midway (quota
 * full), the values written before it are put back as they were. True when every value is kept
 * in localStorage; false when nothing changed. Where storage is unavailable altogether, the values
 * can only live in memory for the visit: true, and $storageAvailable already says so.
 */
function writeAll(values: Readonly<Record<string, string>>): boolean {
  const storage = typeof window === 'undefined' ? undefined : writableArea('local');
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

/** How a file meets what this browser holds: « Fusionner » keeps both, « Remplacer » keeps the file. */
export type ImportMode = 'merge' | 'replace';

/** Everything kept in this browser, as it is now: what an import can be undone to. */
export interface KeptProgress {
  lessons: ProgressSnapshot['lessons'];
  quizzes: ProgressSnapshot['quizzes'];
  learnerName: string;
  plan: PlanValues;
}

/** What this browser holds now. */
export function keptProgress(): KeptProgress {
  return { lessons: $lessons.get(), quizzes: $quizResults.get(), learnerName: $learnerName.get(), plan: $plan.get() };
}

/** Reads a progress file without changing anything: its content, or why it is refused. */
export function readProgressFile(text: string, passMarks: Readonly<Record<string, number>> = {}): ImportResult {
  return decodeSnapshot(text, passMarks);
}

/** Writes every kept value at once (or none, when storage fills up midway), then the stores. */
function keep(next: KeptProgress): boolean {
  const written = writeAll({
    [LESSONS_KEY]: JSON.stringify(next.lessons),
    [QUIZZES_KEY]: JSON.stringify(next.quizzes),
    [NAME_KEY]: JSON.stringify(next.learnerName),
    [PLAN_KEY]: JSON.stringify(next.plan),
  });
  if (!written) return false;
  $lessons.set(next.lessons);
  $quizResults.set(next.quizzes);
  $learnerName.set(next.learnerName);
  replacePlan(next.plan);
  return true;
}

/**
 * Applies a file's content, all or nothing. « merge » keeps every lesson and the newer record of
 * each quiz (a passed final evaluation is not lost), the name and plan fields already here, and
 * adds what only the file has; « replace » keeps the file's progress, and the plan and name here
 * when the file has none. `before` is what to give back to restoreProgress to undo it.
 */
export function applyProgress(
  snapshot: ProgressSnapshot,
  mode: ImportMode,
): { outcome: ImportOutcome; before: KeptProgress } {
  const before = keptProgress();
  const { lessons, quizzes, learnerName, plan } = snapshot;
  const next: KeptProgress =
    mode === 'merge'
      ? {
          lessons: mergeLessons(before.lessons, lessons),
          quizzes: mergeQuizzes(before.quizzes, quizzes),
          learnerName: before.learnerName || learnerName,
          plan: mergePlan(before.plan, plan ?? {}),
        }
      : { lessons, quizzes, learnerName: learnerName || before.learnerName, plan: plan ?? before.plan };
  if (!keep(next)) return { outcome: { ok: false, problem: 'storage-full' }, before };
  return {
    outcome: { ok: true, lessons: Object.keys(next.lessons).length, quizzes: Object.keys(next.quizzes).length },
    before,
  };
}

/** Puts back what an import replaced (undo, for the visit); false when storage refuses. */
export function restoreProgress(before: KeptProgress): boolean {
  return keep(before);
}

/**
 * Replaces all progress with a file's content, all or nothing: a wrong or damaged file changes
 * nothing, and so does a storage that fills up midway (what was written is rolled back).
 */
export function importProgress(text: string, passMarks: Readonly<Record<string, number>> = {}): ImportOutcome {
  const result = readProgressFile(text, passMarks);
  if (!result.ok) return result;
  return applyProgress(result.snapshot, 'replace').outcome;
}
