/**
 * Reading a whole progress file, « Mon plan » included. Apart from progress-data.ts so that the
 * plan's decoding loads on the progress page only, not with every quiz.
 */
import { decodeSnapshot, type ImportResult } from './progress-data';
import { pickPlan } from './plan-data';

/**
 * Reads a progress file like decodeSnapshot, plus its plan. Files exported before the plan
 * existed have none: they import, and `snapshot.plan` is left out. A damaged plan refuses the file.
 */
export function decodeProgressFile(text: string): ImportResult {
  const result = decodeSnapshot(text);
  if (!result.ok) return result;
  // decodeSnapshot has already parsed this text successfully.
  const data = JSON.parse(text) as { plan?: unknown };
  if (data.plan === undefined) return result;
  const plan = pickPlan(data.plan);
  if (plan.dropped) return { ok: false, problem: 'damaged' };
  return { ok: true, snapshot: { ...result.snapshot, plan: plan.values } };
}
