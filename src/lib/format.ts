/** Number formatting shared by the interface strings and the islands, kept tiny on purpose. */

/** Points with at most one decimal, French style: 3.5 → « 3,5 », 4 → « 4 ». */
export function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10).replace('.', ',');
}
