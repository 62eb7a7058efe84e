/**
 * A score's percent, the one rule for every place that shows or judges one (the quiz's total and
 * pass, the best-score line, the progress page, the certificate). Apart from scoring.ts so that
 * the best-score line above a lesson's quiz can show it without loading the quiz's scoring.
 */

/** points × 100 ÷ max, plus an epsilon that absorbs float noise (0.7 × 100 = 70.00000000000001). */
export function exactPercent(points: number, max: number): number {
  return max > 0 ? (points * 100) / max + 1e-9 : 0;
}

/** Percent (rounded down) of `points` out of `max`, as a score shows it; 0 when max is 0. */
export function percentOf(points: number, max: number): number {
  return Math.floor(exactPercent(points, max));
}
